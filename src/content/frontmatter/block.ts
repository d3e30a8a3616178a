/**
 * The frontmatter block at the top of a page: found by its delimiters, then
 * read as YAML (`---`, the norm), TOML (`+++`) or JSON (`{ … }`), the last two
 * for handbooks moved from Hugo. A syntax error is reported as
 * `file:line: what is wrong`, with the fix for that line, instead of a parser
 * stack trace; YAML that PyYAML and Hugo accept loads, with a warning
 * (yaml-compat.ts); each field's line is kept for later messages about it.
 */
import { isMap, isScalar, isSeq, Scalar, visit, type Document, type Node as YamlNode } from 'yaml'
import { parse as parseToml, TomlError } from 'smol-toml'
import { error, warning, type Diagnostic } from '../common/diagnostics'
import { malformedYamlMessage, parseYaml } from '../common/yaml'
import { escapeRegExp } from '../common/regexp'
import { reindentedMessage, reindentQuotedContinuations, yaml11Boolean, yaml11BooleanMessage } from './yaml-compat'
import { yamlFix } from './yaml-errors'
import { fieldKind } from './validate'

export interface Block {
  kind: 'yaml' | 'toml' | 'json'
  text: string
  /** 1-based line of the first line inside the block. */
  firstLine: number
  /** Number of lines from the opening to the closing delimiter, inclusive. */
  lines: number
}

/** The block, or the delimiter it opens with when it is never closed. */
export type BlockResult = { block?: Block; unclosed?: string }

/**
 * Hugo's JSON frontmatter: an object from the `{` that opens the file to the
 * `}` that closes it, at the end of its line. Only a first line of `{` alone or
 * `{ "…`, so that an MDX page opening with an expression (`{/* note *\/}`) is not taken for one.
 */
function findJsonBlock(lines: string[]): BlockResult | undefined {
  if (!/^\{\s*(?:"|$)/.test(lines[0] ?? '')) return undefined
  let depth = 0
  let quoted = false
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    for (let c = 0; c < line.length; c++) {
      const char = line[c]
      if (quoted) {
        if (char === '\\') c++
        else if (char === '"') quoted = false
      } else if (char === '"') quoted = true
      else if (char === '{' || char === '[') depth++
      else if (char === '}' || char === ']') {
        depth--
        if (depth === 0) {
          if (line.slice(c + 1).trim() !== '') return { unclosed: '{' }
          return { block: { kind: 'json', text: lines.slice(0, i + 1).join('\n'), firstLine: 1, lines: i + 1 } }
        }
      }
    }
  }
  return { unclosed: '{' }
}

/** A block opens on the first line; a later `---` is a thematic break, not frontmatter. */
export function findBlock(lines: string[]): BlockResult {
  const json = findJsonBlock(lines)
  if (json) return json
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

/** The fields of a block as written, and where each is. */
export interface Parsed {
  data: Record<string, unknown>
  lineOf: (field: string) => number | undefined
  /** The line of each item of a list field (`redirect_from:` then `- /a`, `- /b`), when it is written as a YAML list. */
  itemLinesOf?: (field: string) => number[] | undefined
}

/** The fields of a map document, and the line of each key (a value written on the lines below, `sidebar:` then `  a: 1`, starts later). */
function fieldsOf(doc: Document.Parsed, lineAt: (offset: number) => number, data: Record<string, unknown> = doc.toJS() as Record<string, unknown>): Parsed {
  const contents = doc.contents
  return {
    data,
    lineOf(field) {
      if (!isMap(contents)) return undefined
      const pair = contents.items.find((item) => isScalar(item.key) && item.key.value === field)
      const node = pair?.key as YamlNode | null | undefined
      return node?.range ? lineAt(node.range[0]) : undefined
    },
    itemLinesOf(field) {
      if (!isMap(contents)) return undefined
      const value = contents.items.find((item) => isScalar(item.key) && item.key.value === field)?.value
      if (!isSeq(value)) return undefined
      return value.items.map((item) => ((item as YamlNode | null)?.range ? lineAt((item as YamlNode).range![0]) : 0))
    },
  }
}

/** `draft: yes` and the like, in the fields that are true or false: read as YAML 1.1 tools do, with a warning. */
function readYaml11Booleans(file: string, doc: Document.Parsed, parsed: Parsed, diagnostics: Diagnostic[]): void {
  if (!isMap(doc.contents)) return
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key) || typeof pair.key.value !== 'string' || fieldKind(pair.key.value) !== 'boolean') continue
    const value = pair.value
    if (!isScalar(value) || value.type !== Scalar.PLAIN || typeof value.value !== 'string') continue
    const meant = yaml11Boolean(value.value)
    if (meant === undefined) continue
    parsed.data[pair.key.value] = meant
    diagnostics.push(warning('frontmatter-yaml-compat', file, yaml11BooleanMessage(pair.key.value, value.value, meant), parsed.lineOf(pair.key.value)))
  }
}

/** Values an alias may expand to (yaml's own default, said here): a "billion laughs" block goes over it at once. */
const MAX_ALIAS_COUNT = 100

