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
import type { SearchedHandbook, SearchFile, SearchFilesBuilt } from '../search/build'
import { languageOfPath, languageOfUrl, type Language } from './languages'

/** One language's share of the handbook, and the folder under the search folder its index goes into ("" for the default language's). */
export interface LanguagePart {
  folder: string
  handbook: SearchedHandbook
}

/** The handbook cut by language: the whole handbook, in "", without languages. */
export function languageParts(handbook: SearchedHandbook, languages: readonly Language[]): LanguagePart[] {
  if (languages.length === 0) return [{ folder: '', handbook }]
  return languages.map((language) => ({
    folder: searchFolderOf(language),
    handbook: {
      ...handbook,
      pages: handbook.pages.filter((page) => languageOfPath(page.sourcePath, languages) === language),
      ...(handbook.generated ? { generated: handbook.generated.filter((page) => languageOfUrl(page.url, languages) === language) } : {}),
    },
  }))
}

/** Each part's files moved into its folder, and the parts' figures added up. */
export function inLanguageFolders(parts: readonly (SearchFilesBuilt & { folder: string })[]): SearchFilesBuilt {
  const stats: SearchFilesBuilt['stats'] = { pages: 0, sections: 0, bytes: {} }
  const files: SearchFile[] = []
  const prefix = `${SEARCH_FOLDER}/`
  for (const { folder, files: built, stats: figures } of parts) {
    for (const file of built) {
      const path = folder && file.path.startsWith(prefix) ? `${prefix}${folder}${file.path.slice(prefix.length)}` : file.path
      files.push({ ...file, path })
      stats.bytes[path] = figures.bytes[file.path] ?? 0
    }
    stats.pages += figures.pages
    stats.sections += figures.sections
  }
  return { files, stats }
}
