/**
 * The editors' checks: everything wrong in the content that the site build
 * itself would not stop on — broken links and anchors, missing images,
 * redirects that collide — and the warnings that help keep a handbook
 * tidy. Used by `npm run check` and by the build, so both say the same.
 */
import { closest, distance } from 'fastest-levenshtein'
import { error, warning, type Diagnostic, type Severity } from '../common/diagnostics'
import type { Handbook, Page } from '../handbook'
import type { LinkUse } from '../markdown/rewrite-links'
import { collectRedirects } from '../features/redirects/redirects'
import { findMojibake } from './mojibake'

export interface CheckOptions {
  /** `warn` while migrating a handbook whose links (and images) are not fixed yet. */
  brokenLinks: 'error' | 'warn'
}

/** Reads HANDBOOK_BROKEN_LINKS. */
export function brokenLinksSetting(value: string | undefined): CheckOptions['brokenLinks'] {
  return value?.trim().toLowerCase() === 'warn' ? 'warn' : 'error'
}

function report(severity: Severity, code: string, file: string, message: string, use?: Pick<LinkUse, 'line' | 'column'>): Diagnostic {
  return (severity === 'error' ? error : warning)(code, file, message, use?.line, use?.column)
}

function suggestAnchor(anchor: string, anchors: readonly string[]): string {
  if (anchors.length === 0) return 'That page has no headings to link to'
  const best = closest(anchor, [...anchors])
  return best && distance(anchor, best) <= Math.max(3, anchor.length / 3) ? `Did you mean #${best}?` : `Its headings are ${anchors.slice(0, 5).map((a) => `#${a}`).join(', ')}${anchors.length > 5 ? '…' : ''}`
}

/** What an anchor check needs of the page a link points to: a content page, or a page made from data. */
type LinkedPage = Pick<Page, 'sourcePath' | 'anchors' | 'format'>

function checkLinks(page: Page, lines: readonly string[], pagesByUrl: ReadonlyMap<string, LinkedPage>, options: CheckOptions, out: Diagnostic[]): void {
  const severity: Severity = options.brokenLinks === 'warn' ? 'warning' : 'error'
  for (const use of page.links) {
    const { target } = use
    if (target.kind === 'broken') {
      const what = use.embedded ? 'missing image or file' : 'broken link'
      const hint = /^(\/|[a-z][a-z0-9+.-]*:)/i.test(use.href) ? 'Check the address' : "Check the path: it starts from this file's folder"
      out.push(report(severity, use.embedded ? 'image-missing' : 'link-broken', page.sourcePath, `${what} "${use.href}": ${target.reason}. ${hint}`, use))
      continue
    }
    if (target.kind === 'same-page' || (target.kind === 'page' && target.anchor)) {
      const anchor = target.kind === 'same-page' ? target.anchor : target.anchor!
      const linked = target.kind === 'same-page' ? page : pagesByUrl.get(target.route.url)
      if (!linked || anchor === '' || linked.format === 'mdx' && linked.anchors.length === 0) continue
      let decoded = anchor
      try {
        decoded = decodeURIComponent(anchor)
      } catch {
        // As written.
      }
      if (!linked.anchors.includes(decoded)) {
        const where = linked === page ? 'this page' : linked.sourcePath
        out.push(report(severity, 'anchor-broken', page.sourcePath, `broken link "${use.href}": #${decoded} is not a heading on ${where}. ${suggestAnchor(decoded, linked.anchors)}`, use))
      }
    }
    // Images the editor wrote (they have a line); a person's photo in a card is drawn beside their name, its empty alt on purpose.
    if (use.embedded && use.alt !== undefined && use.alt.trim() === '' && use.line !== undefined) {
      out.push(report('warning', 'image-alt', page.sourcePath, `image "${use.href}" has no alt text: describe it for readers who cannot see it, e.g. ![Team structure diagram](${use.href})`, use))
    }
    // Only where the editor wrote http: (GFM turns a bare www.example.com into an http: link).
    const written = use.line ? (lines[use.line - 1] ?? '').includes(use.href) : false
    if (target.kind === 'external' && written && /^http:\/\//i.test(use.href) && !/^http:\/\/(localhost|127\.|\[::1\])/i.test(use.href)) {
      out.push(report('warning', 'link-http', page.sourcePath, `"${use.href}" uses http: most sites serve https. Write ${use.href.replace(/^http:/i, 'https:')} if it works`, use))
    }
  }
}

