/**
 * JSX tags written in a `.md` page (`<TeamMember name="Ada" photo />`,
 * `</CalloutBox>`), read from the text without running anything: the tag's
 * extent and its props. A prop's value is text (`"…"`, `'…'`), a flag
 * (`photo`, true) or a value written out in braces (`{3}`, `{true}`,
 * `{"x"}`, `{["a", "b"]}`); anything else in braces is code, which a `.md`
 * page does not run: reported, never guessed.
 */

export interface JsxTag {
  name: string
  kind: 'open' | 'close' | 'self'
  /** [start, end) offsets in the text. */
  start: number
  end: number
  /** Attributes as written, in order. */
  attributes: JsxAttribute[]
}

export interface JsxAttribute {
  name: string
  /** The value as written: `"x"`, `{3}`; undefined for a flag (`photo`). */
  raw?: string
  /** Offset of the attribute in the text. */
  offset: number
}

const NAME = /[A-Z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)*/y
const ATTRIBUTE_NAME = /[A-Za-z_:][-\w:.]*/y
const SPACE = /\s*/y

function skipSpace(text: string, at: number): number {
  SPACE.lastIndex = at
  SPACE.exec(text)
  return SPACE.lastIndex
}

/** The end of a `{…}` starting at `at` (just after its `}`), strings and nested braces skipped; -1 when it never closes. */
function braceEnd(text: string, at: number): number {
  let depth = 0
  for (let i = at; i < text.length; i++) {
    const c = text[i]!
    if (c === '"' || c === "'" || c === '`') {
      const close = text.indexOf(c, i + 1)
      if (close < 0) return -1
      i = close
    } else if (c === '{') depth++
    else if (c === '}') {
      depth--
      if (depth === 0) return i + 1
    }
  }
  return -1
}

/** The capitalised tag starting at `at` (a `<`), or undefined when the text there is not one. */
export function scanTag(text: string, at: number): JsxTag | undefined {
  if (text[at] !== '<') return undefined
  const closing = text[at + 1] === '/'
  NAME.lastIndex = at + (closing ? 2 : 1)
  const name = NAME.exec(text)?.[0]
  if (!name) return undefined
  let i = NAME.lastIndex
  if (closing) {
    i = skipSpace(text, i)
    return text[i] === '>' ? { name, kind: 'close', start: at, end: i + 1, attributes: [] } : undefined
  }
  if (!/[\s/>]/.test(text[i] ?? '')) return undefined
  const attributes: JsxAttribute[] = []
  for (;;) {
    i = skipSpace(text, i)
    if (text.startsWith('/>', i)) return { name, kind: 'self', start: at, end: i + 2, attributes }
    if (text[i] === '>') return { name, kind: 'open', start: at, end: i + 1, attributes }
    if (text[i] === '{') {
      // A spread, `{...props}`: code.
      const end = braceEnd(text, i)
      if (end < 0) return undefined
      attributes.push({ name: '', raw: text.slice(i, end), offset: i })
      i = end
      continue
    }
    ATTRIBUTE_NAME.lastIndex = i
    const attribute = ATTRIBUTE_NAME.exec(text)?.[0]
    if (!attribute) return undefined
    const offset = i
    i = skipSpace(text, ATTRIBUTE_NAME.lastIndex)
    if (text[i] !== '=') {
      attributes.push({ name: attribute, offset })
      continue
    }
    i = skipSpace(text, i + 1)
    const quote = text[i]
    let end: number
    if (quote === '"' || quote === "'") end = text.indexOf(quote, i + 1) + 1
    else if (quote === '{') end = braceEnd(text, i)
    else return undefined
    if (end <= 0) return undefined
    attributes.push({ name: attribute, raw: text.slice(i, end), offset })
    i = end
  }
}

/** A value written out in braces, as JSON would read it after JavaScript's quotes: undefined when it is code. */
function writtenValue(inner: string): { value: unknown } | undefined {
  const text = inner.trim()
  if (/^'[^'\\\n]*'$/.test(text) || /^`[^`\\$]*`$/.test(text)) return { value: text.slice(1, -1) }
  if (text === 'undefined') return { value: undefined }
  try {
    // Arrays and objects of literals, with JavaScript's single quotes and unquoted keys allowed.
    const json = text.startsWith('[') || text.startsWith('{') ? text.replace(/'([^'\\\n]*)'/g, (_, s: string) => JSON.stringify(s)).replace(/([{,]\s*)([A-Za-z_$][\w$]*)\s*:/g, '$1"$2":') : text
    return { value: JSON.parse(json) }
  } catch {
    return undefined
  }
}

/** The props of a tag, and the attributes whose value is code (by name; `{...spread}` for a spread). */
export function propsOf(tag: JsxTag): { props: Record<string, unknown>; code: JsxAttribute[] } {
  const props: Record<string, unknown> = {}
  const code: JsxAttribute[] = []
  for (const attribute of tag.attributes) {
    if (attribute.raw === undefined) {
      props[attribute.name] = true
      continue
    }
    const quote = attribute.raw[0]
    if (quote === '"' || quote === "'") {
      props[attribute.name] = attribute.raw.slice(1, -1)
      continue
    }
    const written = attribute.name ? writtenValue(attribute.raw.slice(1, -1)) : undefined
    if (written) props[attribute.name] = written.value
    else code.push(attribute)
  }
  return { props, code }
}
