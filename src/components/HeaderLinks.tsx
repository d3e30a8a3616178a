import { Link } from 'gatsby'
import type { ChromeLink } from '../shared/site-chrome'
import { safeHref } from '../shared/url-safety'
import { useMessages } from './messages'

/** The company's header links (handbook.yml `headerLinks`): in the header, and again in the phone drawer. */
export function HeaderLinks({ links, className, label }: { links: readonly ChromeLink[]; className: string; label: string }) {
  // The build checked them; one that is unsafe all the same is not rendered.
  const messages = useMessages()
  const shown = links.filter((link) => safeHref(link.href) !== undefined)
  if (shown.length === 0) return null
  return (
    <nav className={className} aria-label={label}>
      <ul>
        {shown.map((link, i) => (
          <li key={i}>
            {link.external ? (
              <a href={link.href}>
                {link.label}
                <span className="sr-only">{` ${messages.text('externalSite')}`}</span>
              </a>
            ) : (
              <Link to={link.href}>{link.label}</Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}
