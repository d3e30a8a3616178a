/**
 * `.mdx` pages get the same treatment as `.md` ones, as unified plugins for
 * gatsby-plugin-mdx: GFM, the title H1 rule, then `finishPageTree` on the
 * HTML tree (links, heading ids and anchors, Prism, task lists). The build
 * reads an MDX page's headings and links by taking its syntax tree through
 * the same HTML tree step and the same `finishPageTree`, so what it checks is
 * what the compiled page has.
 *
 * The compiler runs inside webpack, so the routes links resolve against come
 * from a manifest the source step writes; these factories take a function
 * returning it (reading the file is load/route-manifest.ts's job).
 *
 * Directives (markdown/directives.ts) work in `.mdx` as in `.md`, and so do
 * their component forms (`<Person id="jane_doe" />`): both are replaced at the
 * mdast stage by the handlers' HTML, so webpack never needs those components.
 * The compiler parses with the directive syntax always (attributes such as
 * `{slug="x" a="b"}` are not valid MDX expressions, so they must be read
 * while parsing); blocks without our directives are parsed again without it,
 * so they compile as before. One change remains: a `:::name` line opens a
 * container up to the next `:::`, so a JSX tag closed inside one is an error.
 */
import type { Content, Parent, Root as MdastRoot } from 'mdast'
import type { Root as HastRoot } from 'hast'
import { toHast } from 'mdast-util-to-hast'
import { remarkGfmSyntax as remarkGfm } from './gfm-syntax'
import remarkDirective from 'remark-directive'
import remarkParse from 'remark-parse'
import { unified, type Processor } from 'unified'
import { applyDirectives } from './directives'
import { applyDocusaurusTheme } from './docusaurus-theme'
import { applyCodeTitles, fencesHaveTitles } from './code-titles'
import type { PeopleContext } from '../features/people/types'
import { DIRECTIVE_TO_HAST_HANDLERS } from './directive-output'
import type { DirectiveHandlers } from './directive-handlers'
import { createLinkIndex, type LinkIndex, type Route, type SiteAddress } from '../links/links'
import { takeTitleHeading } from './title-heading'
import { finishPageTree, TO_HAST_OPTIONS, type PageTreeContext } from './page-tree'
import type { SourceTool } from '../source/tool'
import { importsOnlyComponents } from './mdx-imports'
import { remarkHtmlAttributes } from './mdx-html-attributes'
import type { MarkdownPlugins } from './parse'
import type { GlossaryTips } from '../features/glossary/types'

/** MDX's own node types, which @mdx-js/mdx passes through remark-rehype untouched (its `nodeTypes`). */
const MDX_NODE_TYPES = ['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm']

/** An MDX syntax tree as the HTML tree the MDX compiler makes of it (remark-rehype with our options). */
export function mdxTreeToHast(tree: MdastRoot): HastRoot {
  return toHast(tree, { ...TO_HAST_OPTIONS, allowDangerousHtml: true, passThrough: MDX_NODE_TYPES, handlers: DIRECTIVE_TO_HAST_HANDLERS }) as HastRoot
}

/**
 * What @mdx-js/mdx does to its tree before our plugins run (its
 * remark-mark-and-unravel), for blocks the directive step parses again: a
 * paragraph of only JSX and expressions becomes those, as flow, and JSX is
 * marked as written by the editor.
 */
export function unravelMdx(nodes: Content[]): Content[] {
  const isInline = (node: Content) => node.type === 'mdxJsxTextElement' || node.type === 'mdxTextExpression'
  const isBlank = (node: Content) => node.type === 'text' && /^[\t\r\n ]+$/.test(node.value)
  const walk = (list: Content[]): Content[] =>
    list.flatMap((node) => {
      if (node.type === 'paragraph' && node.children.some(isInline) && node.children.every((child) => isInline(child) || isBlank(child))) {
        return walk(node.children.filter((child) => !isBlank(child)).map((child) => ({ ...child, type: child.type === 'mdxJsxTextElement' ? 'mdxJsxFlowElement' : 'mdxFlowExpression' }) as Content))
      }
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') node.data = { ...node.data, _mdxExplicitJsx: true }
      if ('children' in node) (node as Parent).children = walk((node as Parent).children)
      return [node]
    })
  return walk(nodes)
}

interface EsmNode {
  type: 'mdxjsEsm'
  data?: { estree?: { body: Array<Parameters<typeof importsOnlyComponents>[0]> } }
}

