/**
 * Frontmatter: the block of settings at the top of a page. Parsed here,
 * before any Markdown or MDX tool sees the file, so that a mistake is reported
 * as `file:line: what is wrong`, with the fix, instead of a parser stack trace.
 * YAML (`---`) is the norm; TOML (`+++`) is accepted for handbooks moved from Hugo.
 */
import { LineCounter, parseDocument, isMap, isScalar, type Node as YamlNode } from 'yaml'
import { parse as parseToml, TomlError } from 'smol-toml'
import { z } from 'zod'
import { error, type Diagnostic } from './diagnostics'

/** The fields the handbook understands. Unknown fields are kept, not rejected. */
export const frontmatterSchema = z
  .object({
    /** Page title; defaults to the first `# heading`, then to the file name. */
    title: z.string().optional(),
    /** One or two sentences for search results and link previews. */
    description: z.string().optional(),
    /** Name of the sidebar the page shows; defaults to its top-level folder's. */
    sidebar: z.string().optional(),
    /** Render the title as the page's H1. */
    showTitle: z.boolean().default(true),
    /** URL override: `/absolute/path`, or a bare name that replaces the last segment. */
    slug: z.string().optional(),
    /** Left out of production builds. */
    draft: z.boolean().default(false),
    /** Language of the page, e.g. `ja`, when it differs from the site's. */
    lang: z.string().optional(),
    /** Order among siblings in a generated sidebar (lower first). */
    sidebar_position: z.number().optional(),
    /** Hugo's name for `sidebar_position`. */
    weight: z.number().optional(),
    /** `false` leaves the page out of the site's search. */
    search: z.boolean().optional(),
    /** Old URLs of the page, each served as a redirect to it. */
    redirect_from: z.array(z.string()).optional(),
    /** Hugo's name for `redirect_from`. */
    aliases: z.array(z.string()).optional(),
  })
  .passthrough()

export type Frontmatter = z.infer<typeof frontmatterSchema>

export interface ParsedSource {
  frontmatter: Frontmatter
  /** The Markdown after the frontmatter, with the frontmatter lines blanked so line numbers stay true. */
  body: string
  /** Lines the frontmatter block occupies (0 without one). */
  frontmatterLines: number
  /** Line of a frontmatter field in the file, when it is there. */
  lineOf(field: string): number | undefined
  diagnostics: Diagnostic[]
}

type FieldType = 'text' | 'boolean' | 'number' | 'paths'

const FIELD_TYPES: Record<string, FieldType> = {
  title: 'text',
  description: 'text',
  sidebar: 'text',
  slug: 'text',
  lang: 'text',
  showTitle: 'boolean',
  draft: 'boolean',
  sidebar_position: 'number',
  weight: 'number',
  search: 'boolean',
  redirect_from: 'paths',
  aliases: 'paths',
}

interface Block {
  kind: 'yaml' | 'toml'
  text: string
  /** 1-based line of the first line inside the block. */
  firstLine: number
  /** Number of lines from the opening to the closing delimiter, inclusive. */
  lines: number
}

type BlockResult = { block?: Block; unclosed?: string }

