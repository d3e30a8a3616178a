/**
 * Renders one `.md` page to HTML, and reads what the rest of the site needs
 * from it: its title heading, headings with their ids, table of contents,
 * links, and a plain-text excerpt. `.mdx` pages get the same reading without
 * the HTML, which gatsby-plugin-mdx produces. Directives (`:person[id]`…)
 * and shortcodes are applied right after parsing (markdown/parse-page.ts);
 * without handlers a page renders exactly as without the directive syntax.
 */
import type { LinkLookup } from '../links/link-lookups'
import type { Root as MdastRoot, Paragraph } from 'mdast'
import type { Root as HastRoot } from 'hast'
import { toHast } from 'mdast-util-to-hast'
import { toHtml } from 'hast-util-to-html'
import { toString as mdastToString } from 'mdast-util-to-string'
import { visit } from '../common/visit'
import type { Node as UnistNode } from 'unist'
import { VFile } from 'vfile'
import type { MarkdownPlugins, PageFormat } from './parse'
import { runWingPlugins, wingProblems } from './wing-markdown'
import { parsePage, type ShortcodeSetting } from './parse-page'
import { takeTitleHeading } from './title-heading'
import { addTitleAnchors } from './title-anchor'
import { applyCustomHeadingIds } from './heading-ids'
import type { HeadingInfo } from '../links/heading'
import { applyAlerts } from './alerts'
import { applyDefaultTitles, type CalloutTitles } from './callout-titles'
import { restrictEmbeds, sanitizeTree } from './sanitize'
import { allowTrustedHtml } from './trusted-html'
import { finishPageTree, TO_HAST_OPTIONS } from './page-tree'
import { EXTRAS_HAST_HANDLERS, type MarkdownExtras } from './dialect'
import { mdxTreeToHast } from './mdx'
import type { LinkContext } from './rewrite-links'
import type { LinkUse } from '../links/links'
import { shieldDirectiveOutput } from './directive-output'
import { withRawHtmlRead } from './raw-html'
import type { DirectiveHandlers, DirectiveProblem } from './directive-handlers'
import type { SourceTool } from '../source/tool'
import type { PageTreeContext } from './page-tree'
import type { CompiledComponents } from '../load/compile-components'
import type { ComponentUses } from './md-components'
import { drawComponents, shieldComponents } from './draw-components'
import { titleSource } from '../../shared/title'

export interface TocEntry {
  depth: number
  id: string
  text: string
}

/** A section of a page as search indexes it, cut from its HTML by search/extract.ts (on the render worker, so cached with the page). */
export interface ExtractedSection {
  /** Heading id; "" for the text before the first heading. */
  anchor: string
  /** Heading text; "" for the text before the first heading. */
  heading: string
  depth: number
  /** Prose, lists, tables and inline code as plain text. */
  text: string
  /** Code blocks, searchable but ranked low. */
  code: string
}

export interface RenderedPage {
  /** Text of the page's first H1, if any. */
  titleHeading?: string
  /** The same H1 as a title is written (src/shared/title.ts: text escaped, `*x*` and inline HTML as tags), when that is not its text escaped. */
  titleHeadingMarkup?: string
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
  /** The page as Markdown for tools (`<url>.md`), when the build writes copies: made on the render worker and cached with the page. */
  markdownCopy?: string
  /** The page's search sections, cut from its HTML on the render worker when the build writes a search index (`.md` pages). */
  searchSections?: ExtractedSection[]
  /** What the page's links asked of the site's pages and files, with the answers (`.md` pages; see link-lookups.ts). */
  lookups?: LinkLookup[]
  /** Stylesheets the page's content needs, as URLs from the site's root (KaTeX's on a page with math): asked for by the wings' plugins (`file.data.stylesheets`). */
  stylesheets?: string[]
}

