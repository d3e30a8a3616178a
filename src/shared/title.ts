/**
 * A title as written: real frontmatter titles hold HTML (`Logging in &amp; Networks`,
 * `Do it <em>before</em> you ship`, `H<sub>2</sub>O`). A title is read once into its
 * plain text (for `<title>`, meta tags, search, feeds, Markdown copies and every
 * comparison) and, only when it has some, its marked runs (for the h1, the sidebar,
 * breadcrumbs and cards). Only em/strong/code/sub/sup survive as marks; any other
 * tag, attribute or script becomes its text: a title is untrusted content and is
 * never injected as HTML.
 *
 * Parsed as the browser would (hast-util-from-html, parse5, already a dependency):
 * entities (`&#8217;`, `&nbsp;`, `&amp;`), a bare `<` in `a < b`, unclosed or stray
 * tags and comments are read by the HTML spec's rules rather than by a pattern.
 * Build code parses; browser code only draws the runs (src/shared/title-runs.ts,
 * which it imports instead, so the parser stays out of the browser bundle).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { MARK_ORDER as ORDER, type TitleMark, type TitleRun } from './title-runs'

export type { TitleMark, TitleRun, TitleRunFields } from './title-runs'

/** A title read: its plain text, and its runs when some of it is marked. */
export interface ParsedTitle {
  text: string
  /** Only when a run has marks: a title without markup is its text alone (small data for GraphQL and sidebar JSON). */
  runs?: TitleRun[]
}

/**
 * Tags a title cannot show (all but the marks and `br`), by lower-cased name, in the order written: what the
 * check names. Read from the source, not the parsed tree: the HTML parser drops some tags without a trace (`<head>`).
 */
export function droppedTags(written: string): string[] {
  const names = [...written.matchAll(/<\/?([A-Za-z][\w:-]*)/g)].map((match) => match[1]!.toLowerCase())
  return [...new Set(names.filter((name) => !MARKS[name] && name !== 'br'))]
}

const MARKS: Record<string, TitleMark> = { em: 'em', i: 'em', strong: 'strong', b: 'strong', code: 'code', kbd: 'code', sub: 'sub', sup: 'sup' }
const SPACES = /[ \t\n\r\f]+/g

/** The runs of text under these nodes: a mark's element adds its mark, any other element gives its text alone. */
function collect(nodes: readonly (RootContent | ElementContent)[], marks: readonly TitleMark[], runs: TitleRun[]): void {
  for (const node of nodes) {
    if (node.type === 'text') runs.push(marks.length > 0 ? { text: node.value, marks: [...marks] } : { text: node.value })
    else if (node.type === 'element') {
      const element = node as Element
      // A line break is a space in a one-line title; a template's content is no text the reader sees.
      if (element.tagName === 'br') runs.push({ text: ' ' })
      const mark = MARKS[element.tagName]
      const inner = mark && !marks.includes(mark) ? ORDER.filter((m) => m === mark || marks.includes(m)) : marks
      collect(element.tagName === 'template' ? [] : element.children, inner, runs)
    }
  }
}

function sameMarks(a: TitleRun, b: TitleRun): boolean {
  return (a.marks ?? []).join() === (b.marks ?? []).join()
}

/** Reads a title as written (HTML allowed) into its plain text and, when it has markup, its runs. */
export function parseTitle(written: string): ParsedTitle {
  // Cheap path: most titles have no tag and no entity.
  if (!/[<&]/.test(written)) {
    return { text: written.replace(SPACES, ' ').replace(/^ | $/g, '') }
  }
  const tree: Root = fromHtml(written, { fragment: true })
  const raw: TitleRun[] = []
  collect(tree.children, [], raw)
  // One space between words (a non-breaking one kept: it was written to hold words together), none at the ends, adjacent runs of the same marks joined.
  const runs: TitleRun[] = []
  for (const run of raw) {
    const last = runs[runs.length - 1]
    let text = run.text.replace(SPACES, ' ')
    if ((!last || last.text.endsWith(' ')) && text.startsWith(' ')) text = text.slice(1)
    if (!text) continue
    if (last && sameMarks(last, run)) last.text += text
    else runs.push(run.marks ? { text, marks: run.marks } : { text })
  }
  while (runs.length > 0) {
    const last = runs[runs.length - 1]!
    last.text = last.text.replace(/ $/, '')
    if (last.text) break
    runs.pop()
  }
  const text = runs.map((run) => run.text).join('')
  return runs.some((run) => run.marks) ? { text, runs } : { text }
}

/** A plain text as a title is written (its `&` and `<` escaped), so parsing it gives the text back. */
export function titleSource(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;')
}

/** The plain text of a title as written. */
export function titleText(written: string): string {
  return parseTitle(written).text
}
