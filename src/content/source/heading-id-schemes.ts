/**
 * How each generator a handbook may come from made its headings' ids. Links
 * and bookmarks written against the old site (`/page#cloud-gov`) name those
 * ids; markdown/heading-aliases.ts keeps them on the page beside ours, which
 * are GitHub's (links/slug.ts). Each scheme is the tool's default as its
 * source or documentation has it, with how it numbers a repeated heading.
 */
import slugify from '@sindresorhus/slugify'
import GithubSlugger from 'github-slugger'
import type { SourceTool } from './tool'

/** A piece of a heading's text: inline code (where kramdown's typography stops) and images' alt text (which only Docusaurus reads) set apart. */
export interface TextRun {
  value: string
  kind: 'text' | 'code' | 'alt'
}

/** A heading as the tools read it. */
export interface HeadingText {
  runs: readonly TextRun[]
  /** Its content as written in the Markdown (after the `#` marks), when known: Hugo makes its id from that. */
  source?: string
}

/** The ids of one page under a tool's rules. */
export interface ToolSlugger {
  /** The id the tool gives this heading ('' when its rules leave nothing). */
  id(heading: HeadingText): string
  /** An id set by hand on a heading: tools that know of it never generate it for another one. */
  reserve(id: string): void
}

/** The heading's text from the runs of the kinds a tool reads, spaces as written (GitHub's slugs keep every one). */
function textOf(heading: HeadingText, kinds: readonly TextRun['kind'][] = ['text', 'code']): string {
  return heading.runs
    .filter((run) => kinds.includes(run.kind))
    .map((run) => run.value)
    .join('')
}

/**
 * Eleventy has no heading ids of its own: sites add markdown-it-anchor with
 * Eleventy's `slugify` filter as its slugify, as eleventy-base-blog and the
 * 18F handbook do. That filter (Eleventy 1 and 2, src/Filters/Slugify.js) is
 * @sindresorhus/slugify 1 with `decamelize: false`: letters transliterated to
 * ASCII, `&` read as "and", every other run of characters a hyphen, so
 * `cloud.gov` is `cloud-gov` and `reviewer(s)` is `reviewer-s`.
 */
export function eleventySlug(text: string): string {
  // ASCII without `&` is what transliterating leaves as it is (its only ASCII replacement is `&` → "and"):
  // slugify's remaining steps, without the ~700 patterns it builds per call for the letters it would replace.
  if (PLAIN_ASCII.test(text))
    return text
      .toLowerCase()
      .replace(/[^a-z\d]+/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^-|-$/g, '')
  return slugify(text, { decamelize: false })
}

/** ASCII text without `&`. */
const PLAIN_ASCII = /^[\x00-\x25\x27-\x7f]*$/

/** kramdown's typographic symbols, which it makes of the text outside code before the id is read from it. */
const KRAMDOWN_TYPOGRAPHY: Readonly<Record<string, string>> = { '---': '\u2014', '--': '\u2013', '...': '\u2026', '<< ': '\u00ab ', ' >>': ' \u00bb', '<<': '\u00ab', '>>': '\u00bb' }

/** A run of text as kramdown sees it: `--` an en dash, `...` an ellipsis (kramdown/parser/kramdown/typographic_symbol.rb, in that order). */
export function kramdownTypography(text: string): string {
  return text.replace(/---|--|\.\.\.|<< | >>|<<|>>/g, (symbol) => KRAMDOWN_TYPOGRAPHY[symbol] ?? symbol)
}

/**
 * Jekyll: kramdown with `input: GFM`, Jekyll's default since 3.0
 * (lib/jekyll/configuration.rb). kramdown-parser-gfm's `generate_gfm_header_id`:
 * lower-cased; every character that is not a letter, mark, decimal digit,
 * connector (`_`), hyphen, space or tab removed; spaces and tabs to hyphens.
 * `cloud.gov` is `cloudgov`, like GitHub; `508 -- Accessibility` is
 * `508--accessibility` (the `--` became a dash, which is removed).
 */
export function kramdownGfmSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{Nd}\p{Pc}\- \t]/gu, '')
    .replace(/[ \t]/g, '-')
}

/**
 * Hugo: goldmark with `autoHeadingIDType: github`, the default
 * (markup/goldmark/autoid.go). It reads the heading as written, not as
 * rendered, which is where it differs from GitHub: `_emphasis_` keeps its
 * underscores, a link keeps its address's letters, `&amp;` is `amp`. Then:
 * trimmed; hyphens and spaces to hyphens; letters, decimal digits and `_`
 * lower-cased; everything else dropped; `heading` when nothing is left.
 */
