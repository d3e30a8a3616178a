/**
 * The print views as generated pages: each holds its pages' rendered HTML
 * made one document (print-document.ts), the index of a large handbook a
 * list of its views. Not searched, not in the sitemap, `noindex`: they
 * repeat pages that are on the site already.
 */
import { h } from 'hastscript'
import { toHtml } from 'hast-util-to-html'
import type { PagesInput } from '../feature'
import type { GeneratedPage } from '../generated-page'
import type { Page } from '../../page/page'
import { withPathPrefix } from '../../../shared/path-prefix'
import type { Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { printDocument, type PrintedPage, type PrintSite } from './print-document'
import { printViews, PRINT_PAGE_LIMIT, type PrintView } from './print-views'
import { markedDocument } from './print-mdx'

/** Where links from a print view resolve from, in messages: no content file has this name. */
const PRINT_SOURCE = '(pages)'

const count = (n: number) => `${n} page${n === 1 ? '' : 's'}`

function intro(view: PrintView): string {
  const what = view.kind === 'group' ? `of ${view.title}` : view.kind === 'sidebar' ? `of the ${view.title} sidebar` : 'of the handbook'
  return toHtml(h('p', { className: ['print-intro'] }, `All ${count(view.pages.length)} ${what} in reading order, on one page: print it, or save it as PDF from the print dialog.`))
}

function indexHtml(view: PrintView, hrefPrefix: string): string {
  const lists = view.lists ?? []
  return toHtml([
    h('p', { className: ['print-intro'] }, `${view.of ? view.title : 'The handbook'} has more than ${PRINT_PAGE_LIMIT} pages, too many for one page: print it one part at a time.`),
    h(
      'ul',
      { className: ['print-index'] },
      lists.map((item) => h('li', [h('a', { href: withPathPrefix(hrefPrefix, item.url) }, item.title), ` (${count(item.pages)})`])),
    ),
  ])
}

/** The print views of the handbook, as pages. */
export function printPages({ pages, sidebars, settings, hrefPrefix }: Pick<PagesInput, 'pages' | 'sidebars' | 'settings' | 'hrefPrefix'>): GeneratedPage[] {
  const byUrl = new Map<string, Page>(pages.map((page) => [page.url, page]))
  const site: PrintSite = { siteUrl: settings.siteUrl, pathPrefix: settings.pathPrefix, hrefPrefix }
  // A page is in the whole handbook's view and in each of its groups': parsed once, copied for each (cheaper than parsing again).
  const parsed = new Map<string, Root>()
  const parse = (page: PrintedPage): Root => {
    let tree = parsed.get(page.url)
    if (!tree) parsed.set(page.url, (tree = fromHtml(page.html, { fragment: true })))
    return structuredClone(tree)
  }
  return printViews(sidebars, [...byUrl.keys()], settings.title).map((view): GeneratedPage => {
    const printed = view.pages.flatMap((url) => {
      const page = byUrl.get(url)
      return page ? [{ url: page.url, title: page.title, html: page.html, format: page.format }] : []
    })
    const document = view.kind === 'index' ? { html: indexHtml(view, hrefPrefix), anchors: [] } : printDocument(printed, site, parse)
    return {
      kind: 'print',
      url: view.url,
      title: `Print: ${view.title}`,
      description:
        view.kind === 'index'
          ? `The print views of ${view.of ? view.title : 'the handbook'}, one per part.`
          : `Every page ${view.kind === 'group' ? `of ${view.title}` : 'of the handbook'} on one page, to print or save as PDF.`,
      dataFile: PRINT_SOURCE,
      body: { type: 'root', children: [] },
      // Marked, so that the build can fill its .mdx pages in the page Gatsby wrote (print-mdx.ts).
      html: view.kind === 'index' ? document.html : intro(view) + markedDocument(document.html),
      toc: [],
      anchors: document.anchors,
      // Not searched: every word of it is on its own page already.
      sections: [],
      files: [],
      noindex: true,
    }
  })
}
