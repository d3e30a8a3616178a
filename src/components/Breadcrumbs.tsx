import { Link } from 'gatsby'
import type { Crumb } from '../shared/sidebar/navigation'

/** Where the page sits in its sidebar: the groups above it, then the page itself. */
export function Breadcrumbs({ crumbs, title }: { crumbs: readonly Crumb[]; title: string }) {
  if (crumbs.length === 0) return null
  return (
    <nav className="breadcrumbs" aria-label="Breadcrumb">
      <ol>
        {crumbs.map((crumb, i) => (
          <li key={i}>{crumb.url ? <Link to={crumb.url}>{crumb.label}</Link> : <span>{crumb.label}</span>}</li>
        ))}
        <li>
          <span aria-current="page">{title}</span>
        </li>
      </ol>
    </nav>
  )
}
