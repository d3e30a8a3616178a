/**
 * Finds the shortcodes of other generators in a page's text: Hugo's
 * `{{< name args >}}` and `{{% name args %}}` (closing `{{% /name %}}`,
 * self-closing `{{< name />}}`, Hugo's escape: a comment around the name), and the
 * Liquid tags of GitBook and Jekyll (`{% hint style="info" %}` …
 * `{% endhint %}`). Arguments are Hugo's: positional or `key=value`, quoted
 * with "…" (backslash escapes) or `…` (raw), or bare; a tag may span lines.
 *
 * Pure text scanning: the caller says where the code is (left literal).
 * Malformed tags are reported with their place and skipped as text.
 */
import type { InCode } from '../code-ranges'
import { countAtOrBefore } from '../../common/sorted'

/** `brace`: `{{name}}` or `{{name:args}}`, no Hugo syntax: a placeholder another site's own generator filled in (`{{generator:glossary}}`). */
export type ShortcodeForm = 'angle' | 'percent' | 'liquid' | 'brace'

export interface ShortcodeTag {
  form: ShortcodeForm
  /** As written: `alert`, `engineering/header`; for Liquid closings without `end`, e.g. `hint` for `endhint`. */
  name: string
  closing: boolean
  selfClosing: boolean
  // Hugo's escape {{</* … */>}}: shown as the literal tag.
  escaped: boolean
  positional: string[]
  named: Record<string, string>
  /** Offsets in the text: [start, end). */
  start: number
  end: number
  line: number
  column: number
}

export interface ScanProblem {
  message: string
  line: number
  column: number
}

export interface ScanResult {
  tags: ShortcodeTag[]
  problems: ScanProblem[]
}

/** Whether the text may hold a tag at all: the cheap test before scanning. */
export function mayHoldShortcodes(text: string): boolean {
  return text.includes('{{<') || text.includes('{{%') || text.includes('{%') || BRACE_START.test(text)
}

