import { Link } from 'gatsby'
import type { BacklinkItem, BacklinksView } from '../shared/page-view'
import { useMessages } from './messages'

/**
 * "Linked from" at the end of a page: the pages whose body links here, each
 * at the section its link is in. Past the first few, the rest sit in a
 * static <details> (no script). Its heading is drawn here, not in the page's
 * body, so it never joins the table of contents.
 */
export function Backlinks({ headingId, shown, more }: BacklinksView) {
  const messages = useMessages()
  return (
    <section className="backlinks" aria-labelledby={headingId}>
      <h2 className="backlinks-title" id={headingId}>
        {messages.text('linkedFrom')}
      </h2>
      <BacklinkList items={shown} />
      {more.length > 0 && (
        <details className="backlinks-more">
          <summary>{messages.text('linkedFromMore', { count: more.length })}</summary>
          <BacklinkList items={more} />
        </details>
      )}
    </section>
  )
}

function BacklinkList({ items }: { items: readonly BacklinkItem[] }) {
  const messages = useMessages()
  return (
    <ul className="backlinks-list">
      {items.map((item) => (
        <li key={item.url}>
          <Link to={item.url}>
            <span className="backlink-page">{item.title}</span>
            {item.section && (
              <>
                <span className="backlink-separator" aria-hidden="true">
                  {' › '}
                </span>
                <span className="sr-only">{`${messages.text('linkedFromSection')} `}</span>
                <span className="backlink-section">{item.section}</span>
              </>
            )}
          </Link>
        </li>
      ))}
    </ul>
  )
}
