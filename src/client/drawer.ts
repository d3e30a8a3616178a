/**
 * On narrow screens the sidebar is a drawer: the menu button opens it, focus
 * stays inside while it is open, Escape, the backdrop or following a link
 * closes it, and focus returns to the menu button.
 */
const FOCUSABLE = 'a[href], button:not([disabled]), input, select, textarea, [tabindex]:not([tabindex="-1"])'

function parts() {
  const button = document.querySelector<HTMLButtonElement>('[data-menu-button]')
  const drawer = document.querySelector<HTMLElement>('[data-sidebar]')
  const backdrop = document.querySelector<HTMLElement>('[data-drawer-backdrop]')
  return button && drawer ? { button, drawer, backdrop } : undefined
}

function isOpen(): boolean {
  return document.documentElement.hasAttribute('data-drawer-open')
}

function visibleFocusables(drawer: HTMLElement): HTMLElement[] {
  return [...drawer.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null)
}

function open(): void {
  const p = parts()
  if (!p) return
  document.documentElement.setAttribute('data-drawer-open', '')
  p.button.setAttribute('aria-expanded', 'true')
  if (p.backdrop) p.backdrop.hidden = false
  const current = p.drawer.querySelector<HTMLElement>('[aria-current="page"]')
  ;(current ?? visibleFocusables(p.drawer)[0])?.focus()
}

function close(returnFocus: boolean): void {
  const p = parts()
  if (!p || !isOpen()) return
  document.documentElement.removeAttribute('data-drawer-open')
  p.button.setAttribute('aria-expanded', 'false')
  if (p.backdrop) p.backdrop.hidden = true
  if (returnFocus) p.button.focus()
}

/** Tab and Shift+Tab cycle through the menu button and the drawer's links. */
function trapFocus(event: KeyboardEvent): void {
  const p = parts()
  if (!p) return
  const ring = [p.button, ...visibleFocusables(p.drawer)]
  const index = ring.indexOf(document.activeElement as HTMLElement)
  const next = event.shiftKey ? (index <= 0 ? ring.length - 1 : index - 1) : index === ring.length - 1 || index < 0 ? 0 : index + 1
  event.preventDefault()
  ring[next]?.focus()
}

export function installDrawer(): void {
  document.addEventListener('click', (event) => {
    const target = event.target as Element | null
    if (target?.closest('[data-menu-button]')) {
      if (isOpen()) close(true)
      else open()
    } else if (target?.closest('[data-drawer-backdrop]')) {
      close(true)
    } else if (isOpen() && target?.closest('[data-sidebar] a[href]')) {
      close(false)
    }
  })
  document.addEventListener('keydown', (event) => {
    if (!isOpen()) return
    if (event.key === 'Escape') close(true)
    else if (event.key === 'Tab') trapFocus(event)
  })
  // Growing the window past the phone layout leaves no drawer to close.
  window.matchMedia('(min-width: 56rem)').addEventListener('change', (query) => {
    if (query.matches) close(false)
  })
  // A drawer of header links only (a page without a sidebar) is a phone's: gone past 390 px.
  window.matchMedia('(min-width: 24.4375rem)').addEventListener('change', (query) => {
    if (query.matches && parts()?.drawer.classList.contains('links-only')) close(false)
  })
}
