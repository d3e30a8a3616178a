import { graphql, withPrefix, type HeadProps, type PageProps } from 'gatsby'
import { Layout } from '../components/Layout'
import { Article } from '../components/Article'
import { PageHead } from '../components/PageHead'
import { useSite } from '../components/use-site'
import { useSidebars } from '../components/use-sidebars'
import { pageHead, pageView } from '../shared/page-view'

export const query = graphql`
  query HandbookPageById($id: String!) {
    page: handbookPage(id: { eq: $id }) {
      title
      sourcePath
      feedback
      titleRuns {
        text
        marks
      }
      subtitle
      url
      description
      showTitle
      lang
      ...HandbookLanguageLinks
      image
      html
      stylesheets
      sidebar
      draft
      internalOnly
      editUrl
      historyUrl
      lastUpdated
      noindex
      untranslated {
        url
        lang
      }
      toc {
        depth
        id
        text
      }
      ...HandbookPageFacts
    }
  }
`

type Props = PageProps<Queries.HandbookPageByIdQuery>

/** A handbook page: its query and the site's sidebars, made into the page's view (src/shared/page-view/) and drawn. */
export default function PageTemplate({ data, children }: Props) {
  const site = useSite()
  const sidebars = useSidebars()
  if (!data.page) return null
  // Gatsby's own prefix of this build ("" in develop and without --prefix-paths).
  const view = pageView(data.page, sidebars, { ...site, pathPrefix: withPrefix('/').slice(0, -1) })
  return (
    <Layout siteTitle={view.siteTitle} lang={view.lang} sidebar={view.sidebar} toc={view.toc} languages={view.languages}>
      <Article {...view.article}>{children}</Article>
    </Layout>
  )
}

export function Head({ data }: HeadProps<Queries.HandbookPageByIdQuery>) {
  return <PageHead {...pageHead(data.page, useSite())} />
}
