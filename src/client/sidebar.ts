/** Sidebar groups that open and close, and the current page kept in view. */
import type { SidebarItem } from '../shared/sidebar/types'
import { SIDEBAR_TEMPLATE_KINDS, sidebarTemplateKind } from '../shared/sidebar/template'
import { drawnMarks } from '../shared/title-runs'

function setOpen(group: Element, button: Element, open: boolean): void {
  button.setAttribute('aria-expanded', String(open))
  if (open) group.removeAttribute('data-collapsed')
  else group.setAttribute('data-collapsed', '')
}

/** A label as src/components/TitleText.tsx draws it: each run's text as text, inside its marks' elements. */
function labelNodes(item: SidebarItem): Node[] {
  if (!item.labelRuns) return [document.createTextNode(item.label)]
  return item.labelRuns.map((run) =>
    drawnMarks(run).reduceRight<Node>((inner, mark) => {
      const element = document.createElement(mark)
      element.append(inner)
      return element
    }, document.createTextNode(run.text)),
  )
}

let tree: Promise<SidebarItem[]> | undefined

/**
 * Fills an item cloned from the sidebar's template with what the JSON says:
 * text and attributes only, as labels come from pull requests.
 */
function fillItem(element: Element, item: SidebarItem, path: string): void {
  const link = element.querySelector('a.sb-link')
  if (link && item.url) {
    link.setAttribute('href', item.url)
    link.replaceChildren(...labelNodes(item))
  }
  if (item.type !== 'group') return
  const id = `sb${path.replace(/\./g, '-')}`
  element.querySelector('.sb-toggle')?.setAttribute('aria-controls', id)
  const label = element.querySelector('.sb-toggle .sb-group-label, .sb-toggle .sr-only')
  // The sr-only label beside a group's link is its text alone, as Sidebar.tsx draws it.
  if (label?.classList.contains('sb-group-label')) label.replaceChildren(...labelNodes(item))
  else if (label) label.textContent = item.label
  const children = element.querySelector('.sb-children')
  children?.setAttribute('id', id)
  children?.setAttribute('data-sidebar-lazy', path)
}

/** A closed group's items, in the markup src/components/Sidebar.tsx put in the page's template; groups inside stay lazy. */
function renderItems(items: readonly SidebarItem[], path: string, template: HTMLTemplateElement): Element | undefined {
  const sampleList = template.content.firstElementChild
  if (!sampleList) return undefined
  const samples = [...sampleList.children]
  const list = sampleList.cloneNode(false) as Element
  items.forEach((item, i) => {
    const sample = samples[SIDEBAR_TEMPLATE_KINDS.indexOf(sidebarTemplateKind(item))]
    if (!sample) return
    const element = sample.cloneNode(true) as Element
    fillItem(element, item, `${path}.${i}`)
    list.append(element)
  })
  return list
}

/** Fills a closed group of a large sidebar from the sidebar's JSON (fetched once, then cached by the browser). */
async function fill(children: HTMLElement): Promise<void> {
  const sidebar = children.closest<HTMLElement>('[data-sidebar-src]')
  const source = sidebar?.dataset.sidebarSrc
  const template = sidebar?.querySelector<HTMLTemplateElement>('template[data-sidebar-template]')
  const path = children.dataset.sidebarLazy
  if (!source || !template || path === undefined) return
  tree ??= fetch(source).then((response) => (response.ok ? (response.json() as Promise<SidebarItem[]>) : Promise.reject(new Error(String(response.status)))))
  let items: SidebarItem[] | undefined
  try {
    items = await tree
  } catch {
    tree = undefined
    return
  }
  let node: SidebarItem | undefined
  for (const index of path.split('.').slice(1)) {
    node = (node?.type === 'group' ? node.items : items)[Number(index)]
  }
  if (node?.type !== 'group' || children.dataset.sidebarLazy === undefined) return
  const list = renderItems(node.items, path, template)
  if (!list) return
  delete children.dataset.sidebarLazy
  children.append(list)
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
