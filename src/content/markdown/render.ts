/**
 * Renders one `.md` page to HTML, and reads what the rest of the site needs
 * from it: its title heading, headings with their ids, table of contents,
 * links, and a plain-text excerpt. `.mdx` pages get the same reading without
 * the HTML, which gatsby-plugin-mdx produces. Directives (`:person[id]`…)
 * are applied right after parsing, by the handlers given (markdown/directives.ts);
 * without handlers a page renders exactly as without the directive syntax.
 */
import type { Root as MdastRoot, Paragraph } from 'mdast'
import type { Root as HastRoot } from 'hast'
import { toHast } from 'mdast-util-to-hast'
import { raw } from 'hast-util-raw'
import { toHtml } from 'hast-util-to-html'
import { toString as mdastToString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import type { Node as UnistNode } from 'unist'
import { VFile } from 'vfile'
import { parseMarkdown, type PageFormat } from './parse'
import { takeTitleHeading } from './title-heading'
import { applyCustomHeadingIds, type HeadingInfo } from './heading-ids'
import { applyAlerts } from './alerts'
import { restrictEmbeds, sanitizeTree } from './sanitize'
import { finishPageTree, TO_HAST_OPTIONS } from './page-tree'
import { mdxTreeToHast } from './mdx'
import type { LinkContext, LinkUse } from './rewrite-links'
import { applyDirectives, mentionsDirectives } from './directives'
import { shieldDirectiveOutput } from './directive-output'
import type { DirectiveHandlers, DirectiveProblem } from './directive-handlers'

export interface TocEntry {
  depth: number
  id: string
  text: string
}

export interface RenderedPage {
  /** Text of the page's first H1, if any. */
  titleHeading?: string
  /** HTML of the body; empty for `.mdx`. */
  html: string
  headings: HeadingInfo[]
  toc: TocEntry[]
  links: LinkUse[]
  /** Every id a link can point to with #fragment: headings, raw HTML anchors, footnotes. */
  anchors: string[]
  /** First paragraph as plain text, for descriptions. */
  excerpt: string
  /** What directive handlers reported, at the directive's line; absent when none. */
  problems?: DirectiveProblem[]
}

export interface RenderInput {
  body: string
  format: PageFormat
  frontmatterTitle?: string
  link: LinkContext
  iframeHosts: readonly string[]
  /** Handlers of the page's directives by name (people and team blocks); without them every directive is text. */
  directives?: DirectiveHandlers
}

const EXCERPT_LENGTH = 200

export function excerptOf(tree: MdastRoot): string {
  let text = ''
  // As a plain unist tree: with the directive node types in mdast, tsc's inference of every descendant type goes too deep.
  visit(tree as UnistNode, 'paragraph', (node) => {
    if (text) return false
    const value = mdastToString(node as Paragraph).replace(/\s+/g, ' ').trim()
    if (value.length >= 20) text = value
    return undefined
  })
  if (text.length <= EXCERPT_LENGTH) return text
  const cut = text.slice(0, EXCERPT_LENGTH)
  return `${cut.slice(0, cut.lastIndexOf(' ') > 100 ? cut.lastIndexOf(' ') : EXCERPT_LENGTH).trim()}…`
}

export function tocOf(headings: readonly HeadingInfo[]): TocEntry[] {
  return headings.filter((h) => h.depth === 2 || h.depth === 3).map(({ depth, id, text }) => ({ depth, id, text }))
}

function renderMarkdown(tree: MdastRoot, input: RenderInput, file: VFile): Omit<RenderedPage, 'titleHeading' | 'excerpt'> {
  applyCustomHeadingIds(tree)
  applyAlerts(tree)
  // Directive HTML is the handlers' (trusted, like MDX output): it goes in after sanitizing, as it is.
  const shield = shieldDirectiveOutput(input.body)
  const hast = raw(toHast(tree, { ...TO_HAST_OPTIONS, allowDangerousHtml: true, handlers: shield.handlers }) as HastRoot, file) as HastRoot
  const clean = sanitizeTree(hast)
  restrictEmbeds(clean, input.iframeHosts)
  shield.restore(clean)
  const { links, headings, anchors } = finishPageTree(clean, { link: input.link })
  return { html: toHtml(clean), headings, toc: tocOf(headings), links, anchors }
}

/** MDX: headings, links and anchors read from the HTML tree the MDX compiler will make, treated by the same function as the plugins. */
function readMdx(tree: MdastRoot, input: RenderInput): Omit<RenderedPage, 'titleHeading' | 'excerpt'> {
  const { links, headings, anchors } = finishPageTree(mdxTreeToHast(tree), { link: input.link })
  return { html: '', headings, toc: tocOf(headings), links, anchors }
}

/** The page's syntax tree with its directives applied, as the MDX plugin does for `.mdx` (markdown/mdx.ts). */
function parsePage(input: RenderInput): { tree: MdastRoot; problems: DirectiveProblem[] } {
  const source = input.body
  const handlers: DirectiveHandlers = input.directives ?? new Map()
  if (input.format === 'mdx') {
    // The MDX compiler always parses with the directive syntax (a mistake in `{…}` may parse only so).
    const tree = parseMarkdown(source, 'mdx', { directives: true })
    const parsePlain = () => {
      try {
        return parseMarkdown(source, 'mdx')
      } catch {
        return undefined
      }
    }
    return { tree, problems: applyDirectives(tree, { source, handlers, parsePlain }) }
  }
  if (!mentionsDirectives(source, handlers, false)) return { tree: parseMarkdown(source, 'md'), problems: [] }
  const tree = parseMarkdown(source, 'md', { directives: true })
  return { tree, problems: applyDirectives(tree, { source, handlers, parsePlain: () => parseMarkdown(source, 'md') }) }
}

export function renderPage(input: RenderInput): RenderedPage {
  const file = new VFile({ value: input.body })
  const { tree, problems } = parsePage(input)
  const title = takeTitleHeading(tree, input.frontmatterTitle)
  const excerpt = excerptOf(tree)
  const rendered = input.format === 'mdx' ? readMdx(tree, input) : renderMarkdown(tree, input, file)
  return { ...rendered, excerpt, ...(title.text ? { titleHeading: title.text } : {}), ...(problems.length ? { problems } : {}) }
}
