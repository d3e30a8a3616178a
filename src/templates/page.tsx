import React from 'react'
import { graphql, withPrefix, type HeadProps, type PageProps } from 'gatsby'
import { Layout } from '../components/Layout'
import { Article } from '../components/Article'
import { PageHead } from '../components/PageHead'
import { useSite } from '../components/use-site'
import { useSidebars } from '../components/use-sidebars'
import {
  breadcrumbsFor,
  countEntries,
  neighboursOf,
  sidebarDataPath,
  sidebarForPage,
  SIDEBAR_INLINE_LIMIT,
  withLazyGroups,
  type SidebarEntry,
} from '../shared/sidebar/navigation'
import type { SidebarItem } from '../shared/sidebar/types'

export const query = graphql`
  query HandbookPageById($id: String!) {
    page: handbookPage(id: { eq: $id }) {
      title
      url
      description
      showTitle
      lang
      html
      sidebar
      draft
      editUrl
      lastUpdated
      toc {
        depth
        id
        text
      }
    }
  }
`

type Props = PageProps<Queries.HandbookPageByIdQuery>

/**
 * The sidebar as this page shows it. In production a large sidebar leaves
 * closed groups empty (their contents are fetched when opened); `develop`
 * renders everything, as it has no build step to publish the data file.
 */
function pageSidebar(name: string, items: SidebarItem[], url: string): { name: string; entries: SidebarEntry[]; dataUrl?: string } {
  const entries = sidebarForPage(items, url)
  if (process.env.NODE_ENV !== 'production' || countEntries(items) <= SIDEBAR_INLINE_LIMIT) return { name, entries }
  return { name, entries: withLazyGroups(entries), dataUrl: withPrefix(sidebarDataPath(name, items)) }
}

/** A handbook page: its query, handed to the layout and article components. */
export default function PageTemplate({ data, children }: Props) {
  const site = useSite()
  const sidebars = useSidebars()
  const page = data.page
  if (!page) return null
  const items = sidebars.get(page.sidebar)
  return (
    <Layout
      siteTitle={site.title}
      sidebar={items ? pageSidebar(page.sidebar, items, page.url) : undefined}
      toc={page.toc}
    >
      <Article
        title={page.title}
        showTitle={page.showTitle}
        toc={page.toc}
        html={page.html}
        editUrl={page.editUrl}
        lastUpdated={page.lastUpdated}
        lang={page.lang ?? site.lang}
        draft={page.draft}
        breadcrumbs={items ? breadcrumbsFor(items, page.url) : []}
        neighbours={items ? neighboursOf(items, page.url) : {}}
      >
        {children}
      </Article>
    </Layout>
  )
}

export function Head({ data }: HeadProps<Queries.HandbookPageByIdQuery>) {
  const site = useSite()
  const page = data.page
  return (
    <PageHead
      siteTitle={site.title}
      siteUrl={site.siteUrl}
      lang={page?.lang ?? site.lang}
      title={page?.title ?? 'Page'}
      description={page?.description ?? ''}
      url={page?.url ?? '/'}
    />
  )
}
