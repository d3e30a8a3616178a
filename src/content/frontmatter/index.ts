/**
 * Frontmatter: the block of settings at the top of a page. Parsed here,
 * before any Markdown or MDX tool sees the file, so that a mistake is reported
 * as `file:line: what is wrong`, with the fix, instead of a parser stack trace.
 * YAML (`---`) is the norm; TOML (`+++`) and JSON (`{ … }`) are accepted for handbooks moved from Hugo.
 *
 * schema.ts declares the fields (the single source of their types, coercions
 * and messages: adding a field is one line there), block.ts finds and reads
 * the block, validate.ts checks it against the schema.
 */
import { error, type Diagnostic } from '../common/diagnostics'
import { findBlock, parseJsonBlock, parseTomlBlock, parseYamlBlock, type Block } from './block'
import { defaultFrontmatter, validate } from './validate'
import { nestingProblem } from '../common/data-nesting'
import type { Frontmatter } from './schema'

export { frontmatterSchema, type Frontmatter, type FrontmatterField } from './schema'

export interface ParsedSource {
  frontmatter: Frontmatter
  /** The Markdown after the frontmatter, with the frontmatter lines blanked so line numbers stay true. */
  body: string
  /** Lines the frontmatter block occupies (0 without one). */
  frontmatterLines: number
  /** Line of a frontmatter field in the file, when it is there. */
  lineOf(field: string): number | undefined
  /** Line of each item of a list field, when the block is YAML and the field a list. */
  itemLinesOf?(field: string): number[] | undefined
  diagnostics: Diagnostic[]
}

const noLine = (): undefined => undefined

const PARSERS = { yaml: parseYamlBlock, toml: parseTomlBlock, json: parseJsonBlock } satisfies Record<Block['kind'], unknown>

/** The text after the block, with the block's lines left blank so the body keeps the file's line numbers. */
function blankedBody(lines: readonly string[], block: Block): string {
  return '\n'.repeat(block.lines) + lines.slice(block.lines).join('\n')
}

/** A file's body without its frontmatter (an included file's), lines kept; unreadable frontmatter is left as text. */
export function bodyWithoutFrontmatter(source: string): string {
  const text = source.replace(/^\uFEFF/, '')
  const lines = text.split(/\r?\n/)
  const { block } = findBlock(lines)
  return block ? blankedBody(lines, block) : text
}

/** Splits a page into frontmatter and body, reporting every problem found. */
export function parseSource(file: string, source: string): ParsedSource {
  const text = source.replace(/^\uFEFF/, '')
  const lines = text.split(/\r?\n/)
  const diagnostics: Diagnostic[] = []
  const { block, unclosed } = findBlock(lines)
  if (unclosed) {
    diagnostics.push(
      error(
        'frontmatter-unclosed',
        file,
        unclosed === '{'
          ? 'frontmatter starts with { on line 1 but is never closed. End it with } at the end of a line, after the last field'
          : `frontmatter starts with ${unclosed} on line 1 but is never closed. Add a line with ${unclosed} after the last field`,
        1,
      ),
    )
    return { frontmatter: defaultFrontmatter(), body: text, frontmatterLines: 0, lineOf: noLine, diagnostics }
  }
  if (!block) return { frontmatter: defaultFrontmatter(), body: text, frontmatterLines: 0, lineOf: noLine, diagnostics }

  // gatsby-plugin-mdx reads an .mdx page's frontmatter itself, YAML only: TOML or JSON would be compiled as the page's first lines.
  if (block.kind !== 'yaml' && file.toLowerCase().endsWith('.mdx')) {
    const example = block.kind === 'toml' ? 'title = "Our values"' : '{ "title": "Our values" }'
    diagnostics.push(
      error(
        'frontmatter-mdx-format',
        file,
        `an .mdx page's frontmatter must be YAML between --- lines (${block.kind.toUpperCase()} is read in .md pages only). Write it as ---, then title: Our values, then --- instead of ${example}`,
        1,
      ),
    )
    return { frontmatter: defaultFrontmatter(), body: text, frontmatterLines: 0, lineOf: noLine, diagnostics }
  }
  const deep = nestingProblem(block.text)
  if (deep) {
    diagnostics.push(error('frontmatter-nesting', file, `frontmatter: ${deep.message}`, deep.line + block.firstLine - 1))
    return { frontmatter: defaultFrontmatter(), body: blankedBody(lines, block), frontmatterLines: block.lines, lineOf: noLine, diagnostics }
  }
  const parsed = PARSERS[block.kind](file, block, diagnostics)
  const frontmatter = parsed ? validate(file, parsed, diagnostics, block.kind) : defaultFrontmatter()
  const body = blankedBody(lines, block)
  return { frontmatter, body, frontmatterLines: block.lines, lineOf: parsed?.lineOf ?? noLine, ...(parsed?.itemLinesOf ? { itemLinesOf: parsed.itemLinesOf } : {}), diagnostics }
}
