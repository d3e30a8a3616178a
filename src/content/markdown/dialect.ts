/**
 * The Markdown the old tool read beyond CommonMark and GFM, where its pages
 * would otherwise show as text or lose their structure here:
 *
 * - **definition lists** (`Term` then `:   definition`): Hugo's Goldmark
 *   (on by default), kramdown (Jekyll), MkDocs with `def_list`;
 * - **Markdown inside HTML blocks** (`<div markdown="1">`): kramdown, MkDocs
 *   with `md_in_html` (markdown/markdown-in-html.ts);
 * - **abbreviations** (`*[HTML]: Hyper Text Markup Language`): kramdown,
 *   MkDocs with `abbr` (markdown/abbreviations.ts);
 * - **PyMdown's inline marks** (`==mark==`, `^^ins^^`, `x^2^`, `H~2~O`,
 *   `++ctrl+c++`): MkDocs with pymdownx.mark, caret, tilde, keys
 *   (markdown/pymdownx-inline.ts).
 *
 * Other tools' pages never get them: there `: text` and `*[x]:` are text.
 */
import type { PluggableList } from 'unified'
import type { Handler } from 'mdast-util-to-hast'
import { remarkDefinitionList, defListHastHandlers } from 'remark-definition-list'
import type { SourceTool } from '../source/tool'
import type { PymdownxInline } from './pymdownx-inline'
import type { Parent, Root } from 'mdast'
import type { Node as UnistNode } from 'unist'
import { visit } from '../common/visit'

export interface MarkdownExtras extends PymdownxInline {
  definitionLists?: true
  markdownInHtml?: true
  /** kramdown's parse_block_html (`_config.yml`): every HTML block's content is Markdown, without the attribute. */
  everyHtmlBlock?: true
  abbreviations?: true
}

/** Python-Markdown's extension names (mkdocs.yml's `markdown_extensions`) for each extra. */
const MKDOCS_EXTENSIONS: Readonly<Record<Exclude<keyof MarkdownExtras, 'everyHtmlBlock'>, readonly string[]>> = {
  definitionLists: ['def_list', 'markdown.extensions.def_list', 'extra', 'markdown.extensions.extra'],
  markdownInHtml: ['md_in_html', 'markdown.extensions.md_in_html', 'extra', 'markdown.extensions.extra'],
  abbreviations: ['abbr', 'markdown.extensions.abbr', 'extra', 'markdown.extensions.extra'],
  mark: ['pymdownx.mark'],
  caret: ['pymdownx.caret'],
  tilde: ['pymdownx.tilde'],
  keys: ['pymdownx.keys'],
}

/**
 * The extras of a handbook from `tool`, or undefined for none. MkDocs: those
 * its `markdown_extensions` turn on. Jekyll: kramdown's, unless `_config.yml`
 * chose another converter (`markdown: CommonMarkGhPages`), with every HTML
 * block read as Markdown when its `kramdown: parse_block_html` is true.
 */
export function markdownExtrasOf(tool: SourceTool, mkdocsExtensions: readonly string[] = [], jekyllConfig?: { markdown?: unknown; kramdown?: unknown }): MarkdownExtras | undefined {
  let extras: MarkdownExtras = {}
  if (tool === 'hugo') extras = { definitionLists: true }
  else if (tool === 'jekyll') {
    const converter = jekyllConfig?.markdown
    if (typeof converter === 'string' && converter.trim().toLowerCase() !== 'kramdown') return undefined
    const kramdown = jekyllConfig?.kramdown as { parse_block_html?: unknown } | undefined
    extras = { definitionLists: true, markdownInHtml: true, abbreviations: true, ...(kramdown?.parse_block_html === true ? { everyHtmlBlock: true as const } : {}) }
  } else if (tool === 'mkdocs') {
    for (const [extra, names] of Object.entries(MKDOCS_EXTENSIONS) as [Exclude<keyof MarkdownExtras, 'everyHtmlBlock'>, readonly string[]][]) {
      if (names.some((name) => mkdocsExtensions.includes(name))) extras[extra] = true
    }
  }
  return Object.keys(extras).length ? extras : undefined
}

/** The remark syntax the extras add to the parser, after the wings' own (`remark`): one list per pair, so parse.ts makes each parser once. */
const syntaxLists = new WeakMap<PluggableList, PluggableList>()
const NO_PLUGINS: PluggableList = []

export function withExtrasSyntax(remark: PluggableList | undefined, extras: MarkdownExtras | undefined): PluggableList | undefined {
  if (!extras?.definitionLists) return remark
  const base = remark ?? NO_PLUGINS
  let list = syntaxLists.get(base)
  if (!list) syntaxLists.set(base, (list = [...base, remarkDefinitionList]))
  return list
}

/**
 * A definition whose blocks a blank line separates is loose: each its own
 * paragraph, as Python-Markdown, kramdown and Goldmark write it. The library
 * marks a definition loose only when a blank line comes before it, and joined
 * `:   Text` + blank line + indented `More text` into one run of text.
 */
export function loosenDefinitions(tree: Root): void {
  visit(tree as UnistNode, 'defListDescription', (node) => {
    const description = node as Parent & { spread?: boolean }
    const blocks = description.children
    for (let at = 1; at < blocks.length && !description.spread; at++) {
      const before = blocks[at - 1]!.position?.end.line
      const after = blocks[at]!.position?.start.line
      if (before !== undefined && after !== undefined && after > before + 1) description.spread = true
    }
  })
}

/** mdast-util-to-hast handlers for the extras' nodes (definition lists' `dl`, `dt`, `dd`); harmless where there are none. */
export const EXTRAS_HAST_HANDLERS = defListHastHandlers as unknown as Record<string, Handler>
