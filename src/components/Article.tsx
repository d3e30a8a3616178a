import React, { type ReactNode } from 'react'
import { MDXProvider } from '@mdx-js/react'
import { MobileTableOfContents, type TocItem } from './TableOfContents'
import { Callout, Note, Tip, Warning } from './Callout'
import { Icon } from './Icon'
import { Breadcrumbs } from './Breadcrumbs'
import { PageNav } from './PageNav'
import type { Crumb, PageLink } from '../shared/sidebar/navigation'

const mdxComponents = { Callout, Note, Tip, Warning }

export interface ArticleProps {
  title: string
  showTitle: boolean
  toc: readonly TocItem[]
  /** Rendered HTML of a `.md` page. */
  html: string
  /** Compiled body of an `.mdx` page. */
  children?: ReactNode
  editUrl?: string | null
  /** ISO date of the last change. */
  lastUpdated?: string | null
  /** Language the date is written in. */
  lang?: string
  draft?: boolean
  breadcrumbs?: readonly Crumb[]
  neighbours?: { previous?: PageLink; next?: PageLink }
}

/** A page's own content: breadcrumbs, title, folded TOC on phones, body, edit link, previous/next. */
export function Article({ title, showTitle, toc, html, children, editUrl, lastUpdated, lang = 'en', draft, breadcrumbs = [], neighbours = {} }: ArticleProps) {
  return (
    <article className="article">
      <Breadcrumbs crumbs={breadcrumbs} title={title} />
      {showTitle && (
        <header className="article-header">
          <h1 className="article-title">{title}</h1>
          {draft && <p className="draft-badge">Draft: not published in production builds</p>}
        </header>
      )}
      {toc.length >= 2 && <MobileTableOfContents items={toc} />}
      {children ? (
        <div className="markdown">
          <MDXProvider components={mdxComponents}>{children}</MDXProvider>
        </div>
      ) : (
        <div className="markdown" dangerouslySetInnerHTML={{ __html: html }} />
      )}
      {(editUrl || lastUpdated) && (
        <footer className="article-footer">
          {editUrl && (
            <a className="edit-link" href={editUrl}>
              <Icon name="edit" />
              Edit this page
            </a>
          )}
          {lastUpdated && <LastUpdated iso={lastUpdated} lang={lang} />}
        </footer>
      )}
      <PageNav previous={neighbours.previous} next={neighbours.next} />
    </article>
  )
}

/** The date in the page's language, written at build time (no script). */
function LastUpdated({ iso, lang }: { iso: string; lang: string }) {
  const date = new Date(iso)
  let text: string
  try {
    text = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date)
  } catch {
    text = iso.slice(0, 10)
  }
  return (
    <p className="last-updated">
      Last updated <time dateTime={iso}>{text}</time>
    </p>
  )
}