function firstAliasLine(doc: Document.Parsed, lineAt: (offset: number) => number): number | undefined {
  let line: number | undefined
  visit(doc, {
    Alias(_, node) {
      if (node.range) line = lineAt(node.range[0])
      return visit.BREAK
    },
  })
  return line
}

/** The fields of a YAML block; undefined, with the first problem reported, when it cannot be read. */
export function parseYamlBlock(file: string, block: Block, diagnostics: Diagnostic[]): Parsed | undefined {
  let yaml = parseYaml(block.text, { uniqueKeys: true })
  if (yaml.syntaxError) {
    // Quoted values continued on unindented lines, which PyYAML and Hugo read: read them too, if that is all that is wrong.
    const { text, reindented } = reindentQuotedContinuations(block.text)
    const retry = reindented.length > 0 ? parseYaml(text, { uniqueKeys: true }) : undefined
    if (retry && !retry.syntaxError) {
      yaml = retry
      for (const value of reindented) diagnostics.push(warning('frontmatter-yaml-compat', file, reindentedMessage(value, block.firstLine), value.line + block.firstLine))
    }
  }
  const { doc, placeAt, syntaxError } = yaml
  const lineAt = (offset: number) => placeAt(offset).line + block.firstLine - 1
  if (syntaxError) {
    const lines = block.text.split('\n')
    const fix = yamlFix({ code: syntaxError.code, message: syntaxError.message, line: syntaxError.place.line - 1 }, lines, block.firstLine)
    diagnostics.push(error('frontmatter-yaml', file, malformedYamlMessage(syntaxError, fix.hint, 'frontmatter'), fix.line + block.firstLine))
    return undefined
  }
  let value: unknown
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (cause) {
    // yaml's guard against "billion laughs": aliases that expand to millions of values.
    if (!(cause instanceof ReferenceError)) throw cause
    diagnostics.push(
      error('frontmatter-yaml', file, `frontmatter: its aliases (*name) expand to too many values: write the values out instead of repeating an alias`, firstAliasLine(doc, lineAt) ?? block.firstLine),
    )
    return undefined
  }
  if (value === null || value === undefined) return { data: {}, lineOf: () => undefined }
  if (!isMap(doc.contents)) {
    diagnostics.push(error('frontmatter-yaml', file, 'frontmatter must be lines of "field: value", e.g. title: Our values', block.firstLine))
    return undefined
  }
  const parsed = fieldsOf(doc, lineAt, value as Record<string, unknown>)
  readYaml11Booleans(file, doc, parsed, diagnostics)
  return parsed
}

/** Line (1-based, in the text) of a character offset. */
function lineOfOffset(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length
}

/**
 * The fields of a JSON block, as Hugo reads them (strict JSON); undefined, with
 * the problem reported at its line, when it cannot be read. JSON is YAML too,
 * so the YAML reader gives each field its line.
 */
export function parseJsonBlock(file: string, block: Block, diagnostics: Diagnostic[]): Parsed | undefined {
  let data: unknown
  try {
    data = JSON.parse(block.text)
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause)
    const position = /at position (\d+)/.exec(message)
    const line = position ? lineOfOffset(block.text, Number(position[1])) : 1
    const shown = message.replace(/ in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '')
    diagnostics.push(
      error(
        'frontmatter-json',
        file,
        `malformed frontmatter (JSON): ${shown}. Check this line: names and text values are in double quotes, and fields are separated by commas, with none after the last`,
        line + block.firstLine - 1,
      ),
    )
    return undefined
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    diagnostics.push(error('frontmatter-json', file, 'JSON frontmatter must be an object of fields, e.g. { "title": "Our values" }', block.firstLine))
    return undefined
  }
  const { doc, placeAt } = parseYaml(block.text, { uniqueKeys: false })
  const lines = fieldsOf(doc, (offset) => placeAt(offset).line + block.firstLine - 1)
  return { data: data as Record<string, unknown>, lineOf: lines.lineOf, ...(lines.itemLinesOf ? { itemLinesOf: lines.itemLinesOf } : {}) }
}

/** The fields of a TOML block; undefined, with the problem reported, when it cannot be read. */
export function parseTomlBlock(file: string, block: Block, diagnostics: Diagnostic[]): Parsed | undefined {
  try {
    const data = parseToml(block.text) as Record<string, unknown>
    const lines = block.text.split('\n')
    return {
      data,
      lineOf(field) {
        const name = escapeRegExp(field)
        const header = new RegExp(`^\\s*\\[\\[?\\s*["']?${name}["']?\\s*[\\].]`)
        const assignment = new RegExp(`^\\s*["']?${name}["']?\\s*[=.]`)
        // `field = …` is a top-level field only before the first table header; `[field]` is one anywhere.
        const firstHeader = lines.findIndex((line) => /^\s*\[/.test(line))
        const index = lines.findIndex((line, i) => header.test(line) || ((firstHeader < 0 || i < firstHeader) && assignment.test(line)))
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
