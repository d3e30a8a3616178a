import { Link, type HeadProps, type PageProps } from 'gatsby'
import { Layout } from '../components/Layout'
import { PageHead } from '../components/PageHead'
import { useSite } from '../components/use-site'
import { Message, useMessages } from '../components/messages'
import { messagesFor, pageLanguage } from '../shared/i18n'
import type { ChromePageContext } from '../shared/languages'

/** A handbook in several languages gives each language's copy its context (src/node/create-pages.ts); else there is none. */
type Context = Partial<ChromePageContext>

/** The 404 page's words, inside Layout (which gives the page's language), with the link to its language's home. */
function NotFound({ home }: { home: string }) {
  const messages = useMessages()
  return (
    <article className="article not-found">
      <h1 className="article-title">{messages.text('notFoundTitle')}</h1>
      <p>{messages.text('notFoundText')}</p>
      <p>
        <Message messageKey="notFoundHome" slots={{ link: <Link to={home}>{messages.text('goHome')}</Link> }} />
      </p>
      <section className="not-found-suggestions" aria-labelledby="suggestions-heading" data-search-suggest hidden>
        <h2 id="suggestions-heading">{messages.text('notFoundSuggestions')}</h2>
        <ul className="suggestion-list" data-search-suggest-list />
      </section>
    </article>
  )
}

/** `/404.html`, and in a handbook of several languages each other language's (`/ja/404.html`), in its language. */
export default function NotFoundPage({ pageContext }: PageProps<object, Context>) {
  const site = useSite()
  return (
    <Layout siteTitle={site.title} lang={pageContext.lang ?? pageLanguage(undefined, site)} languages={pageContext.languages}>
      <NotFound home={pageContext.home ?? '/'} />
    </Layout>
  )
}

export function Head({ pageContext }: HeadProps<object, Context>) {
  const site = useSite()
  const lang = pageContext.lang ?? pageLanguage(undefined, site)
  const url = pageContext.home && pageContext.home !== '/' ? `${pageContext.home}/404` : '/404'
  return (
    <PageHead siteTitle={site.title} siteUrl={site.siteUrl} lang={lang} title={messagesFor(lang, site.chrome.messages).text('notFoundTitle')} description="" url={url} languages={pageContext.languages ?? []} />
  )
}
