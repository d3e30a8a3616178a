/**
 * What every page's frame shows of the company's brand: the logo, header
 * links, footer, accent colour, icon and social image. Built once at build
 * time (src/content/features/brand/chrome.ts) and handed to the components as JSON in
 * the site's metadata; URLs here are site paths without the path prefix,
 * except data: and full URLs.
 */

export interface ChromeImage {
  /** Site path of the file (`/images/logo.svg`). */
  src: string
  /** Its intrinsic size when it could be read, so the header keeps its place while it loads. */
  width?: number
  height?: number
}

export interface ChromeLink {
  label: string
  href: string
  /** Leaves the site: said so to screen readers. */
  external: boolean
}

export interface SiteChrome {
  logo?: ChromeImage
  logoDark?: ChromeImage
  headerLinks: ChromeLink[]
  /** The footer's Markdown rendered and sanitized; empty for none. */
  footerHtml: string
  /** Custom properties setting the accent shades; empty for the default colours. */
  accentCss: string
  favicon: { href: string; type: string }
  /** Default Open Graph image: a site path or a full URL. */
  socialImage?: string
}

export const emptyChrome: SiteChrome = { headerLinks: [], footerHtml: '', accentCss: '', favicon: { href: '/favicon.svg', type: 'image/svg+xml' } }

/** A full URL (or data: URI) stays as it is; a site path gets the prefix and, for social cards, the site URL. */
export function isFullUrl(href: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:)/i.test(href)
}

/** The chrome from the site metadata's JSON; the empty chrome when there is none (a test site without settings). */
export function parseChrome(json: string | null | undefined): SiteChrome {
  if (!json) return emptyChrome
  return { ...emptyChrome, ...(JSON.parse(json) as Partial<SiteChrome>) }
}
