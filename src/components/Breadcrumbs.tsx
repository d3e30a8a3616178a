import { Link } from 'gatsby'
import type { Crumb } from '../shared/sidebar/navigation'
import type { TitleRunFields } from '../shared/title-runs'
import { TitleText } from './TitleText'
import { useMessages } from './messages'

/** Where the page sits in its sidebar: the groups above it, then the page itself. */
export function Breadcrumbs({ crumbs, title, titleRuns }: { crumbs: readonly Crumb[]; title: string; titleRuns?: readonly TitleRunFields[] | undefined }) {
  const messages = useMessages()
  if (crumbs.length === 0) return null
  return (
    <nav className="breadcrumbs" aria-label={messages.text('breadcrumb')}>
      <ol>
        {crumbs.map((crumb, i) => (
          <li key={i}>
            {crumb.url ? (
              <Link to={crumb.url}>
                <TitleText text={crumb.label} runs={crumb.labelRuns} />
              </Link>
            ) : (
              <span>
                <TitleText text={crumb.label} runs={crumb.labelRuns} />
              </span>
            )}
          </li>
        ))}
        <li>
          <span aria-current="page">
            <TitleText text={title} runs={titleRuns} />
          </span>
        </li>
      </ol>
    </nav>
  )
}
