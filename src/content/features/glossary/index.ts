/** The glossary wing's entry points for the pipeline: reading glossary.yml, and what pages are marked with. */
import type { DataText } from '../../common/yaml'
import type { Diagnostic } from '../../common/diagnostics'
import { renderFragment } from '../../markdown/fragment'
import { tipContent } from './tip'
import type { ElementContent } from 'hast'
import { readGlossary, wordKey } from './read-glossary'
import type { Glossary, GlossaryEntry, GlossaryTips } from './types'

export { GLOSSARY_FILE, GLOSSARY_URL } from './file'
export type { Glossary, GlossaryFileData, GlossaryTips } from './types'

/** The glossary of glossary.yml (no entries without the file); its problems go to `diagnostics`. */
export function loadGlossary(file: DataText | undefined, diagnostics: Diagnostic[]): Glossary {
  return file ? readGlossary(file.path, file.text, renderFragment, diagnostics) : { entries: [] }
}

/**
 * What pages are marked with; undefined without entries (nothing to mark).
 * Entries that share a word are one tip: a page cannot tell which meaning
 * it uses, so its tooltip gives each, numbered, and links to the first.
 */
export function glossaryTips(glossary: Glossary): GlossaryTips | undefined {
  if (glossary.entries.length === 0) return undefined
  // Entries joined through the words they share (union-find over their indexes), each group under its first entry.
  const parent = glossary.entries.map((_, i) => i)
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)))
  const firstWith = new Map<string, number>()
  glossary.entries.forEach((entry, i) => {
    for (const word of [entry.term, ...entry.aliases]) {
      const first = firstWith.get(wordKey(word))
      if (first === undefined) firstWith.set(wordKey(word), i)
      else parent[Math.max(root(i), root(first))] = Math.min(root(i), root(first))
    }
  })
  const groups = new Map<number, GlossaryEntry[]>()
  glossary.entries.forEach((entry, i) => {
    groups.set(root(i), [...(groups.get(root(i)) ?? []), entry])
  })
  return {
    entries: [...groups.values()].map((ordered) => {
      // Every word as written: a word in capitals matches only in capitals, another entry's same word in any case.
      const words = [...new Set(ordered.flatMap((entry) => [entry.term, ...entry.aliases]))]
      const tip: ElementContent[] =
        ordered.length === 1 ? tipContent(ordered[0]!.definition) : ordered.flatMap((entry, i) => [{ type: 'text' as const, value: `${i ? ' ' : ''}(${i + 1}) ` }, ...tipContent(entry.definition)])
      return { id: ordered[0]!.id, words, tip }
    }),
  }
}
