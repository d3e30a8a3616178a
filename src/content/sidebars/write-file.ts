/**
 * Sidebars as the text of `sidebars.yml`, in the form file.ts reads back
 * (`npm run check -- --write-sidebars` writes the navigation imported from
 * an old tool with it): a page is its path, or `page:` with its `label:`;
 * a group its `label:`, `page:`, `collapsed: false` when open, `items:`; a
 * link its `label:` and `href:`.
 */
import { stringify } from 'yaml'
import { assertNever } from '../../shared/assert-never'
import type { SidebarSpec, SidebarSpecItem } from './file'

function itemValue(item: SidebarSpecItem): unknown {
  switch (item.type) {
    case 'page':
      return item.label === undefined ? item.page : { page: item.page, label: item.label }
    case 'group':
      return { label: item.label, ...(item.page !== undefined ? { page: item.page } : {}), ...(item.collapsed ? {} : { collapsed: false }), items: item.items.map(itemValue) }
    case 'link':
      return { label: item.label, href: item.href }
    case 'autogenerate':
      return { autogenerate: item.folder === '' ? '.' : item.folder, ...(item.collapsed ? {} : { collapsed: false }) }
    default:
      return assertNever(item)
  }
}

/** The file's text: `header` (lines of comment, without their `#`) above the sidebars. */
export function sidebarsFileText(sidebars: readonly SidebarSpec[], header: readonly string[] = []): string {
  const body = stringify(Object.fromEntries(sidebars.map((sidebar) => [sidebar.name, sidebar.items.map(itemValue)])), { lineWidth: 0 })
  const comment = header.map((line) => (line ? `# ${line}` : '#')).join('\n')
  return comment ? `${comment}\n\n${body}` : body
}
