/**
 * The site's own pages in every language: the "page not found" page and the
 * search page. The default language's are src/pages' (`/404.html`,
 * `/search`); every other language has its own under its folder, so a
 * static host that serves the nearest `404.html` (Cloudflare Pages, our
 * serve path), or is told to (`_redirects`), answers a missing `/ja/…` in
 * Japanese, and the header's search form on a Japanese page opens Japanese
 * results. Pure: the languages in, the pages to create out (src/node/create-pages.ts).
 */
import { homeOf, urlIn, type Language } from './languages'
import type { ChromePageContext } from '../../../shared/languages'

/** Which of the site's own pages. */
export type ChromePageKind = 'not-found' | 'search'

/** One of the site's own pages in one language: where, and what its template is told (its pageContext). */
export interface ChromePage {
  kind: ChromePageKind
  /** Where Gatsby writes it: `/ja/404.html` is the file `ja/404.html`, as hosts look for it. */
  url: string
  /** The default language's: src/pages' own page, which Gatsby makes (it is given its context only). */
  srcPage: boolean
  context: ChromePageContext
}

/** Where a language's page of this kind is (`/404.html` is Gatsby's copy of src/pages/404.tsx at the root). */
function urlOf(kind: ChromePageKind, language: Language, languages: readonly Language[]): string {
  return kind === 'search' ? urlIn('/search', language, languages) : language.isDefault ? '/404' : `${homeOf(language)}/404.html`
}

/** The site's own pages of every language, the default's first (none without languages: src/pages' alone, as ever). */
export function chromePages(languages: readonly Language[]): ChromePage[] {
  const kinds: ChromePageKind[] = ['not-found', 'search']
  return kinds.flatMap((kind) =>
    languages.map((language) => ({
      kind,
      url: urlOf(kind, language, languages),
      srcPage: language.isDefault,
      context: {
        lang: language.code,
        home: homeOf(language),
        languages: languages.map((other) => ({
          code: other.code,
          label: other.label,
          // A missing page has no counterpart: the switcher goes home; the search page to the same search in that language.
          url: kind === 'search' ? urlOf(kind, other, languages) : homeOf(other),
          current: other === language,
          isDefault: other.isDefault,
          translated: false,
        })),
      },
    })),
  )
}

/** The URLs the languages' own pages take, for the reserved addresses (no content page may take one). */
export function chromePageUrls(languages: readonly Language[]): [string, string][] {
  return chromePages(languages)
    .filter((page) => !page.srcPage)
    .map((page) => [page.url, page.kind === 'search' ? `the search results page in ${page.context.lang}` : `the "page not found" page in ${page.context.lang}`])
}

/** Each language's folder and its 404 page, but the default's (the root's `404.html`): the `_redirects` rules hosts such as Netlify need to show it. */
export function folderNotFoundPages(languages: readonly Language[]): { folder: string; page: string }[] {
  return chromePages(languages)
    .filter((page) => page.kind === 'not-found' && !page.srcPage)
    .map((page) => ({ folder: page.context.home, page: page.url }))
}
