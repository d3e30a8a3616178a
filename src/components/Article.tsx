import React, { type ComponentType, type ReactNode } from 'react'
import { graphql } from 'gatsby'
import { MDXProvider } from '@mdx-js/react'
import { MobileTableOfContents } from './TableOfContents'
import { Callout, Note, Tip, Warning } from './Callout'
import { Icon } from './Icon'
import { Breadcrumbs } from './Breadcrumbs'
import { PageNav } from './PageNav'
import { Backlinks } from './Backlinks'
import { TitleText } from './TitleText'
import { PageFeedback } from './PageFeedback'
import { hidesTitle, type ArticleView, type LinePart, type TitleLine } from '../shared/page-view'
import { safeHref } from '../shared/url-safety'
import type { MdxProviderComponent } from '../shared/mdx-components'
import contentComponents from 'handbook-content-components'
import { Message, useMessages } from './messages'

/** Exactly the names of src/shared/mdx-components.ts, which the build checks .mdx pages against. */
const ourComponents = { Callout, Note, Tip, Warning } satisfies Record<MdxProviderComponent, ComponentType<never>>
/** With the handbook's own (`_components/`), rendered to static HTML at build time like the rest (pages do not hydrate). Names never clash: the build rejects one that would. */
const mdxComponents = { ...contentComponents, ...ourComponents }

/** What Article draws around a page's body besides its text: who owns it, its review state, what links to it. Both templates query it; graphqlTypegen types it for the page view (PageFacts), whose articleFacts words it (src/shared/page-view/article.ts). */
export const pageFacts = graphql`
  fragment HandbookPageFacts on HandbookPage {
    owners {
      kind
      label
      url
      channel
      channelUrl
    }
    review {
      stale
      reviewed
    }
    backlinks {
      url
      title
      section {
        heading
        anchor
      }
    }
  }
`

export interface ArticleProps extends ArticleView {
  /** Compiled body of an `.mdx` page. */
  children?: ReactNode
}

/** A page's own content: breadcrumbs, title and subtitle, folded TOC on phones, body, "Linked from", edit link, history link and "Copy as Markdown", "Was this page helpful?", previous/next. */
export function Article({
  title,
  titleRuns,
  subtitle,
  showTitle,
  draft,
  internal,
  titleLines,
  reviewNote,
  toc,
  html,
  children,
  editUrl,
  historyUrl,
  markdownUrl,
  print,
  lastUpdated,
  breadcrumbs,
  neighbours,
  backlinks,
  feedback,
  untranslated,
}: ArticleProps) {
  const messages = useMessages()
  return (
    <article className="article">
      <Breadcrumbs crumbs={breadcrumbs} title={title} titleRuns={titleRuns} />
      {untranslated && (
        <p className="untranslated-notice" role="note" data-language-fallback>
          {untranslated.notice}
        </p>
      )}
      {/* showTitle: false hides the title, not the page's h1: screen readers still need it. */}
      {hidesTitle({ showTitle, html }) && (
        <h1 className="sr-only" lang={untranslated?.lang}>
          <TitleText text={title} runs={titleRuns} />
        </h1>
      )}
      {showTitle && (
        <header className="article-header" lang={untranslated?.lang}>
          <h1 className="article-title">
            <TitleText text={title} runs={titleRuns} />
          </h1>
          {subtitle && <p className="article-subtitle">{subtitle}</p>}
          {draft && <p className="draft-badge">{messages.text('draftBadge')}</p>}
          {internal && <p className="draft-badge internal-badge">{messages.text('internalBadge')}</p>}
          <TitleLines lines={titleLines} />
        </header>
      )}
      {reviewNote && (
        <p className="callout callout-warning review-note" role="note">
          <Parts parts={reviewNote} />
        </p>
      )}
      {toc.length >= 2 && <MobileTableOfContents items={toc} />}
      {/* A page not yet translated: its body says its own language. */}
      {children ? (
        <div className="markdown" lang={untranslated?.lang} data-fallback-content={untranslated ? '' : undefined}>
          <MDXProvider components={mdxComponents}>{children}</MDXProvider>
        </div>
      ) : (
        // biome-ignore lint/security/noDangerouslySetInnerHtml: the page's HTML, rendered and sanitized at build time (src/content/markdown/sanitize.ts)
        <div className="markdown" lang={untranslated?.lang} data-fallback-content={untranslated ? '' : undefined} dangerouslySetInnerHTML={{ __html: html }} />
      )}
      {backlinks && <Backlinks {...backlinks} />}
      <footer className="article-footer">
        <div className="article-actions">
          {safeHref(editUrl, 'web') && (
            <a className="edit-link" href={safeHref(editUrl, 'web')}>
              <Icon name="edit" />
              {messages.text('editThisPage')}
            </a>
          )}
          {safeHref(historyUrl, 'web') && (
            <a className="history-link" href={safeHref(historyUrl, 'web')}>
              {messages.text('historyOfThisPage')}
            </a>
          )}
          {print && (
            <a className="print-link" href={print.url}>
              {print.label}
            </a>
          )}
          {/* Shown by src/client/copy-markdown.ts, which makes it work. */}
          <button type="button" className="copy-markdown" data-copy-markdown={markdownUrl} hidden>
            <Icon name="copy" />
            {messages.text('copyAsMarkdown')}
          </button>
          <span className="copy-markdown-status" role="status" data-copy-markdown-status="" />
        </div>
        {lastUpdated && (
          <p className="last-updated">
            <Message messageKey="lastUpdated" slots={{ date: <time dateTime={lastUpdated.iso}>{lastUpdated.text}</time> }} />
          </p>
        )}
      </footer>
      <PageFeedback feedback={feedback} />
      <PageNav previous={neighbours.previous} next={neighbours.next} />
    </article>
  )
}

/** Text and links of a line, as the page view made them (links carry the path prefix already). */
function Parts({ parts }: { parts: readonly LinePart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.url && safeHref(part.url) ? (
          <a key={i} href={safeHref(part.url)}>
            {part.text}
          </a>
        ) : (
          <React.Fragment key={i}>{part.text}</React.Fragment>
        ),
      )}
    </>
  )
}

/** Lines under the title, from the page view (who owns the page); none, and nothing is drawn. */
function TitleLines({ lines }: { lines: readonly TitleLine[] }) {
  if (lines.length === 0) return null
  return (
    <ul className="article-lines">
      {lines.map((line, i) => (
        <li key={i} className={`article-line article-line-${line.kind}`}>
          <Parts parts={line.parts} />
        </li>
      ))}
    </ul>
  )
}
