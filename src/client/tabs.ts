/**
 * Tabs (Docsy's tabpane, Hugo's tabs), loaded only where `.tabs` exists. The
 * page's HTML shows every panel under its `.tab-label`, which reads fine
 * without JavaScript; this module turns each group into the WAI-ARIA tabs
 * pattern: a tablist of buttons built from the labels (as text, never as
 * HTML), one panel shown, arrow keys / Home / End move and select (automatic
 * activation). The panel shown first is the one the address points into, else
 * the one marked `tab-default` (MkDocs' `===+`), else the first. Roles, ids
 * and aria are added here because the sanitizer keeps only classes. Idempotent: a group already enhanced is left alone.
 */
import { text } from './messages'

const READY = 'tabs-ready'

interface Group {
  tabs: HTMLButtonElement[]
  panels: HTMLElement[]
}

let groupsMade = 0

/** A stem for a group's ids (`tabs-N-tab-1`, `tabs-N-panel-1`) that no element of the page uses yet. */
function freeStem(): string {
  for (;;) {
    const stem = `tabs-${++groupsMade}`
    if (!document.getElementById(`${stem}-tab-1`) && !document.getElementById(`${stem}-panel-1`)) return stem
  }
}

function select(group: Group, index: number, focus: boolean): void {
  group.tabs.forEach((tab, i) => {
    const selected = i === index
    tab.setAttribute('aria-selected', String(selected))
    tab.tabIndex = selected ? 0 : -1
    group.panels[i]!.hidden = !selected
  })
  if (focus) group.tabs[index]!.focus()
}

/** The panel holding the element the address points at, so a link into a hidden panel shows it. */
function panelOfHash(panels: readonly HTMLElement[]): number {
  const id = decodeURIComponent(window.location.hash.slice(1))
  const target = id ? document.getElementById(id) : null
  return target ? panels.findIndex((panel) => panel.contains(target)) : -1
}

const groups = new Map<HTMLElement, Group>()

function enhance(root: HTMLElement): void {
  if (root.classList.contains(READY)) return
  const panels = Array.from(root.children).filter((child): child is HTMLElement => child.classList.contains('tab-panel'))
  if (panels.length === 0) return
  const stem = freeStem()
  // document.createElement, not dom.ts's element(): sharing a module with the search chunk would make esbuild split it into a third file every search loads.
  const list = document.createElement('div')
  list.className = 'tab-list'
  list.setAttribute('role', 'tablist')
  const tabs = panels.map((panel, i) => {
    const label = Array.from(panel.children).find((child) => child.classList.contains('tab-label'))
    const tab = document.createElement('button')
    tab.className = 'tab'
    tab.textContent = label?.textContent?.trim() || text('tab', { number: i + 1 })
    tab.type = 'button'
    tab.id = `${stem}-tab-${i + 1}`
    tab.setAttribute('role', 'tab')
    if (!panel.id) panel.id = `${stem}-panel-${i + 1}`
    tab.setAttribute('aria-controls', panel.id)
    panel.setAttribute('role', 'tabpanel')
    panel.setAttribute('aria-labelledby', tab.id)
    panel.tabIndex = 0
    tab.addEventListener('click', () => select(group, i, false))
    list.append(tab)
    return tab
  })
  const group: Group = { tabs, panels }

  list.addEventListener('keydown', (event) => {
    const current = tabs.indexOf(document.activeElement as HTMLButtonElement)
    if (current < 0) return
    const last = tabs.length - 1
    const next = event.key === 'ArrowRight' ? (current === last ? 0 : current + 1) : event.key === 'ArrowLeft' ? (current === 0 ? last : current - 1) : event.key === 'Home' ? 0 : event.key === 'End' ? last : -1
    if (next < 0) return
    event.preventDefault()
    select(group, next, true)
  })

  root.prepend(list)
  root.classList.add(READY)
  groups.set(root, group)
  const linked = panelOfHash(panels)
  select(
    group,
    linked >= 0
      ? linked
      : Math.max(
          0,
          panels.findIndex((panel) => panel.classList.contains('tab-default')),
        ),
    false,
  )
}

let listening = false

/** Enhances every tab group in the page; safe to call again after the page changes. */
export function startTabs(root: ParentNode = document): void {
  for (const [node] of groups) if (!node.isConnected) groups.delete(node)
  root.querySelectorAll<HTMLElement>('.markdown .tabs').forEach(enhance)
  if (listening) return
  listening = true
  // An in-page link to a heading inside a hidden panel: show that panel first.
  window.addEventListener('hashchange', () => {
    for (const group of groups.values()) {
      const index = panelOfHash(group.panels)
      if (index >= 0) {
        select(group, index, false)
        document.getElementById(decodeURIComponent(window.location.hash.slice(1)))?.scrollIntoView()
      }
    }
  })
}
