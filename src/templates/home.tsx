import React from 'react'
import { graphql, Link, type HeadProps, type PageProps } from 'gatsby'
import { Layout } from '../components/Layout'
import { Article } from '../components/Article'
import { PageHead } from '../components/PageHead'
import { useSite } from '../components/use-site'
import { useSidebars } from '../components/use-sidebars'
import { homeHead, homeView, type SectionCard } from '../shared/page-view'

export const query = graphql`
  query HomePage($id: String!) {
    page: handbookPage(id: { eq: $id }) {
      title
      description
      showTitle
      lang
      html
      toc {
        depth
        id
        text
      }
    }
  }
`

/** A card per sidebar: its first entries, and a link to all of its pages when there are more. */
function SectionList({ sections }: { sections: readonly SectionCard[] }) {
  return (
    <div className="sections">
      {sections.map((section, index) => (
        <section className="section-card" key={section.name} aria-labelledby={`section-${index}`}>
          <h2 id={`section-${index}`} className="section-title">
            {section.name}
          </h2>
          <ul className="section-links">
            {section.links.map((link) => (
              <li key={`${link.label}-${link.url}`}>
                <Link to={link.url}>{link.label}</Link>
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

/** The home page: the root index page's content if there is one, then every section of the handbook. */
export default function HomeTemplate({ data, children }: PageProps<Queries.HomePageQuery>) {
  const view = homeView(data.page, useSidebars(), useSite())
  return (
    <Layout siteTitle={view.siteTitle}>
      <div className="home">
        {view.article ? (
          <Article {...view.article}>{children}</Article>
        ) : (
          <header className="home-hero">
            <h1>{view.hero.title}</h1>
            <p className="home-lead">{view.hero.lead}</p>
          </header>
        )}
        <h2 className="sections-heading">Sections</h2>
        <SectionList sections={view.sections} />
      </div>
    </Layout>
  )
}

export function Head({ data }: HeadProps<Queries.HomePageQuery>) {
  return <PageHead {...homeHead(data.page, useSite())} />
}
