import { Link } from 'gatsby'
import type { SectionCard } from '../shared/page-view'
import { TitleText } from './TitleText'

/** A card per sidebar: its first entries, and a link to all of its pages when there are more. */
export function SectionList({ sections }: { sections: readonly SectionCard[] }) {
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
                <Link to={link.url}>
                  <TitleText text={link.label} runs={link.labelRuns} />
                </Link>
                {link.pages !== undefined && <span className="section-count">{link.pages} pages</span>}
              </li>
            ))}
          </ul>
          {section.more && (
            <p className="section-more">
              <Link to={section.more.url}>
                All {section.more.pages} pages of {section.name}
              </Link>
            </p>
          )}
        </section>
      ))}
    </div>
  )
}
