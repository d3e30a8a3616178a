/**
 * Abbreviations, as kramdown (Jekyll) and Python-Markdown's abbr (MkDocs)
 * read them: a definition line anywhere in the page
 *
 *     *[HTML]: Hyper Text Markup Language
 *
 * is not shown, and every whole-word `HTML` in the page's text becomes
 * `<abbr title="Hyper Text Markup Language">HTML</abbr>`. CommonMark showed
 * the line as text and the word bare.
 *
 * The definitions are taken out before the Markdown parser, each line left
 * empty so every other line stays where it was; the words are marked in the
 * parsed tree's text, never in code.
 */
import type { PhrasingContent, Root } from 'mdast'
import { findAndReplace } from 'mdast-util-find-and-replace'
import { escapeRegExp } from '../common/regexp'
import type { InCode } from './code-ranges'
import { element, text } from './shortcodes/nodes'

/** A definition line: `*[HTML]: expansion` at the start of a line, indented less than code (the expansion trimmed after). */
const DEFINITION = /^ {0,3}\*\[([^\]\n]+)\]:(.*)$/

export interface Abbreviations {
  /** The text with the definition lines emptied. */
  text: string
  /** Each abbreviation → its expansion (the last definition wins, as in both tools). */
  expansions: Map<string, string>
  /** The line of the first definition over MAX_ABBREVIATIONS, which is hidden but not marked. */
  overLine?: number
}

/** How many abbreviations a page marks: each is tried at every word of the page. A real list has tens. */
export const MAX_ABBREVIATIONS = 500

/** Whether the text may hold a definition (a cheap test before the line scan). */
export function mayHoldAbbreviations(text: string): boolean {
  return text.includes('*[')
}

/** Takes the definitions out of `text`, outside code. */
export function takeAbbreviations(text: string, inCode: InCode): Abbreviations {
  const expansions = new Map<string, string>()
  let overLine: number | undefined
  let offset = 0
  const lines = text.split('\n').map((line, index) => {
    const at = offset
    offset += line.length + 1
    const found = DEFINITION.exec(line.replace(/\r$/, ''))
    if (!found || inCode(at)) return line
    const name = found[1]!.trim()
    if (expansions.size < MAX_ABBREVIATIONS || expansions.has(name)) expansions.set(name, found[2]!.trim())
    else overLine ??= index + 1
    return ''
  })
  return { text: expansions.size ? lines.join('\n') : text, expansions, ...(overLine ? { overLine } : {}) }
}

/** Marks each whole-word use of an abbreviation in the tree's text (not in code, links' addresses or HTML) as `<abbr title>`. */
export function markAbbreviations(tree: Root, expansions: ReadonlyMap<string, string>): void {
  if (!expansions.size) return
  // Longest first, so `HTML5` wins over `HTML`; a word is whole when no letter, digit or underscore touches it.
  const names = [...expansions.keys()].sort((a, b) => b.length - a.length)
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_])`, 'gu')
  // The title is a property, escaped by the HTML writer and kept by the sanitizer.
  findAndReplace(tree, [[pattern, (name: string) => element('abbr', { title: expansions.get(name)! }, [text(name)]) as PhrasingContent]])
}