function findBlock(lines: string[]): BlockResult {
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

function describeValue(value: unknown): string {
  if (value === null) return 'empty'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string') return `the text "${value}"`
  if (typeof value === 'object') return 'a group of fields'
  return `the ${typeof value} ${String(value)}`
}

function typeMessage(field: string, expected: FieldType, value: unknown): string {
  const shown = describeValue(value)
  switch (expected) {
    case 'text':
      return typeof value === 'number' || typeof value === 'boolean'
        ? `"${field}" must be text, but it is ${shown}. Put it in quotes: ${field}: "${String(value)}"`
        : `"${field}" must be text, but it is ${shown}. Write it on one line: ${field}: Your text`
    case 'boolean': {
      const text = typeof value === 'string' ? value.trim().toLowerCase() : ''
      const meant = ['true', 'yes', 'on', '1'].includes(text) ? 'true' : ['false', 'no', 'off', '0'].includes(text) ? 'false' : undefined
      return meant
        ? `"${field}" must be true or false, but it is ${shown}. Write ${field}: ${meant} (no quotes)`
        : `"${field}" must be true or false, but it is ${shown}. Write ${field}: true or ${field}: false`
    }
    case 'number':
      return `"${field}" must be a number, but it is ${shown}. Write it without quotes, e.g. ${field}: 3`
    case 'paths':
      return `"${field}" must be a path or a list of paths, but it is ${shown}. Write ${field}: [/old/path, /older/path]`
  }
}

const YAML_HINT =
  'Check this line: a value that contains ": " or " #", or starts with a quote, [, {, *, &, !, |, >, % or @, must be wrapped in quotes'

interface Parsed {
  data: Record<string, unknown>
  lineOf: (field: string) => number | undefined
}

function parseYamlBlock(file: string, block: Block, diagnostics: Diagnostic[]): Parsed | undefined {
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

function parseTomlBlock(file: string, block: Block, diagnostics: Diagnostic[]): Parsed | undefined {
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

/** Validates known fields and reports each wrong one at its line. */
function validate(file: string, parsed: Parsed, diagnostics: Diagnostic[]): Frontmatter {
  const data: Record<string, unknown> = { ...parsed.data }
  for (const [field, expected] of Object.entries(FIELD_TYPES)) {
    const value = data[field]
    if (value === undefined) continue
    // `title:` with nothing after it is an empty field, not a mistake of type.
    if (value === null || (expected === 'text' && typeof value === 'string' && value.trim() === '')) {
      delete data[field]
      continue
    }
    if (expected === 'text' && value instanceof Date) {
      // YAML reads `title: 2024-01-05` as a date; the editor meant the text.
      data[field] = value.toISOString().slice(0, 10)
      continue
    }
    if (expected === 'paths' && typeof value === 'string') {
      data[field] = [value]
      continue
    }
    const ok =
      (expected === 'paths' && Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() !== '')) ||
      (expected === 'text' && typeof value === 'string') ||
      (expected === 'boolean' && typeof value === 'boolean') ||
      (expected === 'number' && typeof value === 'number' && Number.isFinite(value))
    if (!ok) {
      diagnostics.push(error('frontmatter-type', file, typeMessage(field, expected, value), parsed.lineOf(field)))
      delete data[field]
    }
  }
  if (typeof data.title === 'string') data.title = data.title.trim()
  const result = frontmatterSchema.safeParse(data)
  if (!result.success) {
    // The field checks above cover every declared field; this is a guard for the schema drifting from them.
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? '')
      diagnostics.push(error('frontmatter-type', file, `"${field}": ${issue.message}`, parsed.lineOf(field)))
    }
    return frontmatterSchema.parse({})
  }
  return result.data
}

const noLine = (): undefined => undefined

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
        `frontmatter starts with ${unclosed} on line 1 but is never closed. Add a line with ${unclosed} after the last field`,
        1,
      ),
    )
    return { frontmatter: frontmatterSchema.parse({}), body: text, frontmatterLines: 0, lineOf: noLine, diagnostics }
  }
  if (!block) return { frontmatter: frontmatterSchema.parse({}), body: text, frontmatterLines: 0, lineOf: noLine, diagnostics }

  const parsed =
    block.kind === 'yaml' ? parseYamlBlock(file, block, diagnostics) : parseTomlBlock(file, block, diagnostics)
  const frontmatter = parsed ? validate(file, parsed, diagnostics) : frontmatterSchema.parse({})
  const body = '\n'.repeat(block.lines) + lines.slice(block.lines).join('\n')
  return { frontmatter, body, frontmatterLines: block.lines, lineOf: parsed?.lineOf ?? noLine, diagnostics }
}

