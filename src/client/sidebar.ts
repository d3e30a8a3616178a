/** Sidebar groups that open and close, and the current page kept in view. */

function setOpen(group: Element, button: Element, open: boolean): void {
  button.setAttribute('aria-expanded', String(open))
  if (open) group.removeAttribute('data-collapsed')
  else group.setAttribute('data-collapsed', '')
}

type Item =
  | { type: 'page'; label: string; url: string }
  | { type: 'link'; label: string; url: string; external: boolean }
  | { type: 'group'; label: string; url?: string; items: Item[] }

let tree: Promise<Item[]> | undefined

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string>, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value)
  node.append(...children)
  return node
}

/** The same markup as src/components/Sidebar.tsx; closed groups inside stay lazy. */
function renderItems(items: readonly Item[], path: string, chevron: Element | null): HTMLUListElement {
  const list = element('ul', { class: 'sb-list' })
  items.forEach((item, i) => {
    const here = `${path}.${i}`
    if (item.type !== 'group') {
      const link = element('a', { class: 'sb-link', href: item.url }, item.label)
      if (item.type === 'link' && item.external) link.rel = 'noopener'
      list.append(element('li', { class: 'sb-item' }, link))
      return
    }
    const id = `sb${here.replace(/\./g, '-')}`
    const toggle = element('button', { type: 'button', class: 'sb-toggle', 'aria-expanded': 'false', 'aria-controls': id, 'data-sidebar-toggle': '' })
    if (item.url) toggle.append(chevron?.cloneNode(true) ?? '', element('span', { class: 'sr-only' }, item.label))
    else toggle.append(element('span', { class: 'sb-group-label' }, item.label), chevron?.cloneNode(true) ?? '')
    const row = element('div', { class: 'sb-group-row' }, ...(item.url ? [element('a', { class: 'sb-link', href: item.url }, item.label)] : []), toggle)
    list.append(element('li', { class: 'sb-group', 'data-collapsed': '' }, row, element('div', { id, class: 'sb-children', 'data-sidebar-lazy': here })))
  })
  return list
}

/** Fills a closed group of a large sidebar from the sidebar's JSON (fetched once, then cached by the browser). */
async function fill(children: HTMLElement): Promise<void> {
  const source = children.closest<HTMLElement>('[data-sidebar-src]')?.dataset.sidebarSrc
  const path = children.dataset.sidebarLazy
  if (!source || path === undefined) return
  tree ??= fetch(source).then((response) => (response.ok ? (response.json() as Promise<Item[]>) : Promise.reject(new Error(String(response.status)))))
  let items: Item[] | undefined
  try {
    items = await tree
  } catch {
    tree = undefined
    return
  }
  let node: Item | undefined
  for (const index of path.split('.').slice(1)) {
    node = (node?.type === 'group' ? node.items : items)[Number(index)]
  }
  if (node?.type !== 'group' || children.dataset.sidebarLazy === undefined) return
  delete children.dataset.sidebarLazy
  children.append(renderItems(node.items, path, document.querySelector('[data-sidebar] .sb-chevron')))
}

export function installSidebarToggles(): void {
  document.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest('[data-sidebar-toggle]')
    const group = button?.closest('.sb-group')
    if (!button || !group) return
    const open = button.getAttribute('aria-expanded') !== 'true'
    const lazy = group.querySelector<HTMLElement>(':scope > [data-sidebar-lazy]')
    if (open && lazy) void fill(lazy).then(() => setOpen(group, button, true))
    else setOpen(group, button, open)
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
