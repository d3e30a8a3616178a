/**
 * Parsing to mdast. `.md` is CommonMark + GFM, never MDX: ordinary Markdown
 * (`{braces}`, `a < b`, `<img>` without `/>`) must just work. `.mdx` is parsed
 * with the MDX syntax only to read its title, headings and links; gatsby-plugin-mdx
 * compiles it. Either can be parsed with the directive syntax too
 * (remark-directive), which only markdown/directives.ts asks for: it decides
 * which directives are ours and gives every other one its text back.
 */
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkDirective from 'remark-directive'
import type { Root } from 'mdast'

export type PageFormat = 'md' | 'mdx'

const markdownParser = unified().use(remarkParse).use(remarkGfm).freeze()
const mdxParser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx).freeze()
const markdownDirectiveParser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).freeze()
const mdxDirectiveParser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx).use(remarkDirective).freeze()

export interface ParseOptions {
  /** With the directive syntax (`:name[label]{attrs}`, `::name`, `:::name`). */
  directives?: boolean
}

export function parseMarkdown(body: string, format: PageFormat, options: ParseOptions = {}): Root {
  const parser = format === 'mdx' ? (options.directives ? mdxDirectiveParser : mdxParser) : options.directives ? markdownDirectiveParser : markdownParser
  return parser.parse(body) as Root
}
