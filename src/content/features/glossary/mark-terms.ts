/**
 * The glossary wing's rehype plugin, on `.md` and `.mdx` pages: the first
 * use on a page of each entry's term or alias becomes a link to its entry on
 * /glossary with the definition as its tooltip:
 *
 *     <span class="glossary-term"><a href="/glossary#pto" aria-describedby="glossary-tip-pto">PTO</a><span role="tooltip" id="glossary-tip-pto" class="glossary-tip">Paid time off…</span></span>
 *
 * A screen reader reads the link, then the definition as its description;
 * the tooltip shows on hover and on keyboard focus (CSS), and on a tap (a
 * few lines of script keep the first tap from following the link). Nothing
 * is marked in headings, links, code, abbreviations or other glossary terms,
 * nor in what is not prose (scripts, forms, drawings, math).
 *
 * The glossary comes with the page's file (`file.data.glossary`, see
 * types.ts): the render sets it from the render context, the MDX compiler
 * from the route manifest; without it (no glossary, `glossary: false`)
 * nothing is marked.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast'
import type { VFile } from 'vfile'
import { copyNodes } from '../../common/copy-nodes'
import { toHtml } from 'hast-util-to-html'
import { allowsTrustedHtml } from '../../markdown/trusted-html'
import { glossaryMatcher, type GlossaryMatch, type GlossaryMatcher } from './matcher'
import type { GlossaryFileData, GlossaryTips } from './types'

/** Elements whose text is never marked. */
// biome-ignore format: a list laid out by hand, several to a line
const SKIPPED = new Set([
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'code', 'pre', 'kbd', 'samp', 'abbr', 'dfn', 'script', 'style', 'template',
  'textarea', 'select', 'option', 'button', 'label', 'summary', 'svg', 'math', 'iframe', 'video', 'audio', 'object', 'noscript', 'title',
])
/** Classes of what is drawn, not written: KaTeX's math, drawn diagrams, terms already marked. */
const SKIPPED_CLASSES = ['glossary-term', 'katex', 'katex-display', 'diagram', 'heading-anchor']

/** The tooltip's id for an entry (one per page: only the first use is marked). */
export const tipId = (entryId: string): string => `glossary-tip-${entryId}`

const matchers = new WeakMap<GlossaryTips, GlossaryMatcher>()

/** The matcher of a glossary, made once (the render context and the route manifest keep the same object for every page). */
export function matcherOf(tips: GlossaryTips): GlossaryMatcher {
  let matcher = matchers.get(tips)
  if (!matcher) {
    matcher = glossaryMatcher(tips.entries.map((entry) => entry.words))
    matchers.set(tips, matcher)
  }
  return matcher
}

function isSkipped(node: Element): boolean {
  if (SKIPPED.has(node.tagName)) return true
  const classes = node.properties?.className
  if (Array.isArray(classes) && classes.some((name) => SKIPPED_CLASSES.includes(String(name)))) return true
  return node.properties?.role === 'tooltip' || node.properties?.hidden === true || node.properties?.ariaHidden === 'true' || node.properties?.ariaHidden === true
}

type TipEntry = GlossaryTips['entries'][number]

/** The marked term: a link to its entry, described by its tooltip. */
function termNode(text: string, entry: TipEntry, href: string): Element {
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['glossary-term'] },
    children: [
      { type: 'element', tagName: 'a', properties: { href: `${href}#${entry.id}`, ariaDescribedBy: [tipId(entry.id)] }, children: [{ type: 'text', value: text }] },
      { type: 'element', tagName: 'span', properties: { role: 'tooltip', id: tipId(entry.id), className: ['glossary-tip'] }, children: copyNodes(entry.tip) },
    ],
  }
}

/** Each entry's marked terms as HTML, by the glossary's address and the words as written on the page. */
const termHtml = new WeakMap<TipEntry, Map<string, string>>()

/**
 * The marked term as HTML, written once per entry and spelling and inserted
 * as it is where the page is written as HTML (trusted-html.ts), instead of
 * its nodes copied into every page and written again: writing the terms was
 * most of what marking cost (the glossary bench). It is made from the
 * sanitized definition (tip.ts) and the page's text, by the same `toHtml`.
 */
function termAsHtml(text: string, entry: TipEntry, href: string): ElementContent {
  let written = termHtml.get(entry)
  if (!written) termHtml.set(entry, (written = new Map()))
  const key = `${href}\n${text}`
  let html = written.get(key)
  if (html === undefined) written.set(key, (html = toHtml(termNode(text, entry, href))))
  // hast's `raw` is mdast-util-to-hast's extension of the node types, which toHtml writes as it is.
  return { type: 'raw', value: html } as unknown as ElementContent
}

/** Marks the first use of each entry in the tree, in document order. */
export function markTerms(tree: Root, data: GlossaryFileData, rawTerms = false): void {
  const { tips, href } = data
  if (tips.entries.length === 0) return
  const matcher = matcherOf(tips)
  const used = new Set<number>()
  const walk = (parent: { children: Array<RootContent | ElementContent> }): void => {
    for (let i = 0; i < parent.children.length; i++) {
      const node = parent.children[i]!
      if (node.type === 'element') {
        if (!isSkipped(node)) walk(node)
        continue
      }
      // MDX: a component's Markdown children (a callout's) are prose; an inline component's children may be read as its value, so stay as written.
      if ((node.type as string) === 'mdxJsxFlowElement') {
        walk(node as unknown as { children: ElementContent[] })
        continue
      }
      if (node.type !== 'text' || used.size === tips.entries.length) continue
      const fresh: GlossaryMatch[] = []
      for (const match of matcher.matches(node.value)) {
        if (used.has(match.entry)) continue
        used.add(match.entry)
        fresh.push(match)
      }
      if (fresh.length === 0) continue
      const pieces: ElementContent[] = []
      let at = 0
      for (const match of fresh) {
        if (match.index > at) pieces.push({ type: 'text', value: node.value.slice(at, match.index) })
        pieces.push(rawTerms ? termAsHtml(match.text, tips.entries[match.entry]!, href) : termNode(match.text, tips.entries[match.entry]!, href))
        at = match.index + match.text.length
      }
      if (at < node.value.length) pieces.push({ type: 'text', value: node.value.slice(at) })
      parent.children.splice(i, 1, ...pieces)
      i += pieces.length - 1
    }
  }
  walk(tree)
}

/** rehype plugin: the page's glossary terms marked, when its file carries a glossary. */
export function rehypeGlossary() {
  return (tree: Root, file: VFile) => {
    const data = (file.data as { glossary?: GlossaryFileData }).glossary
    if (data) markTerms(tree, data, allowsTrustedHtml(file))
  }
}
