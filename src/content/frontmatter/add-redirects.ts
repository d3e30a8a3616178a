/**
 * `npm run check -- --since <ref> --fix`: old URLs added to a page's
 * `redirect_from` (or its existing `aliases`) list, editing the YAML
 * frontmatter as text so every other byte of the file stays as written
 * (comments, quoting, line endings). A page without frontmatter gets one.
 * TOML and JSON frontmatter are left alone: the line to add is returned.
 */
import { findBlock } from './block'

export type RedirectEdit = { text: string } | { manual: string }

/** A YAML plain scalar when it is one, else double-quoted. */
function yamlScalar(value: string): string {
  return /^[^\s\-?:,[\]{}#&*!|>'"%@`][^:#,[\]{}]*$/.test(value) && value.trim() === value ? value : JSON.stringify(value)
}

const FIELD_LINE = /^(redirect_from|aliases)[ \t]*:(.*)$/

/** The text after a key's colon without its comment (`# …` after a space). */
function valueText(rest: string): string {
  return rest.replace(/(^|\s)#.*$/, '').trim()
}

export function addRedirects(text: string, urls: readonly string[]): RedirectEdit {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : ''
  // Split on \n only: each line keeps its \r, so joining on \n gives back the same bytes.
  const lines = text.slice(bom.length).split('\n')
  const eol = lines[0]?.endsWith('\r') ? '\r' : ''
  const bare = lines.map((line) => line.replace(/\r$/, ''))
  const found = findBlock(bare)
  if (found.unclosed) return { manual: `close the frontmatter (${found.unclosed}) first, then add: redirect_from: [${urls.join(', ')}]` }
  if (!found.block) {
    const block = ['---', 'redirect_from:', ...urls.map((url) => `  - ${yamlScalar(url)}`), '---'].map((line) => line + eol)
    return { text: bom + [...block, ...lines].join('\n') }
  }
  if (found.block.kind === 'toml') return { manual: `redirect_from = [${urls.map((url) => JSON.stringify(url)).join(', ')}]` }
  if (found.block.kind === 'json') return { manual: `"redirect_from": [${urls.map((url) => JSON.stringify(url)).join(', ')}]` }
  const closing = found.block.lines - 1
  const inside = (i: number) => i >= 1 && i < closing
  const fieldIndex = (name: string) => bare.findIndex((line, i) => inside(i) && FIELD_LINE.exec(line)?.[1] === name)
  const at = fieldIndex('redirect_from') >= 0 ? fieldIndex('redirect_from') : fieldIndex('aliases')
  const edited = [...lines]
  const items = urls.map(yamlScalar)
  if (at < 0) {
    edited.splice(closing, 0, ...['redirect_from:', ...items.map((item) => `  - ${item}`)].map((line) => line + eol))
    return { text: bom + edited.join('\n') }
  }
  const [, key, rest] = FIELD_LINE.exec(bare[at]!)!
  const value = valueText(rest!)
  if (value === '') {
    // Block list: the items follow, more indented or at the key's column as `- …`; append after the last.
    let last = at
    let indent = '  '
    for (let i = at + 1; inside(i); i++) {
      const line = bare[i]!
      // Blank lines and comments between the items are passed over.
      if (line.trim() === '' || line.trim().startsWith('#')) continue
      const item = /^(\s*)- /.exec(line) ?? /^(\s*)-$/.exec(line)
      if (item) {
        if (last === at) indent = item[1]!
        last = i
      } else if (/^\s+\S/.test(line) && last !== at) {
        last = i // an item's continuation line
      } else break
    }
    edited.splice(last + 1, 0, ...items.map((item) => `${indent}- ${item}${eol}`))
    return { text: bom + edited.join('\n') }
  }
  if (value.startsWith('[')) {
    // Flow list, on this line or closing on a later one: insert before its `]`.
    for (let i = at; inside(i); i++) {
      const line = bare[i]!
      const close = line.lastIndexOf(']')
      if (close < 0) continue
      const before = line.slice(0, close)
      const empty = /\[\s*$/.test(before)
      const joined = empty ? items.join(', ') : `, ${items.join(', ')}`
      edited[i] = `${before.replace(/\s*$/, '')}${joined}${line.slice(close)}${eol}`
      return { text: bom + edited.join('\n') }
    }
    return { manual: `add ${urls.join(', ')} to the ${key} list` }
  }
  // One URL written as a scalar: it becomes a flow list with the new ones.
  const comment = rest!.slice(rest!.indexOf(value) + value.length)
  edited[at] = `${key}: [${[value, ...items].join(', ')}]${comment}${eol}`
  return { text: bom + edited.join('\n') }
}
