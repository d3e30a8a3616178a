/**
 * The article: what Article draws of a page (a page's own and the home
 * page's alike), and the facts it draws around the body besides its text.
 */
import type { Crumb, PageLink } from '../sidebar/navigation'
import { backlinksView, type BacklinksView } from './backlinks'
import type { LinePart, TitleLine } from './lines'
import { reviewNote } from './ownership'
import type { OrAbsent, PageFacts, PageNode, TocItem } from './page-node'
import { siteMessages, type SiteContext } from './site'
import { pageLanguage } from '../i18n'
import { titleLines } from './title-lines'
import type { TitleRunFields } from '../title-runs'
import type { FeedbackView } from '../feedback'
import type { UntranslatedView } from './untranslated'

export interface ArticleView {
  /** The title's plain text. */
  title: string
  /** The title's marks, when it has em/strong/code/sub/sup (src/shared/title.ts). */
  titleRuns?: readonly TitleRunFields[]
  /** The line under the title, when the page has one. */
  subtitle?: string
  showTitle: boolean
  draft: boolean
  /** Only the internal build has the page. */
  internal: boolean
  /** Lines under the title (see title-lines.ts). */
  titleLines: TitleLine[]
  /** For a page past its review date: the note under the title, who to ask included. */
  reviewNote?: LinePart[]
  toc: readonly TocItem[]
  /** Rendered HTML of a `.md` page (an `.mdx` page's body comes as the template's children). */
  html: string
  breadcrumbs: Crumb[]
  neighbours: { previous?: PageLink; next?: PageLink }
  editUrl?: string
  historyUrl?: string
  /** The page's Markdown copy (path prefix included), which "Copy as Markdown" fetches: a page not yet translated offers the page it shows. */
  markdownUrl: string
  /** A page not yet translated: the notice above it, and the language of its title and body. */
  untranslated?: UntranslatedView
  /** On a sidebar group's own page: its section's print view (path prefix included) and the link's text. */
  print?: { url: string; label: string }
  /** The date of the last change, written in the page's language. */
  lastUpdated?: { iso: string; text: string }
  /** "Linked from" at the end; absent when no page links here. */
  backlinks?: BacklinksView
  /** "Was this page helpful?" after the footer, when the site asks for feedback and the page does not turn it off. */
  feedback?: FeedbackView
}

/**
 * Whether Article draws the title as a visually hidden h1: a page with
 * `showTitle: false` still has one for screen readers and the document
 * outline, unless its body has an h1 of its own (an `.md` page's HTML says;
 * an `.mdx` page's body is compiled apart, so it gets the hidden one).
 */
export function hidesTitle(view: Pick<ArticleView, 'showTitle' | 'html'>): boolean {
  return !view.showTitle && !/<h1[\s>]/i.test(view.html)
}

/**
 * The facts as Article draws them, from the fields the HandbookPageFacts
 * fragment queries (both templates spread it): the lines under the title,
 * the review note and "Linked from".
 */
export function articleFacts(
  page: PageFacts & OrAbsent<Pick<PageNode, 'toc' | 'lang'>>,
  site: Pick<SiteContext, 'lang' | 'pathPrefix' | 'chrome'>,
): Pick<ArticleView, 'titleLines' | 'reviewNote' | 'backlinks'> {
  const lang = pageLanguage(page, site)
  const messages = siteMessages(lang, site)
  const note = page.review ? reviewNote(page.review, page.owners ?? [], lang, site.pathPrefix, messages) : undefined
  const backlinks = backlinksView(page.backlinks, page.toc)
  return { titleLines: titleLines(page, site, messages), ...(note ? { reviewNote: note } : {}), ...(backlinks ? { backlinks } : {}) }
}