/** Takes out the import statements whose bindings are all the handbook's components (what webpack could not resolve, and the provider gives). */
export function dropComponentImports(tree: MdastRoot, components: ReadonlySet<string>): void {
  const keep = (node: Content) => {
    const estree = (node as unknown as EsmNode).data?.estree
    if (node.type !== ('mdxjsEsm' as Content['type']) || !estree) return true
    estree.body = estree.body.filter((statement) => !importsOnlyComponents(statement, components))
    return estree.body.length > 0
  }
  tree.children = tree.children.filter(keep)
}

/** The processor's syntax extensions, to parse a file again without the ones `remarkDirective` added. */
interface ParserData {
  micromarkExtensions?: unknown[]
  fromMarkdownExtensions?: unknown[]
}

export interface MdxPageEntry {
  sourcePath: string
  url: string
  frontmatterTitle?: string
  /** `showTitle: false`: the body keeps its title heading (title-heading.ts). */
  keepTitleHeading?: true
  /** `glossary: false`: no glossary term is marked on the page. */
  glossary?: false
  /**
   * Lines of the page's file, frontmatter included: gatsby-plugin-mdx
   * compiles the body without its frontmatter (gray-matter's), so the lines
   * it lacks are put back before parsing and every position is the file's.
   */
  lines?: number
}

export interface RouteManifest {
  site: SiteAddress
  hrefPrefix: string
  routes: Route[]
  /** Non-page files links may point to. */
  files: string[]
  /** MDX pages by absolute file path. */
  mdx: Record<string, MdxPageEntry>
  /** The internal pages a public build leaves out (features/audience): links to them show as their text. */
  withheld?: Route[]
  /** What people and team blocks are drawn from. */
  people: PeopleContext
  /** The generator the handbook comes from, when one was recognised: its heading ids are kept beside ours (heading-aliases.ts). */
  sourceTool?: SourceTool
  /** The handbook's own components (`_components/`): imports of them are dropped, the provider gives them. */
  components?: string[]
  /** What glossary.yml marks pages with, when it has entries (the glossary wing's plugin reads it from the file's data). */
  glossary?: GlossaryTips
}

/** What the plugins read of the file being compiled. */
export interface VFileLike {
  path?: string
  /** The text compiled: heading positions point into it. */
  value?: unknown
  /** What plugins leave for later ones (vfile's `data`). */
  data?: Record<string, unknown>
}

/**
 * Remark and rehype plugins (and remark-rehype options) for gatsby-plugin-mdx's
 * `mdxOptions`. `current` is asked for the manifest on every file: in develop
 * it changes whenever the content is reloaded.
 */
