import { Link } from 'gatsby'
import type { SectionCard, SectionLink } from '../shared/page-view'
import { TitleText } from './TitleText'
import { Message, useMessages } from './messages'

/** A page's link on a card: the one place a card draws a label. */
function CardLink({ link }: { link: SectionLink }) {
  return (
    <Link to={link.url}>
      <TitleText text={link.label} runs={link.labelRuns} />
    </Link>
  )
}

/**
 * A card per sidebar (or section): its first entries, then the section's own
 * page, or without one the rest of its pages in a `<details>`, so that every
 * page is a link away from the home page without JavaScript.
 */
export function SectionList({ sections }: { sections: readonly SectionCard[] }) {
  const messages = useMessages()
  return (
    <div className="sections">
      {sections.map((section, index) => (
        <section className="section-card" key={section.name} aria-labelledby={`section-${index}`}>
          <h2 id={`section-${index}`} className="section-title">
            <TitleText text={section.name} runs={section.nameRuns} />
          </h2>
          <ul className="section-links">
            {section.links.map((link) => (
              <li key={`${link.label}-${link.url}`}>
                <CardLink link={link} />
                {link.pages !== undefined && <span className="section-count">{messages.text('pageCount', { count: link.pages })}</span>}
              </li>
            ))}
          </ul>
          {section.more && (
            <p className="section-more">
              <Link to={section.more.url}>
                <Message messageKey="allPagesOf" values={{ count: section.more.pages }} slots={{ section: <TitleText text={section.name} runs={section.nameRuns} /> }} />
              </Link>
            </p>
          )}
          {section.rest && (
            <details className="section-rest">
              <summary>{messages.text('morePages', { count: section.rest.length })}</summary>
              <ul className="section-links">
                {section.rest.map((link) => (
                  <li key={link.url}>
                    <CardLink link={link} />
                  </li>
                ))}
              </ul>
            </details>
          )}
        </section>
      ))}
    </div>
  )
}
