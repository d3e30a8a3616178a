/**
 * Pages not yet translated: a page of the default language that another
 * language has no page for is shown at that language's URL all the same,
 * its content the default language's (marked with its `lang`), under a
 * notice in the reader's language (src/shared/page-view/untranslated.ts),
 * in that language's sidebar. Such a page
 * is no translation: no `hreflang` names it and that language's search does
 * not list it.
 */
import type { Page } from '../../handbook'
import type { GeneratedPage } from '../generated-page'
import { defaultLanguage, languageOfPath, sourcePathIn, urlIn, type Language } from './languages'

/** The kind of a fallback page among the wings' pages. */
export const FALLBACK_KIND = 'language-fallback'

/** A page shown in another language's place: where, and which page of the default language. */
export interface Fallback {
  url: string
  language: Language
  page: Pick<Page, 'sourcePath' | 'url'>
}

/** The routes links find the fallbacks at: each at the source path its translation would have (`ja/a.md`), so a relative link inside `ja/` finds it too. */
export function fallbackRoutes(pages: readonly (Pick<Page, 'sourcePath' | 'url' | 'format'> & { lang?: string | undefined })[], languages: readonly Language[]): { sourcePath: string; url: string }[] {
  return fallbacksOf(pages, languages).map(({ url, language, page }) => ({ sourcePath: sourcePathIn(page.sourcePath, language, languages), url }))
}

/** Every fallback: for each language but the default, each page of the default language whose URL in that language has no page. */
export function fallbacksOf(pages: readonly (Pick<Page, 'sourcePath' | 'url' | 'format'> & { lang?: string | undefined })[], languages: readonly Language[]): Fallback[] {
  const main = defaultLanguage(languages)
  if (!main) return []
  const urls = new Set(pages.map((page) => page.url))
  const own = pages.filter((page) => languageOfPath(page.sourcePath, languages) === main)
  return languages
    .filter((language) => !language.isDefault)
    .flatMap((language) =>
      own
        // A page of the default language's folders written in this language (its frontmatter `lang`) is no page to translate.
        .filter((page) => page.lang?.toLowerCase() !== language.code.toLowerCase())
        .map((page) => ({ url: urlIn(page.url, language, languages), language, page }))
        .filter((fallback) => !urls.has(fallback.url)),
    )
}

/**
 * The fallback pages: the default language's page as it is (its HTML; an
 * `.mdx` page's body compiled from its file by gatsby-plugin-mdx at this
 * URL too), marked as `untranslated` so the page's view puts it, its title
 * included, under its own `lang` below the notice, and offers its Markdown
 * copy. Links in it are the page's own, to the default language's pages.
 */
export function fallbackPages(pages: readonly Page[], languages: readonly Language[]): GeneratedPage[] {
  const main = defaultLanguage(languages)
  if (!main) return []
  const bySource = new Map(pages.map((page) => [page.sourcePath, page]))
  return fallbacksOf(pages, languages).map(({ url, page: { sourcePath } }) => {
    const page = bySource.get(sourcePath)!
    return {
      kind: FALLBACK_KIND,
      url,
      title: page.title,
      description: page.description,
      dataFile: page.sourcePath,
      ...(page.format === 'mdx' ? { format: 'mdx' as const } : {}),
      body: { type: 'root', children: [] },
      html: page.html,
      untranslated: { url: page.url, lang: page.lang ?? main.code },
      toc: page.toc,
      anchors: page.anchors,
      // Not this language's content: its search does not list it.
      sections: [],
      files: [],
      // The default language's page is the one search engines should list.
      noindex: true,
    }
  })
}

/** The URLs above a fallback page in its language, nearest first, ending at the language's home: the sidebar that lists one of them is its sidebar. */
export function fallbackParents(url: string): string[] {
  const segments = url.split('/').filter(Boolean)
  return segments.slice(0, -1).map((_, i) => `/${segments.slice(0, segments.length - 1 - i).join('/')}`)
}
