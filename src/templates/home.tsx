import { graphql, withPrefix, type HeadProps, type PageProps } from 'gatsby'
import { Layout } from '../components/Layout'
import { printViewOf } from '../shared/print-view'
import { Article } from '../components/Article'
import { PageHead } from '../components/PageHead'
import { SectionList } from '../components/SectionList'
import { useSite } from '../components/use-site'
import { useSidebars } from '../components/use-sidebars'
import { homeHead, homeView, type HomeView } from '../shared/page-view'
import { Message, useMessages } from '../components/messages'
import type { ReactNode } from 'react'

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
      ...HandbookLanguageLinks
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
    <Layout siteTitle={view.siteTitle} lang={view.lang} sidebar={view.sidebar} isHome={(data.page?.url ?? '/') === '/'} languages={view.languages}>
      <HomeSections view={view}>{children}</HomeSections>
    </Layout>
  )
}

/** The home page's content: the root page or a hero, a card per section, and the links to /changes and the print view, in the page's language. */
function HomeSections({ view, children }: { view: HomeView; children?: ReactNode }) {
  const messages = useMessages()
  return (
    <div className="home">
      {view.article ? (
        <Article {...view.article}>{children}</Article>
      ) : (
        <header className="home-hero">
          <h1>{view.hero.title}</h1>
          <p className="home-lead">{view.hero.lead}</p>
        </header>
      )}
      <h2 className="sections-heading">{messages.text('sections')}</h2>
      <SectionList sections={view.sections} />
      <p className="home-changes">
        <Message messageKey="homeChanges" slots={{ link: <a href={withPrefix('/changes')}>{messages.text('recentChanges')}</a> }} />
      </p>
      <p className="home-print">
        <Message messageKey="homePrint" slots={{ link: <a href={withPrefix(printViewOf('/'))}>{messages.text('printTheHandbook')}</a> }} />
      </p>
    </div>
  )
}

export function Head({ data }: HeadProps<Queries.HomePageQuery>) {
  return <PageHead {...homeHead(data.page, useSite())} />
}
