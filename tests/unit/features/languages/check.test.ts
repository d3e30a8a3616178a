import { describe, expect, it } from 'vitest'
import { languageFolderProblems } from '../../../../src/content/features/languages/check'
import { languageLinks } from '../../../../src/content/features/languages/alternates'
import { languagesOf } from '../../../../src/content/features/languages/languages'

const NONE = { translated: new Set<string>(), fallback: new Set<string>() }

/** Pages of a handbook whose `languages:` lists `codes` (each page with its links, as assemble gives them). */
function pagesOf(codes: readonly string[], sourcePaths: readonly string[]) {
  const languages = languagesOf({ languages: codes.map((code) => ({ code, label: code.toUpperCase() })) })
  return sourcePaths.map((sourcePath) => ({ sourcePath, languages: languageLinks(`/${sourcePath}`, languages[0], languages, NONE) }))
}

const SECTIONS = ['index.md', 'guide/setup.md', 'guide/travel.md', 'people/onboarding.md']

describe('language folders', () => {
  it('warns when a listed language’s folder translates nothing: a section named like a language', () => {
    const problems = languageFolderProblems(pagesOf(['en', 'it'], [...SECTIONS, 'it/index.md', 'it/laptops.md', 'it/printers.md']))
    expect(problems.map((problem) => [problem.severity, problem.code, problem.file])).toEqual([['warning', 'language-folder', 'it/laptops.md']])
    expect(problems[0]!.message).toContain('Take "it" out of languages: or rename the folder')
  })

  it('says nothing of a language folder that translates pages, even few of them', () => {
    expect(languageFolderProblems(pagesOf(['en', 'ja'], [...SECTIONS, 'ja/index.md', 'ja/guide/setup.md', 'ja/notes.md']))).toEqual([])
  })

  it('warns when a folder not listed mirrors the pages as a translation does', () => {
    const problems = languageFolderProblems(pagesOf(['en', 'ja'], [...SECTIONS, 'de/guide/setup.md', 'de/guide/travel.md', 'de/index.md']))
    expect(problems.map((problem) => [problem.code, problem.file])).toEqual([['language-folder-unlisted', 'de/guide/setup.md']])
    expect(problems[0]!.message).toContain('add { code: de, label: … } to languages:')
  })

  it('says nothing of sections, of the default language’s own folder, or of a handbook in one language', () => {
    expect(languageFolderProblems(pagesOf(['en', 'ja'], [...SECTIONS, 'hr/benefits.md', 'hr/leave.md']))).toEqual([])
    expect(languageFolderProblems(pagesOf(['en', 'ja'], [...SECTIONS, 'en/guide/setup.md', 'en/guide/travel.md']))).toEqual([])
    expect(languageFolderProblems(SECTIONS.map((sourcePath) => ({ sourcePath })))).toEqual([])
  })
})
