/**
 * Liquid, as Jekyll and Eleventy run it on a page before Markdown, with
 * liquidjs (the engine Eleventy itself uses): includes from the old site's
 * `_includes/`, its `_data/` and the page's frontmatter as variables,
 * `{% comment %}` never shown, `{% raw %}` shown as written, and the tags the
 * old site's code defined kept for the shortcode step (kept-tag.ts).
 *
 * Lines: the output's lines map back to the page's (a tag's output to the
 * tag's line, text to its own), so what later steps report points into the
 * file as written. Bounded: content comes from pull requests (render time,
 * memory, parse size).
 */
import { Context, Liquid, tags as LIQUID_TAGS, toValueSync, TypeGuards, type Template, type Token } from 'liquidjs'
import { lineIndexOf } from '../shortcodes/scan'
import { liquidFilters } from './filters'
import { keptTag } from './kept-tag'
import { IN_CODE, rawTag } from './raw-tag'
import type { LiquidPage, LiquidSetting } from './setting'

/** Milliseconds one page's Liquid may take, and objects it may make (a loop over a huge range stops). */
const RENDER_LIMIT_MS = 2_000
const MEMORY_LIMIT = 10_000_000

export interface LiquidProblem {
  message: string
  line?: number
  column?: number
  /** An include file the problem is in, relative to `_includes/`. */
  include?: string
}

export interface LiquidResult {
  /** The page's text with Liquid run; undefined when Liquid failed (the page renders as written, the problem says why). */
  text?: string
  /** The page's line a line of `text` came from. */
  lineOf(outputLine: number): number
  problems: LiquidProblem[]
}

