/**
 * Which language a page is in and where its other versions are: a
 * top-level folder named by a language's code (`ja/…`) holds that
 * language's pages, every other page is the default language's; URLs keep
 * the folder (`/ja/…`), the default language has none. Pure: settings and
 * paths in, answers out.
 */
import type { LanguageSetting } from './settings'

/** A language of the handbook, as the pages and the chrome use it. */
export interface Language {
  code: string
  label: string
  /** The language of pages outside every language folder. */
  isDefault: boolean
}

/** The handbook's languages, the default first marked: none when `languages:` lists fewer than two (one language is no choice: nothing changes). */
export function languagesOf(settings: { languages: readonly LanguageSetting[] }): Language[] {
  const listed = settings.languages
  if (listed.length < 2) return []
  const chosen = listed.findIndex((language) => language.default === true)
  const index = chosen === -1 ? 0 : chosen
  return listed.map((language, i) => ({ code: language.code, label: language.label, isDefault: i === index }))
}

/** The default language (undefined without languages). */
export function defaultLanguage(languages: readonly Language[]): Language | undefined {
  return languages.find((language) => language.isDefault)
}

/** The non-default language whose folder the path (a source path `ja/a.md`, or a URL `/ja/a`) is in, else undefined. */
function folderLanguage(path: string, languages: readonly Language[]): Language | undefined {
  const first = path.replace(/^\/+/, '').split('/')[0]!
  // A file at the root (`ja.md`) is no folder: only `ja/…` and the folder's own page `/ja`.
  if (!path.replace(/^\/+/, '').includes('/') && !path.startsWith('/')) return undefined
  return languages.find((language) => !language.isDefault && language.code.toLowerCase() === first.toLowerCase())
}

/** The language of a page's file: its top-level folder's, else the default (undefined without languages). */
export function languageOfPath(sourcePath: string, languages: readonly Language[]): Language | undefined {
  return folderLanguage(sourcePath, languages) ?? defaultLanguage(languages)
}

/** The language of a URL: its first segment's, else the default (undefined without languages). */
export function languageOfUrl(url: string, languages: readonly Language[]): Language | undefined {
  return folderLanguage(url.startsWith('/') ? url : `/${url}`, languages) ?? defaultLanguage(languages)
}

/** The URL without its language folder: the default language's URL of the same page (`/ja/a` → `/a`, `/ja` → `/`). */
export function baseUrl(url: string, languages: readonly Language[]): string {
  const language = folderLanguage(url, languages)
  if (!language) return url
  return url.slice(language.code.length + 1) || '/'
}

/** The URL of the same page in another language: `/a` in ja is `/ja/a`, the home `/` is `/ja`. */
export function urlIn(url: string, language: Language, languages: readonly Language[]): string {
  const base = baseUrl(url, languages)
  if (language.isDefault) return base
  const folder = language.code.toLowerCase()
  return base === '/' ? `/${folder}` : `/${folder}${base}`
}

/** A language's home: `/` for the default, `/ja` for the others. */
export function homeOf(language: Language): string {
  return language.isDefault ? '/' : `/${language.code.toLowerCase()}`
}

/** A source path in another language's folder: `a/b.md` in ja is `ja/a/b.md`. */
export function sourcePathIn(sourcePath: string, language: Language, languages: readonly Language[]): string {
  const own = folderLanguage(sourcePath, languages)
  const base = own ? sourcePath.slice(own.code.length + 1) : sourcePath
  return language.isDefault ? base : `${language.code}/${base}`
}

/** The default language's page a page in a language folder translates (`ja/a/b.md` → `a/b.md`), when `exists` says there is one. */
export function translatedPage(sourcePath: string, languages: readonly Language[], exists: (sourcePath: string) => boolean): string | undefined {
  const fallback = defaultLanguage(languages)
  if (!fallback || !folderLanguage(sourcePath, languages)) return undefined
  const original = sourcePathIn(sourcePath, fallback, languages)
  return exists(original) ? original : undefined
}
