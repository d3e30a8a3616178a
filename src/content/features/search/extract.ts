/**
 * What search reads of a page: plain text, cut into sections at its h2 and h3
 * headings so a result can point at `page#heading`. `.md` pages are read from
 * the HTML the site publishes (so heading ids are exactly the page's);
 * `.mdx` pages from their source, parsed like the MDX plugins parse it, with
 * components' text kept and their code (imports, expressions) left out.
 */
import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast'
import type { Root as MdastRoot, Content as MdastContent } from 'mdast'
import { fromHtml } from 'hast-util-from-html'
import { parseMarkdown } from '../../markdown/parse'
import { takeTitleHeading } from '../../markdown/title-heading'
import { parseSource } from '../../frontmatter'
import type { HeadingInfo } from '../../links/heading'
import type { ExtractedSection } from '../../markdown/render'
import { texSourceOf } from '../math/tex-source'
import { remarkHandbookMath } from '../math/remark-math'

/** The math syntax, so an `.mdx` page's `$\frac{1}{2}$` is math (its TeX kept), not `{1}` expressions left out. */
const MATH_SYNTAX = [remarkHandbookMath]

// Where handbook.ts and people/ import it from.

/** Headings that start a section. Deeper ones stay in their section's text. */
const SECTION_DEPTH = 3

/** Elements that do not flow inline: their text is kept apart from the next word. */
// biome-ignore format: a list laid out by hand, several to a line
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark', 'q', 's',
  'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr',
])

function hasClass(node: Element, name: string): boolean {
  const classes = node.properties?.className
  return Array.isArray(classes) && classes.includes(name)
}

/** Whitespace runs to one space; no space before punctuation that follows inline elements. */
export function tidyText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/ ([,.;:!?)\]])/g, '$1')
    .trim()
}

class SectionWriter {
  readonly sections: ExtractedSection[] = []
  private text: string[] = []
  private code: string[] = []
  private current: Omit<ExtractedSection, 'text' | 'code'> = { anchor: '', heading: '', depth: 0 }

  start(anchor: string, heading: string, depth: number): void {
    this.flush()
    this.current = { anchor, heading, depth }
  }

  addText(value: string): void {
    this.text.push(value)
  }

  addCode(value: string): void {
    this.code.push(value)
  }

  flush(): void {
    const text = tidyText(this.text.join(''))
    const code = this.code
      .map((block) => block.trim())
      .filter(Boolean)
      .join('\n')
    if (text || code || this.current.heading) this.sections.push({ ...this.current, text, code })
    this.text = []
    this.code = []
  }

  finish(): ExtractedSection[] {
    this.flush()
    return this.sections
  }
}

function hastText(node: HastContent | HastRoot): string {
  if (node.type === 'text') return node.value
  if (node.type !== 'element' && node.type !== 'root') return ''
  // A formula in a heading: its TeX, as in the text.
  const tex = node.type === 'element' ? texSourceOf(node) : undefined
  if (tex !== undefined) return tex
  return node.children.map(hastText).join('')
}

/** Sections of a published `.md` page, read from its HTML (or the HTML already parsed, which is only read). */
export function sectionsFromHtml(html: string | HastRoot): ExtractedSection[] {
  const writer = new SectionWriter()
  const walk = (node: HastContent): void => {
    if (node.type === 'text') {
      writer.addText(node.value)
      return
    }
    if (node.type !== 'element') return
    const tag = node.tagName
    // The "#" link beside each heading, footnote back-links: navigation, not content.
    // Not the page's words: heading anchors, footnote back links, the label of a shortcode the handbook does not know.
    if (hasClass(node, 'heading-anchor') || hasClass(node, 'shortcode-unknown-name') || node.properties?.dataFootnoteBackref !== undefined) return
    if (tag === 'script' || tag === 'style' || tag === 'template') return
    // A tooltip repeats words defined elsewhere (a glossary term's definition, found on /glossary).
    if (node.properties?.role === 'tooltip') return
    // A drawn diagram (features/diagrams): its source is what search knows, as code; the SVG's text is labels in no order.
    if (tag === 'svg') return
    if (tag === 'details' && hasClass(node, 'diagram-source')) {
      for (const child of node.children) if (child.type === 'element' && child.tagName === 'pre') writer.addCode(hastText(child))
      return
    }
    // KaTeX's drawing reads as the formula twice, garbled: its TeX instead.
    const tex = texSourceOf(node)
    if (tex !== undefined) {
      writer.addText(tex)
      return
    }
    const level = /^h([1-6])$/.exec(tag)
    if (level && Number(level[1]) <= SECTION_DEPTH && typeof node.properties?.id === 'string' && !hasClass(node, 'sr-only')) {
      writer.start(node.properties.id, tidyText(hastText(node)), Number(level[1]))
      return
    }
    if (tag === 'pre') {
      writer.addCode(hastText(node))
      return
    }
    if (tag === 'img') {
      const alt = node.properties?.alt
      if (typeof alt === 'string' && alt) writer.addText(` ${alt} `)
      return
    }
    const block = !INLINE.has(tag)
    if (block) writer.addText(' ')
    for (const child of node.children) walk(child)
    if (block) writer.addText(' ')
  }
  for (const node of (typeof html === 'string' ? fromHtml(html, { fragment: true }) : html).children) walk(node)
  return writer.finish()
}

