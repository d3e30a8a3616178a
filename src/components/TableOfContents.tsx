import type { TocItem } from '../shared/page-view'
import { useMessages } from './messages'

interface TocNode extends TocItem {
  children: TocItem[]
}

/** h3 entries nest under the h2 before them. */
function nest(items: readonly TocItem[]): TocNode[] {
  const nodes: TocNode[] = []
  for (const item of items) {
    const parent = nodes[nodes.length - 1]
    if (item.depth > 2 && parent) parent.children.push(item)
    else nodes.push({ ...item, children: [] })
  }
  return nodes
}

function TocList({ items }: { items: readonly TocItem[] }) {
  return (
    <ul className="toc-list">
      {nest(items).map((node) => (
        <li key={node.id}>
          <a href={`#${node.id}`} data-toc-link>
            {node.text}
          </a>
          {node.children.length > 0 && (
            <ul className="toc-list">
              {node.children.map((child) => (
                <li key={child.id}>
                  <a href={`#${child.id}`} data-toc-link>
                    {child.text}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  )
}

/** Right-hand table of contents on wide screens. */
export function TableOfContents({ items }: { items: readonly TocItem[] }) {
  const messages = useMessages()
  return (
    <aside className="toc" aria-labelledby="toc-heading">
      <div className="toc-scroll">
        <h2 id="toc-heading" className="toc-heading">
          {messages.text('onThisPage')}
        </h2>
        <TocList items={items} />
      </div>
    </aside>
  )
}

/** The same contents under the title on narrow screens, folded by default. */
export function MobileTableOfContents({ items }: { items: readonly TocItem[] }) {
  const messages = useMessages()
  return (
    <details className="toc-mobile">
      <summary>{messages.text('onThisPage')}</summary>
      <nav aria-label={messages.text('onThisPage')}>
        <TocList items={items} />
      </nav>
    </details>
  )
}