export interface RenderInput {
  body: string
  format: PageFormat
  frontmatterTitle?: string
  /** `showTitle: false`: the title is hidden, so the body keeps the `# heading` it is taken from (title-heading.ts). */
  keepTitleHeading?: true
  /** The page's label in the old tool's navigation (GitBook's SUMMARY.md), its title when it gives none (title-heading.ts). */
  navigationTitle?: string
  link: LinkContext
  iframeHosts: readonly string[]
  /** Handlers of the page's directives by name (people and team blocks); without them every directive is text. */
  directives?: DirectiveHandlers
  /** Hugo/GitBook shortcodes in `.md`; without it they stay text. */
  shortcodes?: ShortcodeSetting
  /** The generator the handbook comes from, when one was recognised: its heading ids are kept beside ours, so old links keep working. */
  sourceTool?: SourceTool
  /** The Markdown the old tool read beyond CommonMark and GFM (dialect.ts): definition lists, Markdown in HTML blocks, abbreviations. */
  markdownExtras?: MarkdownExtras
  /** The handbook's own components (`_components/`), which `.md` pages use as `.mdx` pages do; `compiled` draws them (without it, their children stand in). */
  components?: { names: readonly string[]; compiled?: CompiledComponents }
  /** The feature wings' plugins (features.ts `markdownPlugins`): their syntax when parsing, their transforms after the core's. */
  markdown?: MarkdownPlugins
  /** What the wings' plugins read from the page's file (`file.data`), as the MDX compiler gives it them too (mdx.ts): the glossary. */
  fileData?: Record<string, unknown>
  /** Callouts' titles in the page's language (callout-titles.ts: GitHub alerts', and the others' when the editor wrote none); English without. */
  calloutTitles?: CalloutTitles
}

const EXCERPT_LENGTH = 200

