import { Link, type HeadProps } from 'gatsby'
import { Layout } from '../components/Layout'
import { PageHead } from '../components/PageHead'
import { useSite } from '../components/use-site'
import { Message, useMessages } from '../components/messages'
import { messagesFor, pageLanguage } from '../shared/i18n'

/** The 404 page's words, inside Layout (which gives the page's language). */
function NotFound() {
  const messages = useMessages()
  return (
    <article className="article not-found">
      <h1 className="article-title">{messages.text('notFoundTitle')}</h1>
      <p>{messages.text('notFoundText')}</p>
      <p>
        <Message messageKey="notFoundHome" slots={{ link: <Link to="/">{messages.text('goHome')}</Link> }} />
      </p>
      <section className="not-found-suggestions" aria-labelledby="suggestions-heading" data-search-suggest hidden>
        <h2 id="suggestions-heading">{messages.text('notFoundSuggestions')}</h2>
        <ul className="suggestion-list" data-search-suggest-list />
      </section>
    </article>
  )
}

export default function NotFoundPage() {
  const site = useSite()
  return (
    <Layout siteTitle={site.title} lang={pageLanguage(undefined, site)}>
      <NotFound />
    </Layout>
  )
}

export function Head(_props: HeadProps) {
  const site = useSite()
  const lang = pageLanguage(undefined, site)
  return <PageHead siteTitle={site.title} siteUrl={site.siteUrl} lang={lang} title={messagesFor(lang, site.chrome.messages).text('notFoundTitle')} description="" url="/404" />
}
