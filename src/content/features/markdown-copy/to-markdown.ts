/**
 * A page as clean Markdown, for tools and assistants: made from the HTML the
 * site publishes (sanitized, with shortcodes, includes, people blocks and MDX
 * components already rendered), so nothing is resolved twice and no unsafe
 * HTML can come back. The title is the one `# H1`; links and images point to
 * absolute URLs of the site; callouts become quotations with a bold title,
 * tab panels a bold label and their content; embeds become links.
 */
import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast'
import type { Content as MdastContent, Root as MdastRoot } from 'mdast'
import { fromHtml } from 'hast-util-from-html'
import { toMdast } from 'hast-util-to-mdast'
import { toMarkdown } from 'mdast-util-to-markdown'
import { gfmToMarkdown } from 'mdast-util-gfm'
import { mathToMarkdown } from 'mdast-util-math'
import { texSourceOf } from '../math/tex-source'
import { toString as hastToString } from 'hast-util-to-string'
import { sameTitle } from '../../page/title'
import { headingLine } from './markdown-text'
import { classesOf } from '../../publish/built-page'

export interface MarkdownCopyInput {
  title: string
  /** The page's body as published: RenderedPage.html, or the `.markdown` element of the page Gatsby wrote. Rewritten in place (a fresh parse each time: no copy is made). */
  body: HastRoot
  /** The page's own absolute URL (`#fragment` links resolve against it). */
  pageUrl: string
  /** The site's origin, e.g. `https://handbook.example.com` (hrefs in the HTML already carry the path prefix). */
  siteUrl: string
}

/** Chrome of the HTML page that means nothing in Markdown: heading "#" links, icons, footnote back links, photos, hidden controls. */
function isChrome(node: Element): boolean {
  const classes = classesOf(node)
  if (node.properties?.hidden) return true
  // A tooltip (a glossary term's definition) shows on hover: the term's link to its entry stays.
  if (node.properties?.role === 'tooltip') return true
  if (node.tagName === 'input') return node.properties?.type !== 'checkbox'
  if (classes.includes('heading-anchor') || classes.includes('person-photo') || classes.includes('person-initials')) return true
  if (node.properties?.ariaHidden === 'true' || node.properties?.ariaHidden === true) return true
  if (node.properties?.dataFootnoteBackref !== undefined) return true
  return ['button', 'script', 'style', 'template', 'svg'].includes(node.tagName)
}

/** A link or image address as an absolute URL of the site; other schemes stay as they are. */
export function absoluteHref(href: string, pageUrl: string, siteUrl: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return href
  if (href.startsWith('#')) return `${pageUrl}${href}`
  if (href.startsWith('/')) return `${siteUrl.replace(/\/+$/, '')}${href}`
  return new URL(href, `${pageUrl}/`).href
}

/** A task list item as hast-util-to-mdast reads one: its checkbox at the start of a paragraph. */
function wrapTaskItem(item: Element): void {
  const first = item.children.find((node) => node.type === 'element' || (node.type === 'text' && node.value.trim() !== ''))
  if (first?.type !== 'element' || first.tagName !== 'input') return
  const flow = item.children.some((node) => node.type === 'element' && ['p', 'ul', 'ol', 'div', 'pre', 'blockquote'].includes(node.tagName))
  if (!flow) item.children = [{ type: 'element', tagName: 'p', properties: {}, children: item.children }]
}

/** The `pre` of a diagram's "Diagram source". */
function diagramSourceOf(figure: Element): Element | undefined {
  const details = figure.children.find((node): node is Element => node.type === 'element' && node.tagName === 'details')
  return details?.children.find((node): node is Element => node.type === 'element' && node.tagName === 'pre')
}

/** Formulas between dollars; prices in prose unescaped ("$5 and $10"): by pandoc's rule, which the site's math follows, they are not math. */
const MATH_TO_MARKDOWN = ((math) => ({ ...math, unsafe: (math.unsafe ?? []).filter((pattern) => !(pattern.character === '$' && pattern.inConstruct === 'phrasing')) }))(mathToMarkdown())

/** Unpadded tables: padding every cell to the widest costs kilobytes in llms-full.txt and tells a reader nothing. Made once: its escaping patterns keep their compiled expressions from page to page. */
const GFM_TO_MARKDOWN = gfmToMarkdown({ tablePipeAlign: false })

