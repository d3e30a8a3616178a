import { Link, type HeadProps } from 'gatsby'
import { Layout } from '../components/Layout'
import { PageHead } from '../components/PageHead'
import { useSite } from '../components/use-site'

export default function NotFoundPage() {
  const site = useSite()
  return (
    <Layout siteTitle={site.title}>
      <article className="article not-found">
        <h1 className="article-title">Page not found</h1>
        <p>There is no page at this address. It may have moved, or the link that brought you here may have a typo.</p>
        <p>
          <Link to="/">Go to the home page</Link> to find what you were looking for.
        </p>
        <section className="not-found-suggestions" aria-labelledby="suggestions-heading" data-search-suggest hidden>
          <h2 id="suggestions-heading">Were you looking for one of these?</h2>
          <ul className="suggestion-list" data-search-suggest-list />
        </section>
      </article>
    </Layout>
  )
}

export function Head(_props: HeadProps) {
  const site = useSite()
  return <PageHead siteTitle={site.title} siteUrl={site.siteUrl} lang={site.lang} title="Page not found" description="" url="/404" />
}
