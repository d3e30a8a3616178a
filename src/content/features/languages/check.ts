/**
 * Folders and languages that do not match, in a handbook of several
 * languages: a listed language whose folder holds no translation (`it/` the
 * IT department's section, with `it` listed: its pages would be shown as
 * Italian, and every other page would stand in untranslated under /it), and
 * a top-level folder that mirrors the handbook's pages as a translation
 * does but whose code is not listed (its pages stay the default language's).
 * Warnings, not errors: the pages are all built, as they would be without
 * the check; which one the editor meant is theirs to say.
 */
import { warning, type Diagnostic } from '../../common/diagnostics'
import type { HandbookCheck } from '../../checks/check'
import type { Page } from '../../handbook'
import { LANGUAGE_TAG } from './settings'
import { languageOfPath, type Language } from './languages'

/** Pages of a folder besides its own index: a section's pages, which a translation mirrors. */
function isFolderIndex(rest: string): boolean {
  return /^(?:index|readme|_index)\.mdx?$/i.test(rest)
}

/** The handbook's languages, as every page of a handbook of several links to them (none with one language). */
function languagesOfPages(pages: readonly Pick<Page, 'languages'>[]): Language[] {
  return (pages.find((page) => page.languages?.length)?.languages ?? []).map((link) => ({ code: link.code, label: link.label, isDefault: link.isDefault }))
}

function isUnlisted(folder: string, languages: readonly Language[]): boolean {
  return !languages.some((language) => language.code.toLowerCase() === folder.toLowerCase())
}

/** The problems of the folders and the listed languages (none with one language). */
export function languageFolderProblems(pages: readonly Pick<Page, 'sourcePath' | 'languages'>[]): Diagnostic[] {
  const languages = languagesOfPages(pages)
  if (languages.length === 0) return []
  const byFolder = new Map<string, string[]>()
  for (const page of pages) {
    const [folder, ...rest] = page.sourcePath.split('/')
    if (rest.length > 0) byFolder.set(folder!, [...(byFolder.get(folder!) ?? []), rest.join('/')])
  }
  const outside = (folder: string) => new Set(pages.filter((page) => !page.sourcePath.startsWith(`${folder}/`)).map((page) => page.sourcePath))
  const diagnostics: Diagnostic[] = []
  for (const [folder, inside] of [...byFolder].sort(([a], [b]) => a.localeCompare(b))) {
    const sections = inside.filter((rest) => !isFolderIndex(rest)).sort()
    if (sections.length < 2) continue
    const others = outside(folder)
    const mirrored = sections.filter((rest) => others.has(rest))
    const language = languageOfPath(`${folder}/x`, languages)
    if (language && !language.isDefault && mirrored.length === 0) {
      diagnostics.push(
        warning(
          'language-folder',
          `${folder}/${sections[0]}`,
          `${folder}/ is the folder of the language "${language.code}" (languages: in handbook.yml), but none of its ${sections.length} pages translates a page outside it (as ${folder}/a.md translates a.md): if it is a section, its pages are shown as ${language.label} and every other page stands in untranslated under /${folder}. Take "${language.code}" out of languages: or rename the folder; if it is that language, give its pages the paths of the pages they translate`,
        ),
      )
    } else if (isUnlisted(folder, languages) && LANGUAGE_TAG.test(folder) && mirrored.length >= 2 && mirrored.length * 2 >= sections.length) {
      diagnostics.push(
        warning(
          'language-folder-unlisted',
          `${folder}/${mirrored[0]}`,
          `${folder}/ looks like a translation (${mirrored.length} of its ${sections.length} pages have the path of a page outside it, as ${folder}/${mirrored[0]} has ${mirrored[0]}), but "${folder}" is not in languages: in handbook.yml, so its pages are the default language's. If it is a language, add { code: ${folder}, label: … } to languages:`,
        ),
      )
    }
  }
  return diagnostics
}

export const languageFolders: HandbookCheck = {
  name: 'language-folder',
  run: ({ handbook }) => languageFolderProblems(handbook.pages),
}
