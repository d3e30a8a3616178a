/**
 * Search per language: one index per language, each of that language's
 * pages only (an untranslated page is not listed in the language it falls
 * back in), the default language's at the search folder's root as without
 * languages, the others' in a folder named by their code
 * (`_handbook/search/ja/`), which the browser fetches from on that
 * language's pages (src/client/search/engine.ts).
 */
import { SEARCH_FOLDER } from '../../../shared/output'
import { searchFolderOf } from '../../../shared/languages'
import type { SearchBuildStats, SearchedHandbook, SearchFile } from '../search/build'
import { languageOfPath, languageOfUrl, type Language } from './languages'

/** What builds one index: the search wing's buildSearchFiles, given by the search wing (which imports this module: no import back). */
export type BuildSearchFiles = (handbook: SearchedHandbook) => { files: SearchFile[]; stats: SearchBuildStats }

/** The search files of every language (the handbook's one index without languages). */
export function languageSearchFiles(handbook: SearchedHandbook, languages: readonly Language[], buildSearchFiles: BuildSearchFiles): { files: SearchFile[]; stats: SearchBuildStats } {
  if (languages.length === 0) return buildSearchFiles(handbook)
  const stats: SearchBuildStats = { pages: 0, sections: 0, bytes: {} }
  const files: SearchFile[] = []
  for (const language of languages) {
    const own: SearchedHandbook = {
      ...handbook,
      pages: handbook.pages.filter((page) => languageOfPath(page.sourcePath, languages) === language),
      ...(handbook.generated ? { generated: handbook.generated.filter((page) => languageOfUrl(page.url, languages) === language) } : {}),
    }
    const built = buildSearchFiles(own)
    const folder = searchFolderOf(language)
    const prefix = `${SEARCH_FOLDER}/`
    for (const file of built.files) {
      const path = folder && file.path.startsWith(prefix) ? `${prefix}${folder}${file.path.slice(prefix.length)}` : file.path
      files.push({ ...file, path })
      stats.bytes[path] = built.stats.bytes[file.path] ?? 0
    }
    stats.pages += built.stats.pages
    stats.sections += built.stats.sections
  }
  return { files, stats }
}
