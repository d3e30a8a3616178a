import { Link } from 'gatsby'
import type { PageLink } from '../shared/sidebar/navigation'
import { useMessages } from './messages'

/** Previous and next pages in sidebar order, at the end of the page. */
export function PageNav({ previous, next }: { previous?: PageLink | undefined; next?: PageLink | undefined }) {
  const messages = useMessages()
  if (!previous && !next) return null
  return (
    <nav className="page-nav" aria-label={messages.text('previousAndNext')}>
      {previous && (
        <Link className="page-nav-link page-nav-previous" to={previous.url} rel="prev">
          <span className="page-nav-direction">{messages.text('previous')}</span>
          <span className="page-nav-title">{previous.label}</span>
        </Link>
      )}
      {next && (
        <Link className="page-nav-link page-nav-next" to={next.url} rel="next">
          <span className="page-nav-direction">{messages.text('next')}</span>
          <span className="page-nav-title">{next.label}</span>
        </Link>
      )}
    </nav>
  )
}