export function handbookMdxPlugins(
  current: () => RouteManifest,
  /** The blocks of the page being compiled (its entry: a page in another language draws them in that language). */
  directivesFor: (manifest: RouteManifest, entry: MdxPageEntry | undefined) => DirectiveHandlers | undefined = () => undefined,
  wings: MarkdownPlugins = {},
  /** What the wings' plugins read from a page's file (`file.data`), as the render gives it them (render-jobs.ts): the glossary. */
  fileDataFor: (manifest: RouteManifest, entry: MdxPageEntry) => Record<string, unknown> | undefined = () => undefined,
) {
  let indexed: { manifest: RouteManifest; index: LinkIndex } | undefined
  const linkIndex = (manifest: RouteManifest): LinkIndex => {
    if (indexed?.manifest !== manifest) {
      const files = new Set(manifest.files)
      indexed = { manifest, index: createLinkIndex(manifest.routes, (p) => files.has(p), manifest.withheld) }
    }
    return indexed.index
  }
  const entryFor = (file: VFileLike) => (file.path ? current().mdx[file.path] : undefined)

  /**
   * The body gatsby-plugin-mdx compiles starts after the frontmatter, so its
   * errors (and every position) would count lines from there: `1:193` for
   * what the editor sees on line 8. The parser is given the missing lines
   * back, blank, so positions are the file's (as the check's, whose body
   * keeps them).
   */
  function remarkFileLines(this: Processor) {
    const parse = this.Parser as unknown as ((doc: string, file: VFileLike) => unknown) | undefined
    if (typeof parse !== 'function' || parse.prototype?.parse) return
    this.Parser = ((doc: string, file: VFileLike) => {
      const lines = entryFor(file)?.lines
      const missing = lines !== undefined ? lines - doc.split('\n').length : 0
      if (missing <= 0) return parse(doc, file)
      const padded = '\n'.repeat(missing) + doc
      // Later plugins read positions as offsets into the text: it is the padded one.
      file.value = padded
      return parse(padded, file)
    }) as unknown as Processor['Parser']
  }

  function remarkHandbookTitle() {
    return (tree: MdastRoot, file: VFileLike) => {
      const entry = entryFor(file)
      if (entry) takeTitleHeading(tree, entry.frontmatterTitle, { leadingSubheading: current().sourceTool === 'gitbook', keep: entry.keepTitleHeading === true })
    }
  }

  /** remark-directive, and the directives applied (ours replaced, every other one given its text back). */
  function remarkHandbookDirectives(this: Processor) {
    const data = this.data() as ParserData
    const before = new Set([...(data.micromarkExtensions ?? []), ...(data.fromMarkdownExtensions ?? [])])
    remarkDirective.call(this)
    const ours = new Set([...(data.micromarkExtensions ?? []), ...(data.fromMarkdownExtensions ?? [])].filter((extension) => !before.has(extension)))
    return (tree: MdastRoot, file: VFileLike & { value?: unknown; message?: (reason: string, place?: { line: number; column: number }, origin?: string) => unknown }) => {
      const source = String(file.value ?? '')
      const parsePlain = (): MdastRoot | undefined => {
        const without = (list: unknown[] | undefined) => (list ?? []).filter((extension) => !ours.has(extension))
        const plainData: ParserData = { micromarkExtensions: without(data.micromarkExtensions), fromMarkdownExtensions: without(data.fromMarkdownExtensions) }
        try {
          return unified()
            .use(remarkParse)
            .data(plainData as Record<string, unknown>)
            .parse(source) as MdastRoot
        } catch {
          return undefined
        }
      }
      const handlers = directivesFor(current(), entryFor(file)) ?? new Map()
      for (const problem of applyDirectives(tree, { source, handlers, parsePlain, adaptPlain: unravelMdx })) {
        // The build reports these from its own reading of the page (render.ts); here they are the compiler's warnings.
        file.message?.(problem.message, problem.line && problem.column ? { line: problem.line, column: problem.column } : undefined, `handbook:${problem.code}`)
      }
    }
  }

  /** Docusaurus' `@theme/` components as our blocks, their imports taken out (webpack has no such modules); in a Docusaurus handbook, fences' titles over them. */
  function remarkDocusaurusTheme() {
    return (tree: MdastRoot) => {
      applyDocusaurusTheme(tree)
      if (fencesHaveTitles(current().sourceTool)) applyCodeTitles(tree)
    }
  }

  /** Imports of the handbook's own components (`import { CalloutBox } from 'components/Docs/CalloutBox'`) taken out: the provider gives every page those. */
  function remarkComponentImports() {
    return (tree: MdastRoot) => {
      const names = current().components
      if (names?.length) dropComponentImports(tree, new Set(names))
    }
  }

  function rehypeHandbook() {
    return (tree: HastRoot, file: VFileLike) => {
      const entry = entryFor(file)
      let context: PageTreeContext = {}
      if (entry) {
        const manifest = current()
        context = {
          link: { from: { sourcePath: entry.sourcePath, url: entry.url }, index: linkIndex(manifest), site: manifest.site, hrefPrefix: manifest.hrefPrefix },
          ...(manifest.sourceTool ? { formerIds: { tool: manifest.sourceTool, markdown: String(file.value ?? '') } } : {}),
        }
      }
      finishPageTree(tree, context)
      const data = entry ? fileDataFor(current(), entry) : undefined
      if (data && file.data) Object.assign(file.data, data)
    }
  }

  // A fresh options object: gatsby-plugin-mdx adds its own passThrough to it.
  return {
    // The wings' plugins after the core's, as for `.md` pages (render.ts).
    remarkPlugins: [remarkFileLines, remarkGfm, remarkHandbookDirectives, remarkDocusaurusTheme, remarkComponentImports, remarkHandbookTitle, remarkHtmlAttributes, ...(wings.remark ?? [])],
    rehypePlugins: [rehypeHandbook, ...(wings.rehype ?? [])],
    remarkRehypeOptions: { ...TO_HAST_OPTIONS, handlers: { ...DIRECTIVE_TO_HAST_HANDLERS } },
  }
}
