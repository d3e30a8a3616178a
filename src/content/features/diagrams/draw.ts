/**
 * One ` ```mermaid ` block drawn as inline SVG with beautiful-mermaid (pure
 * JS, synchronous). The SVG is made fit for a page that may hold several:
 * its ids get the diagram's own prefix (the renderer names every arrow
 * marker `arrowhead`), its `<style>` rules apply inside it only (an inline
 * SVG's style sheet is the whole page's), it loads no web font (the
 * renderer's `@import` of Google Fonts; the site's fonts are used), and its
 * colours are CSS variables the site's stylesheet maps to its theme
 * (styles/content/diagrams.css), so it follows the light/dark toggle.
 */
import { diagramRenderer } from './renderer'
import { prefixIds, shortenNumbers } from './svg-ids'
import { readMermaidSource, type MermaidSource } from './mermaid-source'
import { drawnByMermaid } from './misreadings'

export type DrawResult =
  | { kind: 'drawn'; svg: string; source: MermaidSource }
  /** A type Mermaid knows that the pure-JS renderer does not draw (gantt, pie…), or a flowchart it reads otherwise (misreadings.ts): Mermaid draws `text`, the block as written. */
  | { kind: 'not-drawn'; source: MermaidSource; text: string }
  /** The renderer could not read it: `message` is its parser's. */
  | { kind: 'error'; message: string; source: MermaidSource }

/** The renderer's SVG by statements: a diagram repeated (a page rendered again in develop, an include) is laid out once per process. */
const drawn = new Map<string, string | Error>()
const MEMO_LIMIT = 500

function renderOnce(statements: string): string | Error {
  const known = drawn.get(statements)
  if (known !== undefined) return known
  let result: string | Error
  try {
    // --bg and --fg are set by the site's stylesheet (the same names as its own tokens), not on the SVG.
    result = diagramRenderer().renderMermaidSVG(statements, { bg: 'var(--bg)', fg: 'var(--fg)', transparent: true })
  } catch (cause) {
    result = cause instanceof Error ? cause : new Error(String(cause))
  }
  if (drawn.size >= MEMO_LIMIT) drawn.delete(drawn.keys().next().value!)
  drawn.set(statements, result)
  return result
}

/** Each top-level rule's selectors scoped to the SVG with id `id` (`svg` is the SVG itself). */
function scopeStyle(css: string, id: string): string {
  return css.replace(/(^|[{}])(\s*)([^{}@]+?)(\s*)\{/g, (_, before: string, space: string, selectors: string, after: string) => {
    const scoped = selectors
      .split(',')
      .map((selector) => selector.trim())
      .map((selector) => (selector === 'svg' ? `#${id}` : selector.startsWith('svg ') ? `#${id}${selector.slice(3)}` : `#${id} ${selector}`))
      .join(', ')
    return `${before}${space}${scoped}${after}{`
  })
}

/** A value written into an attribute between double quotes. */
export const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/** The renderer's SVG made fit for the page: ids prefixed, styles scoped, no web fonts, numbers shortened, named for assistive technology. */
export function fitSvg(svg: string, id: string, label: string, description?: string): string {
  const out = prefixIds(
    shortenNumbers(
      svg
        .replace(/@import url\([^)]*\);?\s*/g, '')
        .replace(/font-family:\s*'Inter'[^;}]*/g, 'font-family: var(--font-body, sans-serif)')
        .replace(/font-family:\s*'JetBrains Mono'[^;}]*/g, 'font-family: var(--font-mono, monospace)')
        .replace(/<style>([\s\S]*?)<\/style>/g, (_, css: string) => `<style>${scopeStyle(css, id)}</style>`),
    ),
    id,
  )
  // The root element: the renderer's inline variables out (the stylesheet sets them), ours in.
  return out.replace(
    /^<svg([^>]*)>/,
    (_, attributes: string) =>
      `<svg${attributes.replace(/ style="[^"]*"/, '').replace(/ id="[^"]*"/, '')} id="${id}" class="diagram-svg" role="img" aria-label="${escapeAttribute(label)}">${description ? `<desc>${escapeAttribute(description)}</desc>` : ''}`,
  )
}

/** Draws a block's text as SVG with the given id, or says why it is not drawn (`folder`: where the judged readings are kept). */
export function drawMermaid(text: string, id: string, folder?: string): DrawResult {
  const source = readMermaidSource(text)
  if (drawnByMermaid(text, source, folder)) return { kind: 'not-drawn', source, text }
  const svg = renderOnce(source.statements)
  if (svg instanceof Error) return { kind: 'error', message: svg.message, source }
  return { kind: 'drawn', svg: fitSvg(svg, id, source.title ?? 'Diagram', source.description), source }
}
