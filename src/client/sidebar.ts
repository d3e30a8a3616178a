/** Sidebar groups that open and close, and the current page kept in view. */

function setOpen(group: Element, button: Element, open: boolean): void {
  button.setAttribute('aria-expanded', String(open))
  if (open) group.removeAttribute('data-collapsed')
  else group.setAttribute('data-collapsed', '')
}

export function installSidebarToggles(): void {
  document.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest('[data-sidebar-toggle]')
    const group = button?.closest('.sb-group')
    if (!button || !group) return
    setOpen(group, button, button.getAttribute('aria-expanded') !== 'true')
  })
}

/** Scrolls the sidebar (not the page) so the current page's link is visible. */
export function revealCurrentPage(): void {
  const scroller = document.querySelector<HTMLElement>('.sidebar-scroll')
  const current = scroller?.querySelector<HTMLElement>('[aria-current="page"]')
  if (!scroller || !current) return
  const top = current.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop
  if (top < scroller.scrollTop || top > scroller.scrollTop + scroller.clientHeight - 40) {
    scroller.scrollTop = Math.max(0, top - scroller.clientHeight / 3)
  }
}
