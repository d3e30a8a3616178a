/**
 * Runs inline in <head> before the first paint: marks that JavaScript runs
 * (CSS then collapses sidebar groups and hides no-JS fallbacks) and applies
 * the reader's saved colour theme, so dark mode never flashes white.
 */
export const THEME_STORAGE_KEY = 'handbook-theme'

export const themeInitScript = `(function(){var d=document.documentElement;d.classList.remove('no-js');d.classList.add('js');try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t==='light'||t==='dark')d.dataset.theme=t}catch(e){}})()`
