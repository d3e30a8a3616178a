/**
 * `synonyms.yml` at the root of the content folder: the handbook's own
 * words for the same things (acronyms, team names, tools), added to the
 * built-in groups (src/shared/search/builtin-synonyms.ts). A list of
 * groups, each a list of terms; a term may be several words:
 *
 *     - [PTO, time off, vacation]
 *     - [OKR, objectives and key results]
 *
 * Mistakes are reported at their `file:line:col` with the fix; a group
 * that is wrong is left out, the others still apply. Never a page (it is
 * data, like people.yml). Pure: the caller reads the file.
 */
import { isScalar, isSeq } from 'yaml'
import { error, warning, type Diagnostic } from '../../common/diagnostics'
import { readYamlData } from '../../common/yaml'
import { queryTerms } from '../../../shared/search/tokenize'

export const SYNONYMS_FILE = 'synonyms.yml'

const SHAPE = 'a list of groups, each a list of two or more terms, e.g.\n  - [PTO, time off, vacation]\n  - [OKR, objectives and key results]'

/** The synonym groups of the file's text; problems go to `diagnostics`. */
export function readSynonyms(file: string, text: string, diagnostics: Diagnostic[]): string[][] {
  const parsed = readYamlData(file, text, diagnostics, {
    code: 'synonyms-yaml',
    hint: 'Check this line: a term that contains ": " or " #", or starts with a quote, [, {, * or &, must be wrapped in quotes',
    uniqueKeys: true,
    columns: true,
  })
  if (!parsed) return []
  const { doc, placeAt } = parsed
  const place = (offset: number | undefined) => {
    const { line, column } = placeAt(offset ?? 0)
    return [line, column] as const
  }
  const root = doc.contents
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return []
  if (!isSeq(root)) {
    diagnostics.push(error('synonyms-shape', file, `this file must be ${SHAPE}`, 1, 1))
    return []
  }
  const groups: string[][] = []
  for (const item of root.items) {
    const at = place((item as { range?: [number, number, number] } | null)?.range?.[0])
    if (!isSeq(item)) {
      diagnostics.push(error('synonyms-shape', file, `a group must be a list of terms, such as [PTO, time off, vacation]: write this entry as a list in brackets, or as "- " lines indented under a "-"`, ...at))
      continue
    }
    const terms: string[] = []
    const seen = new Set<string>()
    let ok = true
    for (const node of item.items) {
      const termAt = place((node as { range?: [number, number, number] } | null)?.range?.[0])
      const value = isScalar(node) ? node.value : undefined
      if (typeof value !== 'string' && typeof value !== 'number') {
        diagnostics.push(error('synonyms-shape', file, 'a term must be a word or a few words, such as "time off": write it as text (a list or a map is not a term)', ...termAt))
        ok = false
        continue
      }
      const term = String(value).trim()
      const key = queryTerms(`${term} `)
        .map((t) => t.term)
        .join(' ')
      if (!key) {
        diagnostics.push(error('synonyms-shape', file, `the term "${term}" has no searchable word (search leaves out punctuation and words such as "the"): remove it or write the word it stands for`, ...termAt))
        ok = false
        continue
      }
      if (seen.has(key)) {
        diagnostics.push(warning('synonyms-duplicate', file, `"${term}" is already in this group (search sees it as the same term): remove it`, ...termAt))
        continue
      }
      seen.add(key)
      terms.push(term)
    }
    if (ok && terms.length < 2) {
      diagnostics.push(error('synonyms-shape', file, 'a group needs two or more terms that mean the same: add the other words, or remove the group', ...at))
      continue
    }
    if (ok) groups.push(terms)
  }
  return groups
}
