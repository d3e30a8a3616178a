import React from 'react'
import { Link } from 'gatsby'
import type { ChromeLink } from '../shared/site-chrome'

/** The company's header links (handbook.yml `headerLinks`): in the header, and again in the phone drawer. */
export function HeaderLinks({ links, className, label }: { links: readonly ChromeLink[]; className: string; label: string }) {
  if (links.length === 0) return null
  return (
    <nav className={className} aria-label={label}>
      <ul>
        {links.map((link, i) => (
          <li key={i}>
            {link.external ? (
              <a href={link.href}>
                {link.label}
                <span className="sr-only"> (external site)</span>
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
