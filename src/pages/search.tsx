import { withPrefix, type HeadProps, type PageProps } from 'gatsby'
import { Layout } from '../components/Layout'
import { PageHead } from '../components/PageHead'
import { useSite } from '../components/use-site'
import { useMessages } from '../components/messages'
import { messagesFor, pageLanguage } from '../shared/i18n'
import { pageSearchUrl, type ChromePageContext } from '../shared/languages'

/** A handbook in several languages gives each language's copy its context (src/node/create-pages.ts); else there is none. */
type Context = Partial<ChromePageContext>

/** The search page's form and status, inside Layout (which gives the page's language); the form stays on this language's page. */
function SearchArticle({ action }: { action: string }) {
  const messages = useMessages()
  return (
    <article className="article search-page">
      <h1 className="article-title">{messages.text('search')}</h1>
      {/* biome-ignore lint/a11y/useSemanticElements: a form with role="search" is the search landmark; <search> (2023) would change the published markup */}
      <form className="search-page-form" action={withPrefix(action)} method="get" role="search" aria-label={messages.text('searchResults')}>
        <label htmlFor="search-page-input" className="sr-only">
          {messages.text('searchTheHandbook')}
        </label>
        <input id="search-page-input" className="search-page-input" type="search" name="q" autoComplete="off" autoCapitalize="off" spellCheck={false} enterKeyHint="search" data-search-page-input />
        <button type="submit" className="search-page-button">
          {messages.text('search')}
        </button>
      </form>
      <p className="search-page-status" role="status" aria-live="polite" data-search-page-status>
        <noscript>{messages.text('searchNeedsScript')}</noscript>
      </p>
      <div className="search-page-results" data-search-page />
    </article>
  )
}

/**
 * /search?q=…: the header form's target and a link that can be shared, and
 * in a handbook of several languages each other language's (`/ja/search`),
 * which searches that language's pages. The page is static;
 * src/client/search/pages.ts reads the query and lists the results
 * (JavaScript is needed: the index is searched in the browser).
 */
export default function SearchPage({ pageContext }: PageProps<object, Context>) {
  const site = useSite()
  return (
    <Layout siteTitle={site.title} lang={pageContext.lang ?? pageLanguage(undefined, site)} languages={pageContext.languages}>
      <SearchArticle action={pageSearchUrl(pageContext.languages)} />
    </Layout>
  )
}

export function Head({ pageContext }: HeadProps<object, Context>) {
  const site = useSite()
  const lang = pageContext.lang ?? pageLanguage(undefined, site)
  return (
    <>
      <PageHead
        siteTitle={site.title}
        siteUrl={site.siteUrl}
        lang={lang}
        title={messagesFor(lang, site.chrome.messages).text('search')}
        description=""
        url={pageSearchUrl(pageContext.languages)}
        languages={pageContext.languages ?? []}
      />
      <meta name="robots" content="noindex" />
    </>
  )
}
