/**
 * What Liquid needs beyond the page, as the render context carries it to the
 * workers (plain data): the old tool's data and includes. Only handbooks from
 * Jekyll or Eleventy have one.
 */
export interface LiquidSetting {
  tool: 'jekyll' | 'eleventy'
  /** `_data/<name>` by name; Jekyll's `_config.yml` as `site`. */
  data: Readonly<Record<string, unknown>>
  /** `_includes/` files by their path in it (`step-indicator.html`). */
  includes: Readonly<Record<string, string>>
  /** `_includes/` from the content folder (`../_includes`), for messages about an include's lines. */
  includesPath: string
  /** The site's address (Jekyll's `absolute_url`). */
  siteUrl: string
}

/** What Liquid sees of the page itself: Eleventy's data cascade puts its frontmatter at the top level, Jekyll under `page`. */
export interface LiquidPage {
  url: string
  /** The page's path in the content folder (Eleventy's `page.inputPath`). */
  sourcePath: string
  frontmatter: Readonly<Record<string, unknown>>
}
