/**
 * Runs inline in <head> before the first paint: marks that JavaScript runs
 * (CSS then collapses sidebar groups and hides no-JS fallbacks), applies
 * the reader's saved colour theme, so dark mode never flashes white, and
 * names the banners the reader dismissed, so a dismissed one never shows
 * (the head's rule of PageHead hides the banner whose id is among them).
 */
export const THEME_STORAGE_KEY = 'handbook-theme'

/** The ids of the banners this reader dismissed, separated by spaces (src/client/banner.ts). */
export const BANNER_STORAGE_KEY = 'handbook-banner-dismissed'

export const themeInitScript = `(function(){var d=document.documentElement;d.classList.remove('no-js');d.classList.add('js');try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t==='light'||t==='dark')d.dataset.theme=t;var b=localStorage.getItem('${BANNER_STORAGE_KEY}');if(b)d.dataset.bannerDismissed=b}catch(e){}})()`