function checkSource(page: Page, text: string, out: Diagnostic[]): void {
  for (const match of findMojibake(text)) {
    out.push(warning('mojibake', page.sourcePath, `"${match.text}" looks like mis-encoded text (saved in the wrong encoding). It probably should read "${match.fixed}"`, match.line, match.column))
  }
  const body = text.split(/\r?\n/).slice(page.frontmatterLines).join('\n')
  if (page.format === 'md' && body.replace(/<!--[\s\S]*?-->/g, '').trim() === '') {
    out.push(warning('page-empty', page.sourcePath, 'this page is empty. Write its content, or delete the file', 1))
  }
}

/** Broken links in the pages made from data: written in a bio or a description, reported once at the data file. */
function checkGeneratedLinks(handbook: Handbook, options: CheckOptions, out: Diagnostic[]): void {
  const severity: Severity = options.brokenLinks === 'warn' ? 'warning' : 'error'
  const seen = new Set<string>()
  for (const page of handbook.generated) {
    for (const use of page.links) {
      if (use.target.kind !== 'broken' || seen.has(`${page.dataFile}\u0000${use.href}`)) continue
      seen.add(`${page.dataFile}\u0000${use.href}`)
      out.push(report(severity, 'link-broken', page.dataFile, `broken link "${use.href}" in a bio or team description (shown on ${page.url}): ${use.target.reason}. Paths start from the data file's folder, or from the site's root with /`))
    }
  }
}

/** Every problem in the handbook, on top of those found while loading it (redirects are collected apart: see redirectsOf). */
export function checkHandbook(handbook: Handbook, options: CheckOptions): Diagnostic[] {
  const out: Diagnostic[] = []
  const pagesByUrl = new Map<string, LinkedPage>([
    ...handbook.generated.map((page) => [page.url, { sourcePath: `the page ${page.url} (made from ${page.dataFile})`, anchors: page.anchors, format: 'md' }] as const),
    ...handbook.pages.map((page) => [page.url, page] as const),
  ])
  const linkedTo = new Set<string>()
  // A page over a limit of limits.ts was not read: its error is all there is to say (not "empty", "no title").
  const unread = new Set(handbook.diagnostics.filter((d) => d.code === 'page-limit').map((d) => d.file))
  for (const page of handbook.pages) {
    if (unread.has(page.sourcePath)) continue
    const text = page.source
    checkLinks(page, text.split('\n'), pagesByUrl, options, out)
    checkSource(page, text, out)
    for (const use of page.links) if (use.target.kind === 'page' && use.target.route.url !== page.url) linkedTo.add(use.target.route.url)
    if (page.titleFrom === 'file') {
      out.push(warning('title-missing', page.sourcePath, `this page has no title, so it is called "${page.title}" after its file or folder name. Add "title: …" to its frontmatter or start it with "# Title"`, 1))
    }
  }
  for (const page of handbook.pages) {
    if (page.url !== '/' && !linkedTo.has(page.url) && !unread.has(page.sourcePath)) {
      out.push(warning('page-unlinked', page.sourcePath, 'no other page links to this page. Link to it from a related page so readers find it', 1))
    }
  }
  checkGeneratedLinks(handbook, options, out)
  // After the other problems: among problems on the same line, the sorted list keeps this order.
  out.push(...collectRedirects(handbook.pages, handbook).diagnostics)
  return out
}
