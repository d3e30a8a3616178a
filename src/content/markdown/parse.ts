/**
 * Parsing to mdast. `.md` is CommonMark + GFM, never MDX: ordinary Markdown
 * (`{braces}`, `a < b`, `<img>` without `/>`) must just work. `.mdx` is parsed
 * with the MDX syntax only to read its title, headings and links; gatsby-plugin-mdx
 * compiles it. Either can be parsed with the directive syntax too
 * (remark-directive), which only markdown/directives.ts asks for: it decides
 * which directives are ours and gives every other one its text back.
 */
import { unified, type PluggableList, type Processor } from 'unified'
import remarkParse from 'remark-parse'
import { remarkGfmSyntax as remarkGfm } from './gfm-syntax'
import remarkMdx from 'remark-mdx'
import remarkDirective from 'remark-directive'
import type { Root } from 'mdast'

export type PageFormat = 'md' | 'mdx'

const markdownParser = unified().use(remarkParse).use(remarkGfm).freeze()
const mdxParser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx).freeze()
const markdownDirectiveParser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).freeze()
const mdxDirectiveParser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx).use(remarkDirective).freeze()

/** Unified plugins the feature wings add to every page's Markdown (features/feature.ts `markdown`): remark ones on the Markdown tree, rehype ones on the HTML tree. */
export interface MarkdownPlugins {
  remark?: PluggableList
  rehype?: PluggableList
}

export interface ParseOptions {
  /** With the directive syntax (`:name[label]{attrs}`, `::name`, `:::name`). */
  directives?: boolean
  /** The wings' remark plugins, for the syntax they add (math's `$…$`): their transforms run later (render.ts). */
  remark?: PluggableList
}

/** The parsers with the wings' syntax, made once per plugin list. */
const withPlugins = new WeakMap<PluggableList, Map<string, Processor>>()

function parserWith(format: PageFormat, directives: boolean, remark: PluggableList): Processor {
  let made = withPlugins.get(remark)
  if (!made) withPlugins.set(remark, (made = new Map()))
  const key = `${format}${directives ? '+directives' : ''}`
  let parser = made.get(key)
  if (!parser) {
    const base = unified().use(remarkParse).use(remarkGfm)
    if (format === 'mdx') base.use(remarkMdx)
    if (directives) base.use(remarkDirective)
    parser = base.use(remark).freeze() as unknown as Processor
    made.set(key, parser)
  }
  return parser
}

export function parseMarkdown(body: string, format: PageFormat, options: ParseOptions = {}): Root {
  if (options.remark?.length) return parserWith(format, options.directives === true, options.remark).parse(body) as Root
  const parser = format === 'mdx' ? (options.directives ? mdxDirectiveParser : mdxParser) : options.directives ? markdownDirectiveParser : markdownParser
  return parser.parse(body) as Root
}
