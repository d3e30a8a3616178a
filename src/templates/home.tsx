import React from 'react'
import { graphql, Link, type HeadProps, type PageProps } from 'gatsby'
import { Layout } from '../components/Layout'
import { Article } from '../components/Article'
import { PageHead } from '../components/PageHead'
import { useSite } from '../components/use-site'
import { useSidebars } from '../components/use-sidebars'
import type { SidebarItem } from '../shared/sidebar/types'

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

/** The first page link of an item: the group's own page, or its first page. */
function firstUrl(item: SidebarItem): string | undefined {
  if (item.type !== 'group') return item.url
  return item.url ?? item.items.map(firstUrl).find(Boolean)
}

/** Links per section card: enough to orient, few enough that a large handbook's home page stays light. */
const CARD_LINKS = 8

function SectionList({ sidebars }: { sidebars: Map<string, SidebarItem[]> }) {
  return (
    <div className="sections">
      {[...sidebars.entries()].map(([name, items], index) => (
        <section className="section-card" key={name} aria-labelledby={`section-${index}`}>
          <h2 id={`section-${index}`} className="section-title">
            {name}
          </h2>
          <ul className="section-links">
            {items.slice(0, CARD_LINKS).map((item) => {
              const url = firstUrl(item)
              return url ? (
                <li key={`${item.label}-${url}`}>
                  <Link to={url}>{item.label}</Link>
                  {item.type === 'group' && <span className="section-count">{countPages(item.items)} pages</span>}
                </li>
              ) : null
            })}
          </ul>
          {items.length > CARD_LINKS && firstUrl(items[0]!) && (
            <p className="section-more">
              <Link to={firstUrl(items[0]!)!}>
                All {countPages(items)} pages of {name}
              </Link>
            </p>
          )}
        </section>
      ))}
    </div>
  )
}

function countPages(items: readonly SidebarItem[]): number {
  return items.reduce((total, item) => total + (item.type === 'group' ? countPages(item.items) + (item.url ? 1 : 0) : item.type === 'page' ? 1 : 0), 0)
}

/** The home page: the root index page's content if there is one, then every section of the handbook. */
export default function HomeTemplate({ data, children }: PageProps<Queries.HomePageQuery>) {
  const site = useSite()
  const sidebars = useSidebars()
  const page = data.page
  return (
    <Layout siteTitle={site.title}>
      <div className="home">
        {page ? (
          <Article title={page.title} showTitle={page.showTitle} toc={[]} html={page.html}>
            {children}
          </Article>
        ) : (
          <header className="home-hero">
            <h1>{site.title}</h1>
            <p className="home-lead">{site.description}</p>
          </header>
        )}
        <h2 className="sections-heading">Sections</h2>
        <SectionList sidebars={sidebars} />
      </div>
    </Layout>
  )
}

export function Head({ data }: HeadProps<Queries.HomePageQuery>) {
  const site = useSite()
  return (
    <PageHead
      siteTitle={site.title}
      siteUrl={site.siteUrl}
      lang={data.page?.lang ?? site.lang}
      description={data.page?.description || site.description}
      url="/"
    />
  )
}
