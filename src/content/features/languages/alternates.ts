/**
 * Each page's versions in the handbook's languages: what the header's
 * switcher links to (the same page in that language when it exists or falls
 * back, else that language's home) and what `hreflang` names (the
 * translations only).
 */
import { homeOf, languageOfPath, languageOfUrl, urlIn, type Language } from './languages'
import type { LanguageLinkView } from '../../../shared/languages'

/** One language as a page links to it: what the header's switcher and the head's hreflang links are drawn from (src/shared/languages.ts). */
export type LanguageLink = LanguageLinkView

/** The pages by URL: those written in their language, and those shown untranslated. */
export interface LanguageUrls {
  translated: ReadonlySet<string>
  fallback: ReadonlySet<string>
}

/** The links of a page at `url`, in `language`, to every language (none without languages). */
export function languageLinks(url: string, language: Language | undefined, languages: readonly Language[], urls: LanguageUrls): LanguageLink[] {
  if (!language) return []
  return languages.map((other) => {
    const target = urlIn(url, other, languages)
    const translated = urls.translated.has(target)
    return {
      code: other.code,
      label: other.label,
      url: other === language ? url : translated || urls.fallback.has(target) ? target : homeOf(other),
      current: other === language,
      isDefault: other.isDefault,
      translated: other === language ? urls.translated.has(url) : translated,
    }
  })
}

/** The pages and the wings' pages with their languages and their links to every language: what assemble gives the handbook (unchanged without languages). */
export function withLanguageLinks<P extends { url: string; sourcePath: string; lang?: string }, G extends { url: string; kind: string; lang?: string }>(
  pages: readonly P[],
  generated: readonly G[],
  languages: readonly Language[],
  fallbackKind: string,
): { pages: (P & { languages?: LanguageLink[] })[]; generated: (G & { lang?: string; languages?: LanguageLink[] })[] } {
  if (languages.length === 0) return { pages: [...pages], generated: [...generated] }
  const urls: LanguageUrls = {
    translated: new Set([...pages.map((page) => page.url), ...generated.filter((page) => page.kind !== fallbackKind).map((page) => page.url)]),
    fallback: new Set(generated.filter((page) => page.kind === fallbackKind).map((page) => page.url)),
  }
  return {
    pages: pages.map((page) => ({ ...page, languages: languageLinks(page.url, languageOfPath(page.sourcePath, languages), languages, urls) })),
    generated: generated.map((page) => {
      const language = languageOfUrl(page.url, languages)
      return { ...page, ...(language ? { lang: language.code } : {}), languages: languageLinks(page.url, language, languages, urls) }
    }),
  }
}
