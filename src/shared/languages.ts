/**
 * A page's links to the handbook's languages as the chrome reads them (the
 * header's switcher, `hreflang` in the head) and the folder of the page's
 * language's search files. Made at build time by
 * src/content/features/languages/alternates.ts; shared by the server
 * renderer, the build and the browser.
 */

/** The page in one of the handbook's languages: that language's version (or its untranslated page), else its home. */
export interface LanguageLinkView {
  code: string
  /** The language's name in itself: 日本語. */
  label: string
  url: string
  /** The page's own language. */
  current: boolean
  /** The default language: its search files are at the search folder's root. */
  isDefault: boolean
  /** A page written in that language is at `url`: `hreflang` names it. */
  translated: boolean
}

/** The folder of a language's search files under the search folder: "" for the default language, `ja/` for the others. */
export function searchFolderOf(language: Pick<LanguageLinkView, 'code' | 'isDefault'>): string {
  return language.isDefault ? '' : `${language.code.toLowerCase()}/`
}

/** The folder of the search files of the page's language ("" with one language, or on a page of the default language). */
export function pageSearchFolder(languages: readonly LanguageLinkView[] | null | undefined): string {
  const current = languages?.find((language) => language.current)
  return current ? searchFolderOf(current) : ''
}

/** The language (code) of a URL among the page's language links: the non-default language whose folder holds it, else the default's. */
export function languageOfLink(url: string, languages: readonly LanguageLinkView[]): string | undefined {
  const folder = languages.find((language) => !language.isDefault && (url === `/${language.code.toLowerCase()}` || url.startsWith(`/${language.code.toLowerCase()}/`)))
  return (folder ?? languages.find((language) => language.isDefault))?.code
}

/** The sidebars of the page's language, judged by the first page each lists (all of them with one language): a language's home shows its own sections only. */
export function sidebarsOfLanguage<S extends { items: readonly { url?: string | undefined }[] }>(
  sidebars: ReadonlyMap<string, S>,
  languages: readonly LanguageLinkView[] | null | undefined,
  firstUrl: (sidebar: S) => string | undefined,
): Map<string, S> {
  const current = languages?.find((language) => language.current)
  if (!languages || !current) return new Map(sidebars)
  return new Map(
    [...sidebars].filter(([, sidebar]) => {
      const url = firstUrl(sidebar)
      return url === undefined || languageOfLink(url, languages) === current.code
    }),
  )
}

/** What the 404 and search pages of a handbook in several languages read from their pageContext (src/content/features/languages/chrome-pages.ts): their language, its home, the header's switcher. */
export interface ChromePageContext {
  lang: string
  /** The language's home: the 404 page's link home. */
  home: string
  /** The same page in every language (the 404 page: each language's home); none `translated`: no `hreflang` on a page kept out of search engines. */
  languages: LanguageLinkView[]
}

/** The search results page of the page's language: `/search`, `/ja/search`. */
export function pageSearchUrl(languages: readonly LanguageLinkView[] | null | undefined): string {
  return `/${pageSearchFolder(languages)}search`
}
