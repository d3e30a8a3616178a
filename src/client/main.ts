/**
 * Everything interactive on a page, written as small DOM modules over the
 * static HTML. Listeners are delegated to the document so they survive
 * React re-rendering the page in `gatsby develop`.
 */
import { installThemeToggle, showThemeState } from './theme'
import { installSidebarToggles, revealCurrentPage } from './sidebar'
import { installDrawer } from './drawer'
import { startScrollSpy } from './toc'
import { enhanceSearch, installSearchTrigger } from './search-trigger'
import { installCopyMarkdown, showCopyMarkdown } from './copy-markdown'
import { installPrintDetails } from './print'
import { installBannerDismiss } from './banner'

/** The directory's filter, a chunk of its own: only /people loads it. */
function enhancePeopleFilter(): void {
  const root = document.querySelector<HTMLElement>('[data-people-filter]')
  if (root) void import('./people-filter').then((filter) => filter.startPeopleFilter(root))
}

/** Tab groups, a chunk of their own: loaded only by pages that have one. */
function enhanceTabs(): void {
  if (document.querySelector('.markdown .tabs')) void import('./tabs').then((tabs) => tabs.startTabs(document))
}

/** Click-to-load videos, a chunk of their own: loaded only by pages that have one. */
function enhanceVideos(): void {
  if (document.querySelector('.markdown .video-embed')) void import('./video').then((video) => video.startVideos())
}

/** Mermaid diagrams the build did not draw, a chunk of their own with Mermaid: loaded only by pages that have one. */
function enhanceDiagrams(): void {
  // Once per figure: develop shows a page again without loading it.
  const figures = [...document.querySelectorAll<HTMLElement>('.markdown figure.diagram-in-browser:not([data-drawing])')]
  for (const figure of figures) figure.dataset.drawing = ''
  if (figures.length) void import('./diagrams').then((diagrams) => diagrams.startDiagrams(figures))
}

/** Glossary terms' taps and Escape, a chunk of its own: loaded only by pages that mark a term. */
function enhanceGlossary(): void {
  if (document.querySelector('.markdown .glossary-term')) void import('./glossary').then((glossary) => glossary.startGlossary())
}

/** "Was this page helpful?" posting to the site's endpoint, a chunk of its own: loaded only by pages with the widget. */
function enhanceFeedback(): void {
  // Once per widget: develop shows a page again without loading it.
  const roots = [...document.querySelectorAll<HTMLElement>('.page-feedback[data-feedback-endpoint]:not([data-feedback-started])')]
  for (const root of roots) root.dataset.feedbackStarted = ''
  if (roots.length) void import('./feedback').then((feedback) => feedback.startFeedback(roots))
}

let started = false

/** Once per browser session of the page: document-level listeners. */
export function startHandbook(): void {
  if (started) return
  started = true
  installThemeToggle()
  installSidebarToggles()
  installDrawer()
  installSearchTrigger()
  installCopyMarkdown()
  installPrintDetails()
  installBannerDismiss()
}

/** After each page is shown: state that depends on the page's own content. */
export function enhancePage(): void {
  showThemeState()
  revealCurrentPage()
  startScrollSpy()
  enhanceSearch()
  enhancePeopleFilter()
  enhanceTabs()
  enhanceVideos()
  enhanceDiagrams()
  enhanceGlossary()
  showCopyMarkdown()
  enhanceFeedback()
}
