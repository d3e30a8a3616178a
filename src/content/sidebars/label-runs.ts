/**
 * Stage "label marks": a sidebar label that is a page's title is drawn as the
 * title is, with its em/strong/code/sub/sup (src/shared/title.ts), wherever the
 * label came from (a page item, a folder's group named by its index page, the
 * old tool's navigation that repeats the title). A label written apart from the
 * title (sidebars.yml, `_category_.json`, `_data/navigation.yml`) is read as a
 * title is written: its entities decoded, its marks kept, any other tag its text.
 */
import { transform } from '../../shared/sidebar/walk'
import type { Sidebar, SidebarItem } from '../../shared/sidebar/types'
import { parseTitle } from '../../shared/title'
import type { SidebarPageInput } from './input'

/** The sidebars with each label's marks, from the pages' titles (by URL) or the label as written. */
export function withLabelRuns(sidebars: readonly Sidebar[], pages: readonly SidebarPageInput[]): Sidebar[] {
  const byUrl = new Map(pages.map((page) => [page.url, page]))
  const labelOf = (item: SidebarItem): Pick<SidebarItem, 'label' | 'labelRuns'> => {
    const page = item.type === 'link' || !item.url ? undefined : byUrl.get(item.url)
    if (page && page.title === item.label) return { label: page.title, ...(page.titleRuns ? { labelRuns: page.titleRuns } : {}) }
    // Text the build made (a page's title, a folder's name) has no markup to read; only a label with `<` or `&` is parsed.
    const parsed = parseTitle(item.label)
    return parsed.text ? { label: parsed.text, ...(parsed.runs ? { labelRuns: parsed.runs } : {}) } : { label: item.label }
  }
  return sidebars.map((sidebar) => ({
    ...sidebar,
    items: transform<SidebarItem, SidebarItem>(sidebar.items, (item, children) => (item.type === 'group' ? { ...item, ...labelOf(item), items: children() } : { ...item, ...labelOf(item) })),
  }))
}
