/**
 * Page feedback as a page shows it: the settings' part the components need
 * (carried in the site chrome) and the link made from `feedback.url`'s
 * template. Shared: the page view runs it while pages are rendered.
 */
import { withPathPrefix } from './path-prefix'

/** The placeholders of `feedback.url`, each replaced URL-encoded. */
export const FEEDBACK_PLACEHOLDERS = ['url', 'title', 'source'] as const

export type FeedbackPlaceholder = (typeof FEEDBACK_PLACEHOLDERS)[number]

/** The site's feedback setting as the chrome carries it: a link template, or the endpoint the widget posts to. */
export type FeedbackChrome = { kind: 'url'; template: string; contentPath: string } | { kind: 'endpoint'; endpoint: string }

/** What a page's widget draws: a link, or the form that posts `page` (its path with the prefix) to the endpoint. */
export type FeedbackView = { kind: 'url'; href: string } | { kind: 'endpoint'; endpoint: string; page: string }

/** The template with each placeholder replaced by its value, URL-encoded. */
export function feedbackLink(template: string, values: Readonly<Record<FeedbackPlaceholder, string>>): string {
  return template.replace(/\{(url|title|source)\}/g, (_, name: FeedbackPlaceholder) => encodeURIComponent(values[name]))
}

/** The part of a page's node feedback reads. */
export interface FeedbackPage {
  url: string
  title: string
  /** Its file, relative to the content folder; `(generated)/…` for a page made from data, which has none. */
  sourcePath: string
  /** False when the page's frontmatter says `feedback: false`. */
  feedback: boolean
}

/** What the page shows for feedback; undefined without the setting or on a page that turns it off. */
export function feedbackView(page: FeedbackPage, feedback: FeedbackChrome | undefined, site: { siteUrl: string; pathPrefix: string }): FeedbackView | undefined {
  if (!feedback || !page.feedback) return undefined
  const path = withPathPrefix(site.pathPrefix, page.url)
  if (feedback.kind === 'endpoint') return { kind: 'endpoint', endpoint: feedback.endpoint, page: path }
  const generated = page.sourcePath.startsWith('(generated)')
  const source = generated ? '' : [feedback.contentPath, page.sourcePath].filter(Boolean).join('/')
  return { kind: 'url', href: feedbackLink(feedback.template, { url: `${site.siteUrl}${path}`, title: page.title, source }) }
}