export function goldmarkSlug(text: string): string {
  let id = ''
  for (const char of text.trim()) {
    if (char === '-' || char === ' ') id += '-'
    else if (char === '_' || /[\p{L}\p{Nd}]/u.test(char)) id += char.toLowerCase()
  }
  return id || 'heading'
}

/**
 * GitBook: its generator is not public. From the anchors it publishes,
 * every run of characters that are not letters or digits is one hyphen,
 * none at the ends: `Country/Region` is `country-region`, `config.yml`
 * `config-yml` (GitHub's are `countryregion` and `configyml`).
 */
export function gitbookSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
}

/**
 * MkDocs: Python-Markdown's `toc` extension with its default `slugify`
 * (markdown/extensions/toc.py): accents dropped to ASCII, characters other
 * than word characters, spaces and hyphens removed, lower-cased, runs of
 * spaces and hyphens to one hyphen. `cloud.gov` is `cloudgov`.
 */
export function mkdocsSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[^\x00-\x7f]/g, '')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[-\s]+/g, '-')
}

/** Python-Markdown's `unique`: a taken id gets `_1`, and an id ending in `_N` counts on from N. */
function mkdocsUnique(id: string, taken: Set<string>): string {
  let unique = id
  while (taken.has(unique) || !unique) {
    const numbered = /^(.*)_([0-9]+)$/.exec(unique)
    unique = numbered ? `${numbered[1]}_${Number(numbered[2]) + 1}` : `${unique}_1`
  }
  return unique
}

/** markdown-it-anchor (8 and later) and goldmark: a taken id gets `-1`, `-2`… until one is free; ids set by hand count as taken. */
function hyphenUnique(id: string, taken: Set<string>): string {
  let unique = id
  for (let n = 1; taken.has(unique); n += 1) unique = `${id}-${n}`
  return unique
}

/** A slugger that numbers repeats against every id the page has used so far. */
function takenSlugger(slug: (heading: HeadingText) => string, unique: (id: string, taken: Set<string>) => string): ToolSlugger {
  const taken = new Set<string>()
  return {
    id(heading) {
      const id = unique(slug(heading), taken)
      taken.add(id)
      return id
    },
    reserve: (id) => void taken.add(id),
  }
}

/** kramdown-parser-gfm numbers each generated id by itself (`foo`, `foo-1`), not knowing ids set by hand. */
function kramdownSlugger(): ToolSlugger {
  const seen = new Map<string, number>()
  return {
    id(heading) {
      const text = heading.runs
        .filter((run) => run.kind !== 'alt')
        .map((run) => (run.kind === 'text' ? kramdownTypography(run.value) : run.value))
        .join('')
      const id = kramdownGfmSlug(text)
      const count = (seen.get(id) ?? -1) + 1
      seen.set(id, count)
      return count > 0 ? `${id}-${count}` : id
    },
    reserve: () => undefined,
  }
}

/**
 * Docusaurus: github-slugger on the heading's Markdown text (mdast-util-to-string,
 * which counts an image's alt text), ids written by hand left out of its count
 * (@docusaurus/mdx-loader's headings plugin).
 */
function docusaurusSlugger(): ToolSlugger {
  const slugger = new GithubSlugger()
  return { id: (heading) => slugger.slug(textOf(heading, ['text', 'code', 'alt'])), reserve: () => undefined }
}

/** Each tool's slugger for one page; none for `none`, whose ids are ours. */
const SLUGGERS: Readonly<Record<SourceTool, () => ToolSlugger | undefined>> = {
  eleventy: () => takenSlugger((heading) => eleventySlug(textOf(heading)), hyphenUnique),
  jekyll: kramdownSlugger,
  hugo: () => takenSlugger((heading) => goldmarkSlug(heading.source ?? textOf(heading)), hyphenUnique),
  gitbook: () => takenSlugger((heading) => gitbookSlug(textOf(heading)), hyphenUnique),
  docusaurus: docusaurusSlugger,
  mkdocs: () => takenSlugger((heading) => mkdocsSlug(textOf(heading)), mkdocsUnique),
  none: () => undefined,
}

/** A fresh slugger for one page under the rules of `tool`; none for `none`. */
export function toolSlugger(tool: SourceTool): ToolSlugger | undefined {
  return SLUGGERS[tool]()
}
