/** The language a page is written in: the one place that decides it. */

/**
 * A page's language tag: its own `lang` (frontmatter, or its language's
 * folder once a handbook has several), else the site's `lang` setting.
 * Components read the page's language from the page's view, never the
 * setting.
 */
export function pageLanguage(page: { lang?: string | null } | null | undefined, settings: { lang: string }): string {
  return page?.lang || settings.lang
}
