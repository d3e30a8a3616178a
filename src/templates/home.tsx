import { graphql, withPrefix, type HeadProps, type PageProps } from 'gatsby'
import { Layout } from '../components/Layout'
import { printViewOf } from '../shared/print-view'
import { Article } from '../components/Article'
import { PageHead } from '../components/PageHead'
import { SectionList } from '../components/SectionList'
import { useSite } from '../components/use-site'
import { useSidebars } from '../components/use-sidebars'
import { homeHead, homeView } from '../shared/page-view'

export const query = graphql`
  query HomePage($id: String!) {
    page: handbookPage(id: { eq: $id }) {
      title
      url
      titleRuns {
        text
        marks
      }
      subtitle
      description
      showTitle
      lang
      languages {
        code
        label
        url
        current
        isDefault
        translated
      }
      html
      stylesheets
      toc {
        depth
        id
        text
      }
      ...HandbookPageFacts
    }
  }
`

/** What create-pages gives the home page: its sidebar's name (the one that lists it, else `defaultSidebar`). */
interface HomeContext {
  sidebar?: string
}

/** The home page: the root index page's content if there is one, then every section of the handbook; its sidebar beside them. */
export default function HomeTemplate({ data, pageContext, children }: PageProps<Queries.HomePageQuery, HomeContext>) {
  // Gatsby's own prefix of this build ("" in develop and without --prefix-paths).
  const view = homeView(data.page, useSidebars(), { ...useSite(), pathPrefix: withPrefix('/').slice(0, -1) }, pageContext.sidebar)
  return (
    <Layout siteTitle={view.siteTitle} sidebar={view.sidebar} isHome={(data.page?.url ?? '/') === '/'} languages={view.languages}>
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
        <p className="home-changes">
          <a href={withPrefix('/changes')}>Recent changes</a>: what changed in the handbook, newest first.
        </p>
        <p className="home-print">
          <a href={withPrefix(printViewOf('/'))}>Print the handbook</a>: every page in reading order on one page, to print or save as PDF.
        </p>
      </div>
    </Layout>
  )
}

export function Head({ data }: HeadProps<Queries.HomePageQuery>) {
  return <PageHead {...homeHead(data.page, useSite())} />
}
