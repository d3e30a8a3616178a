/**
 * glossary.yml: a list of entries, each a term, its other words, its
 * definition in Markdown and an optional link to read more:
 *
 *     - term: PTO
 *       aliases: [paid time off]
 *       definition: Paid time off, see [Time off](/handbook/time-off).
 *       link: /handbook/time-off
 *
 * Mistakes are reported at their `file:line:col` with the fix; a wrong entry
 * is left out (a wrong field of it: the field), the others still apply. A
 * word may have several meanings (two entries with the same term, or a word
 * of two entries): each is an entry of /glossary, and the word's tooltip
 * gives them all (index.ts). Pure: the caller reads the file and renders the
 * Markdown.
 */
import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml'
import { error, warning, type Diagnostic } from '../../common/diagnostics'
import { readYamlData, type Place } from '../../common/yaml'
import { nearestName } from '../../common/nearest-name'
import { describeValue } from '../../frontmatter/messages'
import { slugifySegment } from '../../links/slug'
import { isSafeUrl } from '../../../shared/url-safety'
import type { MarkdownFragment } from '../people/references'
import type { Glossary, GlossaryEntry } from './types'

const SHAPE = 'a list of entries, e.g.\n  - term: PTO\n    aliases: [paid time off]\n    definition: Paid time off: the days you take off with pay.'
const FIELDS = ['term', 'aliases', 'definition', 'link'] as const

/** A word as entries are compared: case and runs of spaces aside. */
export const wordKey = (word: string): string => word.replace(/\s+/g, ' ').trim().toLowerCase()

/** The text of a scalar YAML node (numbers as written: `term: 401k` stays text), else undefined. */
function textOf(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined
  if (typeof node.value === 'string') return node.value.trim()
  if (typeof node.value === 'number') return String(node.source ?? node.value)
  return undefined
}

/** The glossary of the file's text; problems go to `diagnostics`. */
export function readGlossary(file: string, text: string, renderMarkdown: MarkdownFragment, diagnostics: Diagnostic[]): Glossary {
  const parsed = readYamlData(file, text, diagnostics, {
    code: 'glossary-yaml',
    hint: 'Check this line: a value that contains ": " or " #", or starts with a quote, [, {, * or &, must be wrapped in quotes',
    uniqueKeys: true,
    columns: true,
  })
  if (!parsed) return { file, entries: [] }
  const { doc, placeAt } = parsed
  const at = (node: unknown): Place => placeAt((node as { range?: [number, number, number] } | null)?.range?.[0] ?? 0)
  const report = (node: unknown, message: string) => {
    const { line, column } = at(node)
    diagnostics.push(error('glossary-entry', file, message, line, column))
  }
  const root = doc.contents
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return { file, entries: [] }
  if (!isSeq(root)) {
    diagnostics.push(error('glossary-shape', file, `this file must be ${SHAPE}`, 1, 1))
    return { file, entries: [] }
  }
  const entries: GlossaryEntry[] = []
  const ids = new Set<string>()
  for (const item of root.items) {
    if (!isMap(item)) {
      report(item, `an entry must be a group of fields starting with "- term:", e.g.\n  - term: PTO\n    definition: Paid time off. It is ${describeValue((item as Node | null)?.toJSON?.() ?? item)}`)
      continue
    }
    const fields = new Map<string, Pair<unknown, unknown>>()
    for (const pair of item.items) {
      const name = textOf(pair.key) ?? ''
      if ((FIELDS as readonly string[]).includes(name)) {
        fields.set(name, pair)
        continue
      }
      const near = nearestName(name, FIELDS)
      diagnostics.push({
        ...warning(
          'glossary-unknown-field',
          file,
          `"${name}" is not a field of a glossary entry, so it is ignored. ${near ? `Did you mean "${near}"?` : `Fields: ${FIELDS.join(', ')}`}`,
          at(pair.key).line,
          at(pair.key).column,
        ),
        kind: name,
      })
    }
    const term = textOf(fields.get('term')?.value)
    if (!term) {
      report(fields.get('term')?.value ?? item, `this entry has no "term": add the word it defines, e.g. term: PTO`)
      continue
    }
    const definitionNode = fields.get('definition')?.value
    const definition = textOf(definitionNode)
    if (!definition) {
      report(definitionNode ?? item, `"${term}" has no "definition": add what it means in a sentence (Markdown), e.g. definition: Paid time off, the days you take off with pay.`)
      continue
    }
    const aliasesNode = fields.get('aliases')?.value
    const aliases: Array<{ word: string; node: unknown }> = []
    if (aliasesNode !== undefined && aliasesNode !== null && !(isScalar(aliasesNode) && aliasesNode.value === null)) {
      const listed = isSeq(aliasesNode) ? aliasesNode.items : [aliasesNode]
      for (const node of listed) {
        const alias = textOf(node)
        if (alias) aliases.push({ word: alias, node })
        else report(node, `an alias of "${term}" must be a word or a few words, e.g. aliases: [paid time off, vacation]`)
      }
    }
    const linkNode = fields.get('link')?.value
    const linkText = textOf(linkNode)
    let link: string | undefined
    if (linkNode !== undefined && linkNode !== null && !(isScalar(linkNode) && linkNode.value === null)) {
      if (linkText && isSafeUrl(linkText, 'link')) link = linkText
      else
        report(
          linkNode,
          `the link of "${term}" must be a page of this site (/handbook/time-off) or a full URL (https://…); it is ${describeValue(linkNode instanceof Object && 'toJSON' in linkNode ? (linkNode as Node).toJSON() : linkNode)}`,
        )
    }
    // A second meaning of the same word (18F's "AWS": Amazon Web Services, Alternative Work Schedule) is an entry of its own: `#aws-2`.
    const slug = slugifySegment(term)
    let id = slug
    for (let n = 2; ids.has(id); n++) id = `${slug}-${n}`
    const entry: GlossaryEntry = { id, term, aliases: [], definition: renderMarkdown(definition), ...(link ? { link } : {}), line: at(item).line }
    const own = new Set([wordKey(term)])
    for (const alias of aliases) {
      if (own.has(wordKey(alias.word))) {
        const { line, column } = at(alias.node)
        diagnostics.push(warning('glossary-alias', file, `"${alias.word}" is already a word of "${term}" (case and spaces aside): remove it`, line, column))
        continue
      }
      own.add(wordKey(alias.word))
      entry.aliases.push(alias.word)
    }
    ids.add(id)
    entries.push(entry)
  }
  return { file, entries }
}
