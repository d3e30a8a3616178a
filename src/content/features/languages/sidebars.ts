/**
 * A language's own sidebars: `ja/sidebars.yml` beside the language's pages.
 * Its paths are written from the language's folder (`guide/setup.md` is
 * `ja/guide/setup.md`), so the default language's `sidebars.yml` copied
 * there with its labels translated is a Japanese sidebars file; a page not
 * yet translated that it names is its stand-in (fallback.ts). It is read
 * and checked as `sidebars.yml` is (sidebars/), on that language's pages
 * alone; the other pages' sidebars are made as without it. A language
 * without its own file keeps its pages in `sidebars.yml`, or in its folder.
 */
import { SIDEBARS_FILE_NAMES, parseSidebarsFile, resolveSidebars, type ResolvedSidebars, type SidebarPageInput, type SidebarsInput } from '../../sidebars'
import type { Diagnostic } from '../../common/diagnostics'
import { walk } from '../../../shared/sidebar/walk'
import { languageOfPath, type Language } from './languages'
import type { Fallback } from './fallback'

/** A language's sidebars file, as read. */
export interface LanguageSidebarsFile {
  language: Language
  path: string
  text: string
}

/** The sidebars files of the languages that have their own (`ja/sidebars.yml`, or `.yaml`). */
export function languageSidebarsFiles(languages: readonly Language[], files: ReadonlySet<string>, readText: (sourcePath: string) => string | undefined): LanguageSidebarsFile[] {
  return languages.flatMap((language) => {
    if (language.isDefault) return []
    const found = SIDEBARS_FILE_NAMES.map((name) => `${language.code}/${name}`).find((path) => files.has(path))
    const text = found === undefined ? undefined : readText(found)
    return found === undefined || text === undefined ? [] : [{ language, path: found, text }]
  })
}

/** The paths a sidebars file names pages by (a page item's, a group's page), as written. */
function namedPages(file: LanguageSidebarsFile): Set<string> {
  const named = new Set<string>()
  for (const sidebar of parseSidebarsFile(file.path, file.text).sidebars) {
    walk(sidebar.items, (item) => {
      if ((item.type === 'page' || item.type === 'group') && item.page) named.add(item.page.replace(/^\.?\/+/, ''))
    })
  }
  return named
}

/**
 * The handbook's sidebars with each language's own file: the pages of a
 * language that has one are resolved against it (paths from its folder,
 * its stand-ins by the path their translation would have), the others as
 * without it. A sidebar name both use is an error at the language's file.
 */
export function resolveWithLanguageSidebars(
  input: SidebarsInput,
  own: readonly LanguageSidebarsFile[],
  languages: readonly Language[],
  fallbacks: readonly Fallback[],
  resolve: (input: SidebarsInput) => ResolvedSidebars = resolveSidebars,
): ResolvedSidebars {
  if (own.length === 0) return resolve(input)
  const ownLanguages = new Set(own.map((file) => file.language))
  const inLanguage = (sourcePath: string) => languageOfPath(sourcePath, languages)!
  const rest = resolve({ ...input, pages: input.pages.filter((page) => !ownLanguages.has(inLanguage(page.sourcePath))) })
  const sidebars = [...rest.sidebars]
  const sidebarOf = new Map(rest.sidebarOf)
  const diagnostics: Diagnostic[] = [...rest.diagnostics]
  for (const file of own) {
    const folder = `${file.language.code}/`
    const local = (sourcePath: string) => (sourcePath.startsWith(folder) ? sourcePath.slice(folder.length) : sourcePath)
    const pages = input.pages.filter((page) => inLanguage(page.sourcePath) === file.language).map((page) => ({ ...page, sourcePath: local(page.sourcePath) }))
    // A page not yet translated that the file names: its stand-in, under the English title, at the language's address.
    const named = namedPages(file)
    const titles = new Map(input.pages.map((page) => [page.sourcePath, page]))
    const standIns: SidebarPageInput[] = fallbacks
      .filter((fallback) => fallback.language === file.language && named.has(fallback.page.sourcePath))
      .flatMap((fallback) => {
        const page = titles.get(fallback.page.sourcePath)
        return page ? [{ sourcePath: fallback.page.sourcePath, url: fallback.url, title: page.title, ...(page.titleRuns ? { titleRuns: page.titleRuns } : {}) }] : []
      })
    const drafts = new Set([...(input.draftPaths ?? [])].filter((path) => path.startsWith(folder)).map(local))
    const resolved = resolve({ file: { path: file.path, text: file.text }, pages: [...pages, ...standIns], draftPaths: drafts, defaultSidebar: input.defaultSidebar })
    const taken = new Set(sidebars.map((sidebar) => sidebar.name))
    for (const sidebar of resolved.sidebars) {
      if (taken.has(sidebar.name)) {
        const line = parseSidebarsFile(file.path, file.text).sidebars.find((spec) => spec.name === sidebar.name)?.line
        diagnostics.push({
          severity: 'error',
          code: 'sidebar-language-name',
          file: file.path,
          message: `the sidebar "${sidebar.name}" is also a sidebar of another language: each language's sidebars have their own names. Rename it, e.g. "${sidebar.name} (${file.language.label})"`,
          ...(line ? { line } : {}),
        })
        continue
      }
      sidebars.push(sidebar)
    }
    const standInPaths = new Set(standIns.map((page) => page.sourcePath))
    // A page the file does not place (the language's home, unless listed) shows the language's first sidebar, not one of another language.
    const names = new Set(resolved.sidebars.map((sidebar) => sidebar.name))
    const first = resolved.sidebars[0]?.name
    for (const [sourcePath, sidebar] of resolved.sidebarOf) {
      if (!standInPaths.has(sourcePath)) sidebarOf.set(`${folder}${sourcePath}`, names.has(sidebar) || first === undefined ? sidebar : first)
    }
    // The pages' own problems are at their files (`ja/…`); the file's at its lines. The language's home needs no place in a sidebar, as the home page does not.
    const found = resolved.diagnostics.filter((problem) => !(problem.code === 'sidebar-orphan' && problem.file === 'index.md'))
    diagnostics.push(...found.map((problem) => (problem.file === file.path ? problem : { ...problem, file: `${folder}${problem.file}` })))
  }
  return { sidebars, sidebarOf, diagnostics }
}
