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
import { cutMarkup, type Markup } from './section-markup'
import { printAnchors, printDocument, type PrintedPage, type PrintSite } from './print-document'
import { printViews, PRINT_PAGE_LIMIT, type PrintView } from './print-views'
import { markedDocument } from './print-mdx'
import { messagesFor, type Messages } from '../../../shared/i18n'

/** Where links from a print view resolve from, in messages: no content file has this name. */
const PRINT_SOURCE = '(pages)'

function intro(view: PrintView, messages: Messages): string {
  const pages = messages.text('printPageCount', { count: view.pages.length })
  const text = view.kind === 'handbook' ? messages.text('printIntroHandbook', { pages }) : messages.text('printIntroGroup', { pages, title: view.title })
  return toHtml(h('p', { className: ['print-intro'] }, text))
}

function indexHtml(view: PrintView, hrefPrefix: string, messages: Messages): string {
  const lists = view.lists ?? []
  return toHtml([
    h('p', { className: ['print-intro'] }, messages.text('printIndexIntro', { title: view.title, limit: PRINT_PAGE_LIMIT })),
    h(
      'ul',
      { className: ['print-index'] },
      lists.map((item) => h('li', [h('a', { href: withPathPrefix(hrefPrefix, item.url) }, item.title), ` (${messages.text('printPageCount', { count: item.pages })})`])),
    ),
  ])
}

/**
 * The print views of the handbook, as pages. A build's view carries its
 * document's place (empty) and its ids for the checks; the document is made
 * once Gatsby has written the page (`afterBuild`, filled by wing.ts), one
 * view at a time. With `onDemand` (develop), a view's document is made when
 * the view is asked for (`htmlOnDemand`), once: a save in develop makes the
 * handbook again, views and all.
 */
export function printPages({ pages, sidebars, settings, hrefPrefix, onDemand, pageNow }: Pick<PagesInput, 'pages' | 'sidebars' | 'settings' | 'hrefPrefix' | 'onDemand' | 'pageNow'>): GeneratedPage[] {
  const messages = messagesFor(settings.lang, settings.messages)
  const byUrl = new Map<string, Page>(pages.map((page) => [page.url, page]))
  const site: PrintSite = { siteUrl: settings.siteUrl, pathPrefix: settings.pathPrefix, hrefPrefix }
  // A page is in the whole handbook's view and in each of its groups': cut once.
  const cuts = new Map<string, Markup>()
  const cut = (page: PrintedPage): Markup => {
    let markup = cuts.get(page.url)
    if (!markup) cuts.set(page.url, (markup = cutMarkup(page.html)))
    return markup
  }
  const views = printViews(sidebars, [...byUrl.keys()], settings.title).map((view): GeneratedPage => {
    // Read when the view is made: in develop, a page left for later is rendered then (pageNow).
    const printed = () =>
      view.pages.flatMap((url) => {
        const found = byUrl.get(url)
        const page = found && pageNow ? pageNow(found) : found
        return page ? [{ url: page.url, title: page.title, html: page.html, format: page.format }] : []
      })
    const documentHtml = () => printDocument(printed(), site, { cut, messages }).html
    let later: string | undefined
    const document: Pick<GeneratedPage, 'html' | 'anchors' | 'htmlOnDemand' | 'afterBuild'> =
      view.kind === 'index'
        ? { html: indexHtml(view, hrefPrefix, messages), anchors: [] }
        : onDemand
          ? { html: '', anchors: [], htmlOnDemand: () => (later ??= intro(view, messages) + markedDocument(documentHtml())) }
          : // Marked, so that the build can fill the document in the page Gatsby wrote (wing.ts, print-mdx.ts).
            { html: intro(view, messages) + markedDocument(''), anchors: printAnchors(printed(), { cut }), afterBuild: documentHtml }
    return {
      kind: 'print',
      url: view.url,
      title: messages.text('printTitle', { title: view.title }),
      description: view.kind === 'index' ? messages.text('printIndexDescription', { title: view.title }) : messages.text('printDescription', { title: view.title }),
      dataFile: PRINT_SOURCE,
      body: { type: 'root', children: [] },
      ...document,
      toc: [],
      // Not searched: every word of it is on its own page already.
      sections: [],
      files: [],
      noindex: true,
    }
  })
  // The load keeps no page's cut: the documents, made after the build, cut the pages again.
  cuts.clear()
  return views
}
