import { withPrefix, type HeadProps } from 'gatsby'
import { Layout } from '../components/Layout'
import { PageHead } from '../components/PageHead'
import { useSite } from '../components/use-site'

/**
 * /search?q=…: the header form's target and a link that can be shared. The
 * page is static; src/client/search/pages.ts reads the query and lists the
 * results (JavaScript is needed: the index is searched in the browser).
 */
export default function SearchPage() {
  const site = useSite()
  return (
    <Layout siteTitle={site.title}>
      <article className="article search-page">
        <h1 className="article-title">Search</h1>
        {/* biome-ignore lint/a11y/useSemanticElements: a form with role="search" is the search landmark; <search> (2023) would change the published markup */}
        <form className="search-page-form" action={withPrefix('/search')} method="get" role="search" aria-label="Search results">
          <label htmlFor="search-page-input" className="sr-only">
            Search the handbook
          </label>
          <input id="search-page-input" className="search-page-input" type="search" name="q" autoComplete="off" autoCapitalize="off" spellCheck={false} enterKeyHint="search" data-search-page-input />
          <button type="submit" className="search-page-button">
            Search
          </button>
        </form>
        <p className="search-page-status" role="status" aria-live="polite" data-search-page-status>
          <noscript>Searching needs JavaScript, which is turned off. Browse the sidebar or the home page instead.</noscript>
        </p>
        <div className="search-page-results" data-search-page />
      </article>
    </Layout>
  )
}

export function Head(_props: HeadProps) {
  const site = useSite()
  return (
    <>
      <PageHead siteTitle={site.title} siteUrl={site.siteUrl} lang={site.lang} title="Search" description="" url="/search" />
      <meta name="robots" content="noindex" />
    </>
  )
}
