import React, { type ReactNode } from 'react'
import { MDXProvider } from '@mdx-js/react'
import { MobileTableOfContents, type TocItem } from './TableOfContents'
import { Callout, Note, Tip, Warning } from './Callout'
import { Icon } from './Icon'

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
  draft?: boolean
}

/** A page's own content: title, folded TOC on phones, body, edit link. */
export function Article({ title, showTitle, toc, html, children, editUrl, draft }: ArticleProps) {
  return (
    <article className="article">
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
      {editUrl && (
        <footer className="article-footer">
          <a className="edit-link" href={editUrl}>
            <Icon name="edit" />
            Edit this page
          </a>
        </footer>
      )}
    </article>
  )
}