const TAG_NAME = /\{%-?\s*([A-Za-z_][\w-]*)/g

/** Tags that Liquid itself or our own steps know: never kept for the shortcode step. */
const OWN_TAGS = new Set([...Object.keys(LIQUID_TAGS), 'raw', 'endraw'])

/** The names of the tags written in `texts`. */
function tagNamesIn(texts: Iterable<string>, into = new Set<string>()): Set<string> {
  for (const text of texts) for (const match of text.matchAll(TAG_NAME)) into.add(match[1]!)
  return into
}

/** Of the tag `names`, those Liquid does not define, each a block when its `end` tag is among them. */
function keptOf(names: ReadonlySet<string>): Map<string, boolean> {
  const kept = new Map<string, boolean>()
  for (const name of names) {
    if (OWN_TAGS.has(name) || (name.startsWith('end') && names.has(name.slice(3)))) continue
    kept.set(name, names.has(`end${name}`))
  }
  return kept
}

/** The tags of `texts` that Liquid does not define, each a block when its `end` tag appears. */
export function keptTagNames(texts: readonly string[]): Map<string, boolean> {
  return keptOf(tagNamesIn(texts))
}

/** The variables a page's Liquid sees, as its tool sets them. */
function scopeOf(setting: LiquidSetting, page: LiquidPage): Record<string, unknown> {
  const pageData = { ...page.frontmatter, url: page.url, inputPath: `./${page.sourcePath}`, path: page.sourcePath }
  if (setting.tool === 'jekyll') {
    const { site, ...data } = setting.data
    return { site: { ...(typeof site === 'object' && site !== null ? site : {}), data }, page: pageData, content: '' }
  }
  // Eleventy's data cascade: global data, then the page's own fields, and `page`.
  return { ...setting.data, ...page.frontmatter, page: { ...pageData, ...(typeof page.frontmatter.page === 'object' ? (page.frontmatter.page as object) : {}) } }
}

function newEngine(setting: LiquidSetting, kept: ReadonlyMap<string, boolean>): Liquid {
  const engine = new Liquid({
    // Includes from memory only: nothing is read from disk here (the source's jail read them).
    templates: { ...setting.includes },
    // Jekyll names the file as written (`{% include note.html %}`, `{% include {{ page.x }} %}`); Eleventy quotes it.
    dynamicPartials: setting.tool !== 'jekyll',
    jekyllInclude: setting.tool === 'jekyll',
    strictFilters: false,
    strictVariables: false,
    ownPropertyOnly: true,
    catchAllErrors: true,
    greedy: false,
    parseLimit: 2_000_000,
    renderLimit: RENDER_LIMIT_MS,
    memoryLimit: MEMORY_LIMIT,
  })
  for (const [name, filter] of Object.entries(liquidFilters(setting.siteUrl))) engine.registerFilter(name, filter)
  for (const [name, block] of kept) engine.registerTag(name, keptTag(name, block))
  engine.registerTag('raw', rawTag)
  return engine
}

/**
 * A handbook's engines, made once per setting and set of kept tags, not per
 * page (making one was most of a page's Liquid). Nothing of a page stays in
 * them: its variables, assignments, counters and limits live in the Context
 * made for it (runLiquid), as does where its code is; the limit on parsing
 * counts each parse apart; the includes are parsed again at each use.
 */
const engines = new WeakMap<LiquidSetting, { includeTags: ReadonlySet<string>; byKept: Map<string, Liquid> }>()

function engineFor(setting: LiquidSetting, body: string): Liquid {
  let made = engines.get(setting)
  if (!made) engines.set(setting, (made = { includeTags: tagNamesIn(Object.values(setting.includes)), byKept: new Map() }))
  // The kept tags are the page's and its includes', as keptTagNames gives them: they decide how the page parses.
  const kept = keptOf(tagNamesIn([body], new Set(made.includeTags)))
  const key = [...kept]
    .map(([name, block]) => `${name}${block ? '+' : ''}`)
    .sort()
    .join(' ')
  let engine = made.byKept.get(key)
  if (!engine) made.byKept.set(key, (engine = newEngine(setting, kept)))
  return engine
}

function countLines(text: string): number {
  let count = 0
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++
  return count
}

interface Segment {
  /** First output line of the segment. */
  out: number
  /** The page's line it came from. */
  source: number
  /** Text kept as written: its lines follow the page's one by one. */
  verbatim: boolean
}

/** What liquidjs threw, at its place: in the page, or in the include whose text it was reading. */
function problemsOf(cause: unknown, body: string, includes: LiquidSetting['includes']): LiquidProblem[] {
  const errors = (cause as { errors?: unknown[] }).errors
  if (Array.isArray(errors)) return errors.flatMap((error) => problemsOf(error, body, includes))
  // A render error wraps the one its tag met: the inner one names the place.
  const inner = (cause as { originalError?: unknown }).originalError
  const error = cause as { message?: string; token?: { begin?: number; input?: string } }
  const message = (error.message ?? String(cause)).split('\n')[0]!.replace(/, (?:file:\S+, )?line:\d+, col:\d+$/, '')
  const token = error.token
  if (!token || token.begin === undefined || token.input === undefined) return inner && inner !== cause ? problemsOf(inner, body, includes) : [{ message }]
  if (token.input === body) return [{ message, ...lineIndexOf(body).place(token.begin) }]
  const include = Object.keys(includes).find((name) => includes[name] === token.input)
  return [{ message, ...(include ? { include } : {}), ...lineIndexOf(token.input).place(token.begin) }]
}

/** Runs Liquid on `body` (lines as in the file); `inCode` says whether an offset of it is in code. */
export function runLiquid(body: string, setting: LiquidSetting, page: LiquidPage, inCode: (offset: number) => boolean): LiquidResult {
  const identity = (line: number) => line
  let templates: Template[]
  const engine = engineFor(setting, body)
  try {
    templates = engine.parse(body)
  } catch (cause) {
    return { lineOf: identity, problems: problemsOf(cause, body, setting.includes) }
  }
  const context = new Context(scopeOf(setting, page), engine.options, { sync: true }, { liquid: engine })
  context.setRegister(IN_CODE, inCode)
  const lines = lineIndexOf(body)
  const segments: Segment[] = []
  let text = ''
  let outLine = 1
  try {
    for (const template of templates) {
      const token = (template as { token?: Token }).token
      const out = toValueSync(engine.renderer.renderTemplates([template], context)) as string
      segments.push({ out: outLine, source: token ? lines.place(token.begin).line : outLine, verbatim: token !== undefined && TypeGuards.isHTMLToken(token) })
      text += out
      outLine += countLines(out)
    }
  } catch (cause) {
    return { lineOf: identity, problems: problemsOf(cause, body, setting.includes) }
  }
  const lineOf = (line: number): number => {
    let low = 0
    let high = segments.length - 1
    if (high < 0) return line
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (segments[mid]!.out <= line) low = mid
      else high = mid - 1
    }
    const segment = segments[low]!
    return segment.verbatim ? segment.source + (line - segment.out) : segment.source
  }
  return { text, lineOf, problems: [] }
}
