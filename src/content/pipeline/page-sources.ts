/**
 * Each page's text as read, parsed: frontmatter, body, the lines of the
 * fields later messages point at, and the page's URL.
 */
import { parseSource, type Frontmatter, type FrontmatterField, type ParsedSource } from '../frontmatter'
import { error, warning, type Diagnostic } from '../common/diagnostics'
import type { SourceFile } from '../load/content-files'
import type { PageText } from '../load/read-content'
import { slugUrl, urlFromSourcePath } from '../links/url'
import { permalinkUrl } from '../links/permalink'
import { frontmatterSchema } from '../frontmatter/schema'
import { defaultFrontmatter } from '../frontmatter/validate'
import { pageLimitProblem } from '../markdown/page-limits'

/** Frontmatter fields whose line is kept for messages about them. */
const LINED_FIELDS = [
  'title',
  'slug',
  'url',
  'permalink',
  'redirect_to',
  'sidebar',
  'redirect_from',
  'aliases',
  'owner',
  'reviewed',
  'review_every',
  'image',
  'showTitle',
  'visibility',
] as const satisfies readonly FrontmatterField[]
/** List fields whose items each keep their line: a message about one old address points at it. */
const ITEM_LINED_FIELDS = ['redirect_from', 'aliases'] as const satisfies readonly FrontmatterField[]
export type FieldLines = Partial<Record<(typeof LINED_FIELDS)[number], number>> & {
  items?: Partial<Record<(typeof ITEM_LINED_FIELDS)[number], number[]>>
}

export interface LoadedSource {
  file: SourceFile
  /** The file's text as read, frontmatter included. */
  text: string
  frontmatter: Frontmatter
  body: string
  frontmatterLines: number
  url: string
  fieldLines: FieldLines
  /** The fields the handbook does not use (kept in the frontmatter), each with its line: listed once per field for the whole handbook (unknown-fields.ts). */
  unknownFields: UnknownField[]
}

/** A frontmatter field no part of the handbook reads, where it is written. */
export interface UnknownField {
  name: string
  line?: number
}

interface ParsedPage {
  source: Omit<LoadedSource, 'file'>
  diagnostics: Diagnostic[]
}

/**
 * Pages parsed by the previous call, by path and text. `gatsby develop`
 * reloads the handbook on every save: only the saved file's frontmatter is
 * parsed again (YAML is a quarter of a warm reload at 1,000 pages). Same text,
 * same result, so this is a cache, not state; entries the latest call did
 * not use are dropped.
 */
let parsedBefore = new Map<string, ParsedPage>()

/** Hugo's `url:` is from the site root, with or without its leading slash; a URL of another site stays one, to be refused. */
function hugoUrl(written: string): string {
  return /^\s*(?:[\\/]{2}|[a-z][a-z0-9+.-]*:)/i.test(written) ? written : `/${written.replace(/^\/+/, '')}`
}

/** A page over a limit of limits.ts: reported, and kept without its text, so nothing parses it (the build stops on the error). */
function overLimit(file: SourceFile, text: string): ParsedPage | undefined {
  const problem = pageLimitProblem(text)
  if (!problem) return undefined
  return {
    source: { text: '', frontmatter: defaultFrontmatter(), body: '', frontmatterLines: 0, fieldLines: {}, unknownFields: [], url: urlFromSourcePath(file.sourcePath) },
    diagnostics: [error('page-limit', file.sourcePath, problem.message, problem.line)],
  }
}

function fieldLinesOf(parsed: ParsedSource): FieldLines {
  const lines: FieldLines = Object.fromEntries(
    LINED_FIELDS.flatMap((field) => {
      const line = parsed.lineOf(field)
      return line ? [[field, line]] : []
    }),
  )
  const items = Object.fromEntries(
    ITEM_LINED_FIELDS.flatMap((field) => {
      const itemLines = parsed.itemLinesOf?.(field)
      return itemLines ? [[field, itemLines]] : []
    }),
  )
  return Object.keys(items).length ? { ...lines, items } : lines
}

/** The fields the schema does not declare, in the order written. */
function unknownFieldsOf(parsed: ParsedSource): UnknownField[] {
  return Object.keys(parsed.frontmatter)
    .filter((name) => !(name in frontmatterSchema.shape))
    .map((name) => {
      const line = parsed.lineOf(name)
      return line ? { name, line } : { name }
    })
}

/** The page's URL: `slug`, else Hugo's `url`, else Jekyll's and Eleventy's `permalink`, else its file's path. A refused one is reported and the file's path kept, so the rest of the check still runs. */
function urlOf(file: SourceFile, parsed: ParsedSource, diagnostics: Diagnostic[]): string {
  const { frontmatter } = parsed
  const own = urlFromSourcePath(file.sourcePath)
  if (frontmatter.slug === undefined && frontmatter.url === undefined) {
    if (typeof frontmatter.permalink !== 'string') return own
    const result = permalinkUrl(frontmatter.permalink, file.sourcePath)
    if (result.ok) return result.url
    const message = `permalink "${frontmatter.permalink}" ${result.problem}`
    const line = parsed.lineOf('permalink') ?? 1
    // A computed address loses nothing but the address: the page is built at its file's URL, with a warning.
    diagnostics.push(result.computed ? warning('permalink-computed', file.sourcePath, `${message}. Until then the page is at ${own}`, line) : error('url-outside', file.sourcePath, message, line))
    return own
  }
  const field = frontmatter.slug !== undefined ? 'slug' : 'url'
  const written = frontmatter.slug ?? frontmatter.url
  const slug = field === 'url' && written ? hugoUrl(written) : written
  if (!slug) return own
  const result = slugUrl(slug, file.sourcePath)
  if (result.ok) return result.url
  diagnostics.push(error('url-outside', file.sourcePath, `${field} "${written}" ${result.problem}`, parsed.lineOf(field) ?? 1))
  return own
}

function parsePage(file: SourceFile, text: string): ParsedPage {
  const over = overLimit(file, text)
  if (over) return over
  const parsed = parseSource(file.sourcePath, text)
  const diagnostics = [...parsed.diagnostics]
  const url = urlOf(file, parsed, diagnostics)
  return {
    source: {
      text,
      frontmatter: parsed.frontmatter,
      body: parsed.body,
      frontmatterLines: parsed.frontmatterLines,
      fieldLines: fieldLinesOf(parsed),
      unknownFields: unknownFieldsOf(parsed),
      url,
    },
    diagnostics,
  }
}

export function parsePageSources(pages: readonly PageText[], diagnostics: Diagnostic[]): LoadedSource[] {
  const parsedNow = new Map<string, ParsedPage>()
  const sources = pages.map(({ file, text }) => {
    const key = `${file.sourcePath}\u0000${text}`
    const parsed = parsedBefore.get(key) ?? parsePage(file, text)
    parsedNow.set(key, parsed)
    diagnostics.push(...parsed.diagnostics)
    return { file, ...parsed.source }
  })
  parsedBefore = parsedNow
  return sources
}