export function excerptOf(tree: MdastRoot): string {
  let text = ''
  // As a plain unist tree: with the directive node types in mdast, tsc's inference of every descendant type goes too deep.
  visit(tree as UnistNode, 'paragraph', (node) => {
    if (text) return false
    const value = mdastToString(node as Paragraph)
      .replace(/\s+/g, ' ')
      .trim()
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

/** What the page tree step needs of the input: where links resolve, and the old tool's heading ids. */
function pageTreeContext(input: RenderInput): PageTreeContext {
  return { link: input.link, ...(input.sourceTool ? { formerIds: { tool: input.sourceTool, markdown: input.body } } : {}) }
}

function renderMarkdown(
  tree: MdastRoot,
  input: RenderInput,
  file: VFile,
  components: ComponentUses | undefined,
  /** The text of the `# Title` taken out of the body for the page's title, whose id is kept (title-anchor.ts). */
  titleTaken?: string,
): Omit<RenderedPage, 'titleHeading' | 'titleHeadingMarkup' | 'excerpt'> & { drawn: DirectiveProblem[] } {
  applyCustomHeadingIds(tree)
  applyAlerts(tree, input.calloutTitles)
  applyDefaultTitles(tree, input.calloutTitles)
  runWingPlugins(tree, input.markdown?.remark, file)
  // Directive HTML is the handlers' (trusted, like MDX output): it goes in after sanitizing, as it is.
  const shield = shieldDirectiveOutput(input.body)
  const hast = withRawHtmlRead(toHast(tree, { ...TO_HAST_OPTIONS, allowDangerousHtml: true, handlers: { ...EXTRAS_HAST_HANDLERS, ...shield.handlers } }) as HastRoot, file)
  if (components) shieldComponents(hast, components)
  const clean = sanitizeTree(hast)
  restrictEmbeds(clean, input.iframeHosts)
  shield.restore(clean)
  // The handbook's components, trusted as directive output is: drawn after sanitizing, around the cleaned children.
  const drawn = components ? drawComponents(clean, components, input.components?.compiled) : []
  const { links, headings, anchors } = finishPageTree(clean, pageTreeContext(input))
  if (titleTaken) addTitleAnchors(clean, titleTaken, input.sourceTool, anchors)
  // The wings' HTML (KaTeX's) is theirs, trusted as directive output is: after sanitizing, and after headings and links are read.
  allowTrustedHtml(file)
  runWingPlugins(clean, input.markdown?.rehype, file)
  // Raw nodes are the wings' own HTML alone (trusted-html.ts): the sanitizer removed every other.
  return { html: toHtml(clean, { allowDangerousHtml: true }), headings, toc: tocOf(headings), links, anchors, drawn }
}

/**
 * MDX: headings, links and anchors read from the HTML tree the MDX compiler
 * will make, treated by the same function as the plugins. The wings' plugins
 * run as they will in the compiler, for what they report (the HTML is the compiler's).
 */
function readMdx(tree: MdastRoot, input: RenderInput, file: VFile): Omit<RenderedPage, 'titleHeading' | 'titleHeadingMarkup' | 'excerpt'> {
  runWingPlugins(tree, input.markdown?.remark, file)
  const hast = mdxTreeToHast(tree)
  const { links, headings, anchors } = finishPageTree(hast, pageTreeContext(input))
  runWingPlugins(hast, input.markdown?.rehype, file)
  return { html: '', headings, toc: tocOf(headings), links, anchors }
}

export function renderPage(input: RenderInput): RenderedPage {
  const { tree, problems, text, lineOf, components } = parsePage({
    body: input.body,
    format: input.format,
    sourcePath: input.link.from.sourcePath,
    ...(input.directives ? { directives: input.directives } : {}),
    ...(input.shortcodes ? { shortcodes: input.shortcodes } : {}),
    ...(input.sourceTool ? { sourceTool: input.sourceTool } : {}),
    ...(input.markdownExtras ? { markdownExtras: input.markdownExtras } : {}),
    ...(input.markdown?.remark ? { remark: input.markdown.remark } : {}),
    // Every `.md` page: an import line is never text, a capitalised tag that is no component is text.
    ...(input.format === 'md' ? { components: { names: input.components?.names ?? [], snippets: input.shortcodes?.includes ?? {}, ...(input.shortcodes?.files ? { files: input.shortcodes.files } : {}) } } : {}),
  })
  const title = takeTitleHeading(tree, input.frontmatterTitle, {
    leadingSubheading: input.sourceTool === 'gitbook',
    keep: input.keepTitleHeading === true,
    ...(input.navigationTitle !== undefined ? { navigationTitle: input.navigationTitle } : {}),
  })
  const excerpt = excerptOf(tree)
  // Positions point into the text parsed (Liquid's output, when it ran).
  const parsed = { ...input, body: text ?? input.body }
  const file = new VFile({ value: parsed.body, ...(input.fileData ? { data: { ...input.fileData } } : {}) })
  const { drawn, ...rendered } = input.format === 'mdx' ? { ...readMdx(tree, parsed, file), drawn: [] } : renderMarkdown(tree, parsed, file, components, title.removed ? title.text : undefined)
  problems.push(...drawn)
  problems.push(...wingProblems(file).map((problem) => (lineOf && problem.line !== undefined ? { ...problem, line: lineOf(problem.line) } : problem)))
  if (lineOf) {
    rendered.links = rendered.links.map((use) => (use.line === undefined ? use : { ...use, line: lineOf(use.line) }))
    rendered.headings = rendered.headings.map((heading) => (heading.line === undefined ? heading : { ...heading, line: lineOf(heading.line) }))
  }
  const stylesheets = (file.data as { stylesheets?: string[] }).stylesheets
  return {
    ...rendered,
    excerpt,
    ...(stylesheets?.length ? { stylesheets } : {}),
    ...(title.text ? { titleHeading: title.text } : {}),
    // Only when the heading has markup a title keeps or decodes differently: most headings are their text.
    ...(title.text && title.markup && title.markup !== titleSource(title.text) ? { titleHeadingMarkup: title.markup } : {}),
    ...(problems.length ? { problems } : {}),
  }
}
