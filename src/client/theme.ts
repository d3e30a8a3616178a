/** The light/dark toggle: follows the system until the reader picks one, then remembers it. */
import { THEME_STORAGE_KEY } from './theme-init'

type Theme = 'light' | 'dark'

function activeTheme(): Theme {
  const chosen = document.documentElement.dataset.theme
  if (chosen === 'light' || chosen === 'dark') return chosen
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
}

function reflect(theme: Theme): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    button.setAttribute('aria-pressed', String(theme === 'dark'))
  }
}

export function installThemeToggle(): void {
  document.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest('[data-theme-toggle]')
    if (!button) return
    const next: Theme = activeTheme() === 'dark' ? 'light' : 'dark'
    document.documentElement.dataset.theme = next
    try {
      localStorage.setItem(THEME_STORAGE_KEY, next)
    } catch {
      // Private browsing: the choice lasts for this page only.
    }
    reflect(next)
  })
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => reflect(activeTheme()))
}

export function showThemeState(): void {
  reflect(activeTheme())
}
