/**
 * The frontmatter block at the top of a page: found by its delimiters, then
 * read as YAML (`---`, the norm) or TOML (`+++`, for handbooks moved from
 * Hugo). A syntax error is reported as `file:line: what is wrong`, with the
 * fix, instead of a parser stack trace; each field's line is kept for later
 * messages about it.
 */
import { LineCounter, parseDocument, isMap, isScalar, type Node as YamlNode } from 'yaml'
import { parse as parseToml, TomlError } from 'smol-toml'
import { error, type Diagnostic } from '../diagnostics'

export interface Block {
  kind: 'yaml' | 'toml'
  text: string
  /** 1-based line of the first line inside the block. */
  firstLine: number
  /** Number of lines from the opening to the closing delimiter, inclusive. */
  lines: number
}

/** The block, or the delimiter it opens with when it is never closed. */
export type BlockResult = { block?: Block; unclosed?: string }

/** A block opens on the first line; a later `---` is a thematic break, not frontmatter. */
export function findBlock(lines: string[]): BlockResult {
  const opening = lines[0]?.trimEnd()
  const delimiter = opening === '---' ? '---' : opening === '+++' ? '+++' : undefined
  if (!delimiter) return {}
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.trimEnd()
    if (line === delimiter || (delimiter === '---' && line === '...')) {
      return {
        block: { kind: delimiter === '---' ? 'yaml' : 'toml', text: lines.slice(1, i).join('\n'), firstLine: 2, lines: i + 1 },
      }
    }
  }
  return { unclosed: delimiter }
}

const YAML_HINT =
  'Check this line: a value that contains ": " or " #", or starts with a quote, [, {, *, &, !, |, >, % or @, must be wrapped in quotes'

/** The fields of a block as written, and where each is. */
export interface Parsed {
  data: Record<string, unknown>
  lineOf: (field: string) => number | undefined
}

/** The fields of a YAML block; undefined, with the first problem reported, when it cannot be read. */
export function parseYamlBlock(file: string, block: Block, diagnostics: Diagnostic[]): Parsed | undefined {
  const lineCounter = new LineCounter()
  const doc = parseDocument(block.text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + block.firstLine - 1
  if (doc.errors.length > 0) {
    for (const problem of doc.errors.slice(0, 1)) {
      const line = lineAt(problem.pos[0])
      const message = problem.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
      const hint = problem.code === 'DUPLICATE_KEY' ? 'Keep one of the two lines' : YAML_HINT
      diagnostics.push(error('frontmatter-yaml', file, `malformed frontmatter (YAML): ${message}. ${hint}`, line))
    }
    return undefined
  }
  const value: unknown = doc.toJS()
  if (value === null || value === undefined) return { data: {}, lineOf: () => undefined }
  if (!isMap(doc.contents)) {
    diagnostics.push(
      error('frontmatter-yaml', file, 'frontmatter must be lines of "field: value", e.g. title: Our values', block.firstLine),
    )
    return undefined
  }
  const contents = doc.contents
  return {
    data: value as Record<string, unknown>,
    lineOf(field) {
      // The key's line: a value written on the lines below (`sidebar:` then `  a: 1`) starts later.
      const pair = contents.items.find((item) => isScalar(item.key) && item.key.value === field)
      const node = pair?.key as YamlNode | null | undefined
      return node?.range ? lineAt(node.range[0]) : undefined
    },
  }
}

/** The fields of a TOML block; undefined, with the problem reported, when it cannot be read. */
export function parseTomlBlock(file: string, block: Block, diagnostics: Diagnostic[]): Parsed | undefined {
  try {
    const data = parseToml(block.text) as Record<string, unknown>
    const lines = block.text.split('\n')
    return {
      data,
      lineOf(field) {
        const name = field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        const header = new RegExp(`^\\s*\\[\\[?\\s*["']?${name}["']?\\s*[\\].]`)
        const assignment = new RegExp(`^\\s*["']?${name}["']?\\s*[=.]`)
        // `field = …` is a top-level field only before the first table header; `[field]` is one anywhere.
        const firstHeader = lines.findIndex((line) => /^\s*\[/.test(line))
        const index = lines.findIndex(
          (line, i) => header.test(line) || ((firstHeader < 0 || i < firstHeader) && assignment.test(line)),
        )
        return index >= 0 ? index + block.firstLine : undefined
      },
    }
  } catch (cause) {
    const line = cause instanceof TomlError ? cause.line + block.firstLine - 1 : block.firstLine
    const message = cause instanceof Error ? cause.message.split('\n')[0]!.replace(/^Invalid TOML document: /, '') : String(cause)
    diagnostics.push(error('frontmatter-toml', file, `malformed frontmatter (TOML): ${message}. Check the syntax of this line`, line))
    return undefined
  }
}