const BRACE_START = /\{\{[A-Za-z]/
/** `{{name}}` or `{{name:args}}`, written tight (`{{ x }}` with spaces is a template language's, not this). */
const BRACE_TAG = /^\{\{([A-Za-z][\w.-]*(?::[^{}\n]*)?)\}\}/

/** The brace tag at `start`: its whole text is its name (a mapping's key, a warning's kind); what follows `:` its arguments, split at commas. */
function readBrace(text: string, start: number, lines: LineIndex): ShortcodeTag | undefined {
  const match = BRACE_TAG.exec(text.slice(start, start + 300))
  if (!match) return undefined
  const name = match[1]!.trim()
  const args = name.includes(':') ? name.slice(name.indexOf(':') + 1) : ''
  const positional = args ? args.split(',').map((arg) => arg.trim()) : []
  return { form: 'brace', name, closing: false, selfClosing: true, escaped: false, positional, named: {}, start, end: start + match[0].length, ...lines.place(start) }
}

/** Liquid tags that close a block are written `end<name>`. */
const LIQUID_END = /^end(?=[a-z])/

interface Cursor {
  text: string
  at: number
}

function skipSpace(cursor: Cursor): void {
  while (cursor.at < cursor.text.length && /\s/.test(cursor.text[cursor.at]!)) cursor.at++
}

/** A quoted or bare value; undefined at a closing delimiter or the end. */
function readValue(cursor: Cursor, stops: readonly string[]): string | { unclosed: '"' | '`' } | undefined {
  const { text } = cursor
  const quote = text[cursor.at]
  if (quote === '"' || quote === '`') {
    let value = ''
    let at = cursor.at + 1
    while (at < text.length && text[at] !== quote) {
      if (quote === '"' && text[at] === '\\' && at + 1 < text.length) {
        value += text[at + 1]
        at += 2
        continue
      }
      value += text[at]
      at++
    }
    if (at >= text.length) return { unclosed: quote }
    cursor.at = at + 1
    return value
  }
  let value = ''
  while (cursor.at < text.length && !/[\s=]/.test(text[cursor.at]!) && !stops.some((stop) => text.startsWith(stop, cursor.at))) value += text[cursor.at++]
  return value || undefined
}

export interface LineIndex {
  /** 1-based line and column of an offset. */
  place(offset: number): { line: number; column: number }
}

export function lineIndexOf(text: string): LineIndex {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1)
  return {
    place(offset) {
      // The last line start at or before the offset (the first, 0, for a negative one).
      const line = Math.max(1, countAtOrBefore(starts, offset))
      return { line, column: offset - starts[line - 1]! + 1 }
    },
  }
}

/** Reads one tag starting at `start` (at `{{<`, `{{%` or `{%`); a problem when it is malformed. */
function readTag(text: string, start: number, lines: LineIndex): ShortcodeTag | ScanProblem {
  const place = lines.place(start)
  const form: ShortcodeForm = text.startsWith('{{<', start) ? 'angle' : text.startsWith('{{%', start) ? 'percent' : 'liquid'
  const opener = form === 'angle' ? '{{<' : form === 'percent' ? '{{%' : '{%'
  const closer = form === 'angle' ? '>}}' : form === 'percent' ? '%}}' : '%}'
  const written = text.slice(start, start + 40).split('\n')[0]
  const cursor: Cursor = { text, at: start + opener.length }
  if (form === 'liquid' && text[cursor.at] === '-') cursor.at++
  skipSpace(cursor)
  const escaped = form !== 'liquid' && text.startsWith('/*', cursor.at)
  if (escaped) {
    cursor.at += 2
    const end = text.indexOf(`*/${closer}`, cursor.at)
    if (end < 0) return { ...place, message: `the escaped shortcode ${written}… is never closed: end it with */${closer}` }
    const inner = text.slice(cursor.at, end).trim()
    return { form, name: inner, closing: false, selfClosing: false, escaped: true, positional: [], named: {}, start, end: end + 2 + closer.length, ...place }
  }
  let closing = false
  if (text[cursor.at] === '/') {
    closing = true
    cursor.at++
    skipSpace(cursor)
  }
  const nameMatch = /^[A-Za-z0-9_][\w./-]*/.exec(text.slice(cursor.at, cursor.at + 200))
  if (!nameMatch) return { ...place, message: `${written}… is not a shortcode: a name must follow ${opener}. To show the braces as text, write {{</* name */>}} or put them in \`code\`` }
  let name = nameMatch[0]
  // `{{< x />}}`: the name's own `/` is part of it only when followed by more name.
  if (name.endsWith('/')) name = name.slice(0, -1)
  cursor.at += name.length
  if (form === 'liquid' && LIQUID_END.test(name)) {
    closing = true
    name = name.replace(LIQUID_END, '')
  }
  const positional: string[] = []
  const named: Record<string, string> = {}
  const stops = form === 'liquid' ? ['-%}', '%}'] : ['/>}}', '/%}}', closer]
  for (;;) {
    skipSpace(cursor)
    if (cursor.at >= text.length) return { ...place, message: `the shortcode ${written}… is never closed: end it with ${closer}` }
    if (form === 'liquid' && text.startsWith('-%}', cursor.at)) {
      cursor.at += 3
      break
    }
    if (text.startsWith(closer, cursor.at)) {
      cursor.at += closer.length
      break
    }
    if (form !== 'liquid' && text.startsWith(`/${closer}`, cursor.at)) {
      cursor.at += closer.length + 1
      return { form, name, closing, selfClosing: true, escaped: false, positional, named, start, end: cursor.at, ...place }
    }
    // A Hugo tag ends where the other delimiter would be a mistake: `{{< x %}}`.
    if (form !== 'liquid' && text.startsWith(form === 'angle' ? '%}}' : '>}}', cursor.at)) {
      return { ...place, message: `the shortcode ${written}… opens with ${opener} but closes with ${text.slice(cursor.at, cursor.at + 3)}: use ${closer}` }
    }
    // The next tag begins before this one ended: this one is not closed.
    if (/^\{\{[<%]/.test(text.slice(cursor.at, cursor.at + 3))) return { ...place, message: `the shortcode ${written}… is never closed: end it with ${closer}` }
    const value = readValue(cursor, stops)
    if (value === undefined) {
      return { ...place, message: `the shortcode ${written}… has an unexpected "${text[cursor.at]}": end it with ${closer}` }
    }
    if (typeof value !== 'string') return { ...place, message: `the shortcode ${written}… has an argument whose ${value.unclosed} quote is never closed: close it before ${closer}` }
    skipSpace(cursor)
    if (text[cursor.at] === '=') {
      cursor.at++
      skipSpace(cursor)
      const assigned = readValue(cursor, stops)
      if (assigned !== undefined && typeof assigned !== 'string') {
        return { ...place, message: `the shortcode ${written}… has an argument ${value}= whose ${assigned.unclosed} quote is never closed: close it before ${closer}` }
      }
      named[value] = assigned ?? ''
    } else {
      positional.push(value)
    }
  }
  return { form, name, closing, selfClosing: false, escaped: false, positional, named, start, end: cursor.at, ...place }
}

/**
 * Every tag in `text` outside its code (`inCode`).
 * Inside a Liquid `{% raw %}` … `{% endraw %}` nothing is a tag.
 */
export function scanShortcodes(text: string, inCode: InCode): ScanResult {
  const tags: ShortcodeTag[] = []
  const problems: ScanProblem[] = []
  const lines = lineIndexOf(text)
  const pattern = /\{\{[<%]|\{%|\{\{(?=[A-Za-z])/g
  let match: RegExpExecArray | null
  while ((match = pattern.exec(text))) {
    if (inCode(match.index)) continue
    if (match[0] === '{{') {
      // Not this syntax (`{{a b}}`): text, as written.
      const brace = readBrace(text, match.index, lines)
      if (brace) {
        tags.push(brace)
        pattern.lastIndex = brace.end
      }
      continue
    }
    const tag = readTag(text, match.index, lines)
    if ('message' in tag) {
      problems.push(tag)
      continue
    }
    tags.push(tag)
    pattern.lastIndex = tag.end
    if (tag.form === 'liquid' && tag.name === 'raw' && !tag.closing) {
      const end = /\{%-?\s*endraw\s*-?%\}/g
      end.lastIndex = tag.end
      const closing = end.exec(text)
      if (closing) pattern.lastIndex = closing.index
    }
  }
  return { tags, problems }
}
