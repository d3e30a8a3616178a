/** The glossary wing's entry points for the pipeline: reading glossary.yml, and what pages are marked with. */
import type { DataText } from '../../common/yaml'
import type { Diagnostic } from '../../common/diagnostics'
import { renderFragment } from '../../markdown/fragment'
import { readGlossary } from './read-glossary'
import { tipContent } from './tip'
import type { Glossary, GlossaryTips } from './types'

export { GLOSSARY_FILE, GLOSSARY_URL } from './file'
export type { Glossary, GlossaryFileData, GlossaryTips } from './types'

/** The glossary of glossary.yml (no entries without the file); its problems go to `diagnostics`. */
export function loadGlossary(file: DataText | undefined, diagnostics: Diagnostic[]): Glossary {
  return file ? readGlossary(file.path, file.text, renderFragment, diagnostics) : { entries: [] }
}

/** What pages are marked with; undefined without entries (nothing to mark). */
export function glossaryTips(glossary: Glossary): GlossaryTips | undefined {
  if (glossary.entries.length === 0) return undefined
  return { entries: glossary.entries.map((entry) => ({ id: entry.id, words: [entry.term, ...entry.aliases], tip: tipContent(entry.definition) })) }
}