type MdxNode = MdastContent | MdastRoot

/** A JSX attribute given as a plain string, such as a Callout's title. */
function jsxTitle(node: MdxNode): string {
  const attributes = (node as { attributes?: Array<{ type: string; name?: string; value?: unknown }> }).attributes ?? []
  const title = attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'title')
  return typeof title?.value === 'string' ? title.value : ''
}

function mdastText(node: MdxNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value
  if (node.type === 'inlineMath') return `$${node.value}$`
  if (node.type === 'math') return `$$\n${node.value}\n$$`
  if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression' || node.type === 'mdxjsEsm') return ''
  if ('children' in node) return (node.children as MdxNode[]).map(mdastText).join('')
  return ''
}

/**
 * Sections of an `.mdx` page from its syntax tree. Heading ids are the ones
 * the page was given (`headings`, in document order), so they match the
 * rendered page.
 */
export function sectionsFromMdxTree(tree: MdastRoot, headings: readonly HeadingInfo[]): ExtractedSection[] {
  const writer = new SectionWriter()
  let headingIndex = 0
  const walk = (node: MdxNode): void => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        writer.addText(node.value)
        return
      case 'code':
        writer.addCode(node.value)
        return
      case 'inlineMath':
      case 'math':
        writer.addText(mdastText(node))
        return
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
      case 'html':
      case 'yaml':
      case 'definition':
        return
      case 'image':
        if (node.alt) writer.addText(` ${node.alt} `)
        return
      case 'heading': {
        const info = headings[headingIndex++]
        const text = tidyText(mdastText(node))
        if (node.depth <= SECTION_DEPTH && info) {
          writer.start(info.id, text, node.depth)
          return
        }
        writer.addText(` ${text} `)
        return
      }
      default:
        break
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const title = jsxTitle(node)
      if (title) writer.addText(` ${title} `)
    }
    if (!('children' in node)) return
    const block =
      node.type !== 'paragraph' && node.type !== 'emphasis' && node.type !== 'strong' && node.type !== 'delete' && node.type !== 'link' && node.type !== 'linkReference' && node.type !== 'mdxJsxTextElement'
    if (block) writer.addText(' ')
    for (const child of node.children as MdxNode[]) walk(child)
    writer.addText(' ')
  }
  walk(tree)
  return writer.finish()
}

/** Sections of an `.mdx` file: its source parsed again without frontmatter and title heading. */
export function sectionsFromMdxSource(source: string, frontmatterTitle: string | undefined, headings: readonly HeadingInfo[], keep = false): ExtractedSection[] {
  const { body } = parseSource('page.mdx', source)
  const tree = parseMarkdown(body, 'mdx', { remark: MATH_SYNTAX })
  takeTitleHeading(tree, frontmatterTitle, { keep })
  return sectionsFromMdxTree(tree, headings)
}

/** What extraction needs of a loaded page. */
export interface ExtractablePage {
  format: 'md' | 'mdx'
  html: string
  /** The page file's text, as read at loading. */
  source: string
  headings: readonly HeadingInfo[]
  frontmatter: { title?: string | undefined; showTitle?: boolean }
}

export function extractSections(page: ExtractablePage): ExtractedSection[] {
  if (page.format === 'md') return sectionsFromHtml(page.html)
  return sectionsFromMdxSource(page.source, page.frontmatter.title, page.headings, page.frontmatter.showTitle === false)
}
