/**
 * Parsing to mdast. `.md` is CommonMark + GFM, never MDX: ordinary Markdown
 * (`{braces}`, `a < b`, `<img>` without `/>`) must just work. `.mdx` is parsed
 * with the MDX syntax only to read its title, headings and links; gatsby-plugin-mdx
 * compiles it.
 */
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import type { Root } from 'mdast'

export type PageFormat = 'md' | 'mdx'

const markdownParser = unified().use(remarkParse).use(remarkGfm).freeze()
const mdxParser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx).freeze()

export function parseMarkdown(body: string, format: PageFormat): Root {
  return (format === 'mdx' ? mdxParser : markdownParser).parse(body) as Root
}
