/**
 * The announcement banner's dismiss button: the banner is hidden and its id
 * remembered in localStorage, which the head's script reads before the next
 * page paints (theme-init.ts), so it stays hidden and never flashes. A banner
 * with a new id shows again.
 */
import { BANNER_STORAGE_KEY } from './theme-init'

/** How many dismissed ids are kept: the newest, so the list never grows without end. */
const KEPT = 20

function dismissedIds(): string[] {
  try {
    return (localStorage.getItem(BANNER_STORAGE_KEY) ?? '').split(' ').filter(Boolean)
  } catch {
    return []
  }
}

function dismiss(banner: HTMLElement, id: string): void {
  const ids = [...dismissedIds().filter((known) => known !== id), id].slice(-KEPT).join(' ')
  try {
    localStorage.setItem(BANNER_STORAGE_KEY, ids)
  } catch {
    // Storage may be off (private windows of some browsers): hidden on this page only.
  }
  document.documentElement.dataset.bannerDismissed = ids
  banner.hidden = true
  // The button is gone with the banner: keep the keyboard's place at the start of the page.
  document.querySelector<HTMLElement>('.site-header a.site-title')?.focus()
}

export function installBannerDismiss(): void {
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-banner-dismiss]') : null
    const banner = button?.closest<HTMLElement>('.announcement-banner')
    const id = banner?.dataset.bannerId
    if (banner && id) dismiss(banner, id)
  })
}
