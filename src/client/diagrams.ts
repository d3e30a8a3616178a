/**
 * Mermaid diagrams the build did not draw (a type beyond its pure-JS
 * renderer: gantt, pie…), drawn here with Mermaid itself: a chunk loaded
 * only by pages that have one (`figure.diagram-in-browser`, see
 * src/content/features/diagrams/rehype-diagrams.ts). The source the page
 * shows goes under the drawing, in a closed "Diagram source", as for the
 * diagrams drawn at build time; a diagram Mermaid cannot read keeps showing
 * its source. Mermaid's colours are its own theme's, light or dark as the
 * site's toggle says: the diagrams are drawn again when it changes.
 */
import type { Mermaid } from 'mermaid'
import { text } from './messages'

/** Mermaid's own prebuilt modules, beside the page script (src/node/mermaid-assets.ts copies them; MERMAID_FOLDER). */
const MERMAID_URL = new URL('./mermaid/mermaid.esm.min.mjs', import.meta.url).href

let loading: Promise<Mermaid> | undefined
const loadMermaid = () => (loading ??= import(/* a URL of the site, not a module to bundle */ MERMAID_URL).then((module: { default: Mermaid }) => module.default))

function dark(): boolean {
  const chosen = document.documentElement.dataset.theme
  if (chosen === 'light' || chosen === 'dark') return chosen === 'dark'
  return window.matchMedia('(prefers-color-scheme: dark)').matches
}

/** The source under the drawing, once: a closed "Diagram source". */
function foldSource(figure: HTMLElement, pre: HTMLElement): void {
  if (pre.parentElement !== figure) return
  const details = document.createElement('details')
  details.className = 'diagram-source'
  const summary = document.createElement('summary')
  summary.textContent = text('diagramSource')
  details.append(summary, pre)
  figure.append(details)
}

let drawing: Promise<void> = Promise.resolve()

async function drawAll(figures: readonly HTMLElement[]): Promise<void> {
  const mermaid = await loadMermaid()
  // securityLevel strict: labels are text, the SVG sanitised by Mermaid (DOMPurify).
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: dark() ? 'dark' : 'default', fontFamily: getComputedStyle(document.body).fontFamily })
  for (const [i, figure] of figures.entries()) {
    const pre = figure.querySelector<HTMLElement>('pre')
    const source = pre?.querySelector('code')?.textContent ?? ''
    if (!pre || !source.trim()) continue
    try {
      const { svg } = await mermaid.render(`mermaid-browser-${i + 1}`, source)
      const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement
      if (parsed.nodeName !== 'svg') continue
      const drawn = document.importNode(parsed, true)
      drawn.classList.add('diagram-svg')
      drawn.setAttribute('role', 'img')
      drawn.setAttribute('aria-label', figure.dataset.title ?? text('diagram'))
      figure.querySelector(':scope > svg')?.remove()
      figure.prepend(drawn)
      foldSource(figure, pre)
    } catch {
      // Not a diagram Mermaid can read: the source stays in view.
    }
  }
}

/** Draws the page's diagrams, and again whenever the theme changes. */
export function startDiagrams(figures: readonly HTMLElement[]): void {
  const redraw = () => {
    drawing = drawing.then(() => drawAll(figures))
  }
  redraw()
  new MutationObserver(redraw).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] })
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', redraw)
}
