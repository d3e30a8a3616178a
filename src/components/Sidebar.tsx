import type { ReactNode } from 'react'
import { Link } from 'gatsby'
import type { SidebarEntry } from '../shared/sidebar/navigation'
import { SIDEBAR_TEMPLATE_ENTRIES } from '../shared/sidebar/template'
import type { SidebarView } from '../shared/page-view'
import { Icon } from './Icon'
import { TitleText } from './TitleText'
import { safeHref } from '../shared/url-safety'
import { assertNever } from '../shared/assert-never'
import { useMessages } from './messages'

function Entries({ entries, path }: { entries: readonly SidebarEntry[]; path: string }) {
  return (
    <ul className="sb-list">
      {entries.map((entry, i) => (
        <Entry key={`${path}.${i}`} entry={entry} path={`${path}.${i}`} />
      ))}
    </ul>
  )
}

function Entry({ entry, path }: { entry: SidebarEntry; path: string }) {
  switch (entry.type) {
    case 'page':
      return (
        <li className="sb-item">
          <Link className="sb-link" to={entry.url} aria-current={entry.current ? 'page' : undefined}>
            <TitleText text={entry.label} runs={entry.labelRuns} />
          </Link>
        </li>
      )
    case 'link':
      // sidebars.yml's hrefs were checked; an unsafe one that got here all the same is not rendered.
      if (safeHref(entry.url) === undefined) return null
      return (
        <li className="sb-item">
          {entry.external ? (
            <a className="sb-link" href={entry.url} rel="noopener">
              {entry.label}
            </a>
          ) : (
            <Link className="sb-link" to={entry.url}>
              {entry.label}
            </Link>
          )}
        </li>
      )
    case 'group': {
      const listId = `sb${path.replace(/\./g, '-')}`
      const toggle = (
        <button type="button" className="sb-toggle" aria-expanded={entry.open} aria-controls={listId} data-sidebar-toggle>
          {!entry.url && (
            <span className="sb-group-label">
              <TitleText text={entry.label} runs={entry.labelRuns} />
            </span>
          )}
          <Icon name="chevron" className="sb-chevron" />
          {entry.url && <span className="sr-only">{entry.label}</span>}
        </button>
      )
      return (
        <li className="sb-group" data-collapsed={entry.open ? undefined : ''}>
          <div className="sb-group-row">
            {entry.url ? (
              <>
                <Link className="sb-link" to={entry.url} aria-current={entry.current ? 'page' : undefined}>
                  <TitleText text={entry.label} runs={entry.labelRuns} />
                </Link>
                {toggle}
              </>
            ) : (
              toggle
            )}
          </div>
          {entry.lazy ? (
            // Filled from the sidebar's JSON when opened (src/client/sidebar.ts).
            <div id={listId} className="sb-children" data-sidebar-lazy={path} />
          ) : (
            <div id={listId} className="sb-children">
              <Entries entries={entry.items} path={path} />
            </div>
          )}
        </li>
      )
    }
    default:
      return assertNever(entry)
  }
}

/**
 * The page's sidebar as a navigation landmark in the static HTML: complete,
 * or for a large sidebar, without the contents of closed groups, which come
 * from `dataUrl` when opened. Then it also carries one sample item of each
 * kind (src/shared/sidebar/template.ts), drawn by the same `Entry`: the
 * browser clones and fills them, so this file is the one place an item's
 * markup is written. `children` go first: the header links on phones.
 */
export function Sidebar({ name, entries, dataUrl, children }: SidebarView & { children?: ReactNode }) {
  const messages = useMessages()
  return (
    <nav id="site-sidebar" className="sidebar" aria-label={messages.text('sidebarPages', { name })} data-sidebar data-sidebar-src={dataUrl}>
      <div className="sidebar-scroll">
        {/* The header links, shown here on phones only (src/styles/global/header-links.css). */}
        {children}
        <p className="sidebar-title">{name}</p>
        <Entries entries={entries} path="" />
      </div>
      {dataUrl && (
        <template data-sidebar-template>
          <Entries entries={SIDEBAR_TEMPLATE_ENTRIES} path=".template" />
        </template>
      )}
    </nav>
  )
}