/** A formula's TeX, between simplify and toMdast. */
const MATH_TAG = 'handbook-math'

/** The formula as mdast-util-math's node, which mathToMarkdown writes between dollars. */
function mathNode(_state: unknown, element: Element): MdastContent {
  const value = hastToString(element).trim()
  return (element.properties?.display ? { type: 'math', value } : { type: 'inlineMath', value }) as unknown as MdastContent
}

const strong = (children: ElementContent[]): Element => ({ type: 'element', tagName: 'strong', properties: {}, children })

/** Rewrites the published HTML into what reads well as Markdown, in place. */
function simplify(parent: HastRoot | Element, input: MarkdownCopyInput): void {
  const kept: RootContent[] = []
  for (const child of parent.children) {
    if (child.type === 'comment') continue
    if (child.type !== 'element') {
      kept.push(child)
      continue
    }
    if (isChrome(child)) continue
    // KaTeX's drawing as the TeX it was drawn from, written `$…$` / `$$…$$` (mathToMarkdown), not its MathML's text.
    const tex = texSourceOf(child)
    if (tex !== undefined) {
      const display = tex.startsWith('$$')
      kept.push({ type: 'element', tagName: MATH_TAG, properties: { display }, children: [{ type: 'text', value: display ? tex.slice(3, -3) : tex.slice(1, -1) }] })
      continue
    }
    const classes = classesOf(child)
    // A drawn diagram (features/diagrams): its ```mermaid source, which a reader of Markdown draws or reads.
    const diagramSource = classes.includes('diagram') ? diagramSourceOf(child) : undefined
    if (diagramSource) {
      kept.push(diagramSource)
      continue
    }
    if (child.tagName === 'a' && typeof child.properties?.href === 'string') child.properties.href = absoluteHref(child.properties.href, input.pageUrl, input.siteUrl)
    if (child.tagName === 'img' && typeof child.properties?.src === 'string') child.properties.src = absoluteHref(child.properties.src, input.pageUrl, input.siteUrl)
    if (classes.includes('callout')) child.tagName = 'blockquote'
    if (classes.includes('callout-title') || classes.includes('tab-label')) child.children = [strong(child.children)]
    if (child.tagName === 'summary') child.children = [{ type: 'element', tagName: 'p', properties: {}, children: [strong(child.children)] }]
    if (child.tagName === 'li') wrapTaskItem(child)
    if (child.tagName === 'iframe' && typeof child.properties?.src === 'string') {
      const label = String(child.properties.title ?? child.properties.src)
      const href = absoluteHref(child.properties.src, input.pageUrl, input.siteUrl)
      kept.push({ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'element', tagName: 'a', properties: { href }, children: [{ type: 'text', value: label }] }] })
      continue
    }
    simplify(child, input)
    kept.push(child)
  }
  parent.children = kept as typeof parent.children
}

/** A leading H1 that says the title again (the title is written once, above it). */
function dropRepeatedTitle(tree: HastRoot, title: string): void {
  const first = tree.children.findIndex((node) => node.type === 'element' || (node.type === 'text' && node.value.trim() !== ''))
  const node = tree.children[first]
  if (node?.type === 'element' && node.tagName === 'h1' && sameTitle(hastToString(node).trim(), title)) tree.children.splice(first, 1)
}

export function pageMarkdown(input: MarkdownCopyInput): string {
  const tree = input.body
  simplify(tree, input)
  dropRepeatedTitle(tree, input.title)
  const mdast = toMdast(tree, { handlers: { [MATH_TAG]: mathNode } }) as MdastRoot
  const body = toMarkdown(mdast, {
    bullet: '-',
    emphasis: '_',
    fences: true,
    listItemIndent: 'one',
    rule: '-',
    extensions: [GFM_TO_MARKDOWN, MATH_TO_MARKDOWN],
  }).trim()
  return `${headingLine(1, input.title)}\n${body ? `\n${body}\n` : ''}`
}

/** A body's HTML (RenderedPage.html) as a tree. */
export function bodyOfHtml(html: string): HastRoot {
  return fromHtml(html, { fragment: true })
}
