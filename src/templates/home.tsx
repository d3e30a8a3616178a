import { graphql, withPrefix, type HeadProps, type PageProps } from 'gatsby'
import { Layout } from '../components/Layout'
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
      titleRuns {
        text
        marks
      }
      subtitle
      description
      showTitle
      lang
      html
      toc {
        depth
        id
        text
      }
      ...HandbookPageFacts
    }
  }
`

/** The home page: the root index page's content if there is one, then every section of the handbook. */
export default function HomeTemplate({ data, children }: PageProps<Queries.HomePageQuery>) {
  // Gatsby's own prefix of this build ("" in develop and without --prefix-paths).
  const view = homeView(data.page, useSidebars(), { ...useSite(), pathPrefix: withPrefix('/').slice(0, -1) })
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
        <p className="home-changes">
          <a href={withPrefix('/changes')}>Recent changes</a>: what changed in the handbook, newest first.
        </p>
      </div>
    </Layout>
  )
}

export function Head({ data }: HeadProps<Queries.HomePageQuery>) {
  return <PageHead {...homeHead(data.page, useSite())} />
}
