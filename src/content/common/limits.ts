/**
 * How much work one file may ask of the build. Content comes from pull
 * requests: without a bound, one hostile page (a 200 KB table, a paragraph
 * of `*_*_…`, files that include each other ten times over) stalls CI for
 * its whole time-out. Each limit is checked before the parser sees the text
 * (a linear scan, markdown/page-limits.ts), and an overrun is an error at its
 * line; the page is not parsed.
 *
 * The figures are far above what real handbooks write (the 18F handbook, 248
 * pages: largest page 47 KB and 980 lines, longest line 864 characters,
 * largest table 7 columns and about 60 cells, 4 levels of quotes, lists 5
 * deep, 168 list items, 125 `[` and 312 runs of `*`/`_` in a page) and below
 * where parsing becomes slow (measured with remark-parse 10 / remark-gfm 3
 * on one core; see each limit). Much of the unified 10 parser's work grows
 * with the square of the count of blocks, list items or brackets, not of
 * bytes: each of those has its own limit.
 */

/** Bytes of a page's file (its includes added). 1 MB of prose parses in about 4 s. */
export const MAX_PAGE_BYTES = 1_000_000

/** Lines of a page. Every block costs more the more blocks there are: 40,000 headings take 5 s, 20,000 take 1.6 s. */
export const MAX_LINES = 20_000

/** List items of a page, at any depth. 40,000 items take 25 s, 10,000 items 3 s (mdast-util-from-markdown 1's list step). */
export const MAX_LIST_ITEMS = 5_000

/** Quote markers (`>`) at the starts of a page's lines, every level counted: 380,000 (19,000 lines 20 deep) take 25 s. */
export const MAX_QUOTE_MARKERS = 20_000

/**
 * `[` (links, images, footnotes) in one paragraph, and in the page. Unclosed
 * ones are matched against each other: 40,000 in a paragraph take 10 s, 10,000 0.5 s.
 */
export const MAX_BRACKETS_PER_PARAGRAPH = 2_000
export const MAX_BRACKETS_PER_PAGE = 10_000

/** Characters of one line. A 10 MB line took 3 GB of memory; 50,000 leaves room for a data: image. */
export const MAX_LINE_LENGTH = 50_000

/**
 * Cells of all the tables of a page together (rows × columns, short rows
 * counted as full). remark-gfm 3's table step is quadratic in the page's
 * cells: 10,000 take 2 s, 20,000 take 12–16 s, a 200 × 500 table 276 s.
 */
export const MAX_TABLE_CELLS = 10_000

/**
 * Runs of `*` or `_` (emphasis marks) in one paragraph, and in the page.
 * Matching them is quadratic in a paragraph: 1,000 take 0.15 s, 20,000
 * (40 KB of `*_`) 7 s, 200 KB over 300 s.
 */
export const MAX_EMPHASIS_RUNS_PER_PARAGRAPH = 2_000
export const MAX_EMPHASIS_RUNS_PER_PAGE = 20_000

/**
 * Quotes and list markers opened at the start of one line (`> > > - - a`).
 * 10,000 overflow the parser's stack ("Maximum call stack size exceeded").
 */
export const MAX_NESTING = 50

/**
 * Columns of indentation before a line's text, outside fenced code. Lists
 * nested by indentation cost more with each level: 500 levels 3 s, 1,000
 * levels 28 s, 2,000 more than a minute.
 */
export const MAX_INDENT = 100

/** `{{< include >}}` expansions in one page, through every level of includes. */
export const MAX_INCLUDE_EXPANSIONS = 1_000

/** Levels of nesting in frontmatter and data files (`[[[…`, `{a: {b: …`, indented maps). */
export const MAX_DATA_NESTING = 50

/**
 * How long one page may take to render on a render worker before it is
 * stopped and reported; `HANDBOOK_RENDER_TIMEOUT_MS` sets another (tests).
 * Pages rendered on the main thread (small handbooks) rely on the limits above.
 */
export const RENDER_TIMEOUT_MS = 20_000

export function renderTimeoutMs(): number {
  const set = Number(process.env.HANDBOOK_RENDER_TIMEOUT_MS)
  return Number.isFinite(set) && set > 0 ? set : RENDER_TIMEOUT_MS
}

/** A number as the messages write it: 312,004. */
export function counted(n: number): string {
  return n.toLocaleString('en-US')
}
