/**
 * Ids the site's own layout gives its elements (src/components, src/pages,
 * Gatsby's root): raw HTML in a page may not take them, or the skip link,
 * the sidebar's toggles and the search field would find the page's element
 * instead. tests/unit/markdown/render.test.ts checks the list against the
 * components.
 */
// biome-ignore format: a list laid out by hand, several to a line
export const SITE_IDS: readonly string[] = [
  'main', 'site-sidebar', 'toc-heading', 'search-input', 'search-listbox', 'search-page-input', 'suggestions-heading', 'page-feedback-comment',
  '___gatsby', 'gatsby-focus-wrapper', 'gatsby-announcer',
]

/** Ids made by the layout from a number or path: the sidebar's folder lists (`sb-0-1`, `sb-template-0`), the home page's sections (`section-2`). */
const SITE_ID_PATTERNS: readonly RegExp[] = [/^sb-[\w-]*$/, /^section-\d+$/]

export function isSiteId(id: string): boolean {
  return SITE_IDS.includes(id) || SITE_ID_PATTERNS.some((pattern) => pattern.test(id))
}
