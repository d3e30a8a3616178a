/**
 * The people pages in a handbook of several languages (features/languages):
 * the directory, the org chart and the team pages are made once per
 * language, the default's at their URLs, each other's under its folder
 * (`/ja/people`, `/ja/teams/platform`), in its words, listing its pages. The
 * data is not translated: on another language's pages its prose is marked
 * with the default language, as an untranslated page's content is
 * (languages/fallback.ts). A page's owner links and people blocks point to
 * its language's people pages. Pure: without languages, everything is as
 * it was.
 */
import { defaultLanguage, homeOf, languageOfPath, languageOfUrl, sourcePathIn, urlIn, type Language } from '../languages/languages'
import { fallbacksOf } from '../languages/fallback'
import type { OwnablePage } from './owned-pages'
import type { Page } from '../../handbook'
import type { PeopleContext, PeopleUrls } from './types'

/** The people pages' URLs for pages in `language`: the default language's (or without languages) as set, another's under its folder (`/people` in ja is `/ja/people`). */
export function peopleUrlsIn(urls: PeopleUrls, language: Language | undefined, languages: readonly Language[]): PeopleUrls {
  if (!language || language.isDefault) return urls
  return { people: urlIn(urls.people, language, languages), teams: urlIn(urls.teams, language, languages), orgChart: urlIn(urls.orgChart, language, languages) }
}

/** One language's people pages: where they are, the language of their words, and that of the data when it is another. */
export interface PeopleVersion {
  /** Undefined without languages. */
  language?: Language
  urls: PeopleUrls
  lang: string
  dataLang?: string
}

/** The people pages of a language other than the default: under its folder, in its words, the data marked as the default language's. */
function versionIn(urls: PeopleUrls, language: Language, main: Language, languages: readonly Language[]): Required<PeopleVersion> {
  return { language, urls: peopleUrlsIn(urls, language, languages), lang: language.code, dataLang: main.code }
}

/** The people pages of every language, as listed (one, at the URLs set, without languages). */
export function peopleVersions(urls: PeopleUrls, lang: string, languages: readonly Language[]): PeopleVersion[] {
  const main = defaultLanguage(languages)
  if (!main) return [{ urls, lang }]
  return languages.map((language) => (language.isDefault ? { language, urls, lang } : versionIn(urls, language, main, languages)))
}

/**
 * The pages a language's team and person pages list as owned: that
 * language's pages, and the default language's stand-ins where it has no
 * translation (the page its sidebar lists, at its URL). Paths are taken out
 * of the language's folder, so the pages are grouped by the same folders in
 * every language. Without languages, every page.
 */
export function ownablePagesIn(pages: readonly (OwnablePage & Pick<Page, 'format'> & { lang?: string | undefined })[], language: Language | undefined, languages: readonly Language[]): OwnablePage[] {
  const main = defaultLanguage(languages)
  if (!language || !main) return [...pages]
  const own = (page: OwnablePage): OwnablePage => ({
    sourcePath: sourcePathIn(page.sourcePath, main, languages),
    url: page.url,
    title: page.title,
    ...(page.ownership ? { ownership: page.ownership } : {}),
  })
  const bySource = new Map(pages.map((page) => [page.sourcePath, page]))
  const standIns = fallbacksOf(pages, languages)
    .filter((fallback) => fallback.language === language)
    .map((fallback) => ({ ...own(bySource.get(fallback.page.sourcePath)!), url: fallback.url }))
  return [...pages.filter((page) => languageOfPath(page.sourcePath, languages) === language).map(own), ...standIns]
}

/** Where a people page sits when no sidebar lists it (a team's page: the list of teams, then the directory). */
export function peopleSidebarParents(url: string, urls: PeopleUrls): string[] {
  return url.startsWith(`${urls.teams}/`) ? [urls.teams, urls.people] : url === urls.orgChart || url === urls.teams ? [urls.people] : []
}

/** The same in the page's language, then that language's home: a Japanese people page shows a Japanese sidebar. */
export function peopleSidebarParentsIn(url: string, urls: PeopleUrls, languages: readonly Language[]): string[] {
  const language = languageOfUrl(url, languages)
  if (!language || language.isDefault) return peopleSidebarParents(url, urls)
  return [...peopleSidebarParents(url, peopleUrlsIn(urls, language, languages)), homeOf(language)]
}

/** What people blocks are drawn from on every page: the language's versions are derived from it (peopleContextIn). */
export function peopleContextOf(directory: PeopleContext['directory'], urls: PeopleUrls, lang: string, languages: readonly Language[]): PeopleContext {
  return { directory, urls, lang, ...(languages.length ? { languages } : {}) }
}

const versions = new WeakMap<PeopleContext, Map<string, PeopleContext>>()

/**
 * What people blocks are drawn from on a page in the language `code`: the
 * context as it is in the default language (or without languages), else
 * its language's URLs and words, the data marked as the default
 * language's. Made once per language, so blocks are made once per language.
 */
export function peopleContextIn(people: PeopleContext, code: string | undefined): PeopleContext {
  const languages = people.languages ?? []
  const language = languages.find((candidate) => candidate.code === code)
  if (!language || language.isDefault) return people
  const made = versions.get(people) ?? versions.set(people, new Map()).get(people)!
  let version = made.get(language.code)
  if (!version) {
    const { urls, lang, dataLang } = versionIn(people.urls, language, defaultLanguage(languages)!, languages)
    made.set(language.code, (version = { ...people, urls, lang, dataLang }))
  }
  return version
}
