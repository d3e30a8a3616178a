/**
 * What every page's frame shows of the company's brand: the logo, header
 * links, footer, accent colour, icon and social image. Built once at build
 * time (src/content/features/brand/chrome.ts) and handed to the components as JSON in
 * the site's metadata; URLs here are site paths without the path prefix,
 * except data: and full URLs.
 */
import type { FeedbackChrome } from './feedback'
import type { MessageOverrides } from './i18n'

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

/** The announcement above the header (src/content/features/banner/): absent when there is none or it has ended. */
export interface BannerChrome {
  /** Letters, digits, - and _: what readers' browsers remember when they dismiss it. */
  id: string
  /** Its Markdown rendered and sanitized. */
  html: string
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
  banner?: BannerChrome
  /** "Was this page helpful?": absent when the site asks for no feedback. */
  feedback?: FeedbackChrome
  /** The handbook's own wording of the interface (`messages:` in handbook.yml), by language: absent when it has none. */
  messages?: MessageOverrides
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

/**
 * The rule that hides the banner once this reader dismissed its id: the head's script
 * (src/client/theme-init.ts) copies the dismissed ids onto <html data-banner-dismissed>
 * before the first paint, so a dismissed banner never flashes. Empty for an id that is
 * not letters, digits, - and _ (the settings never let one through).
 */
export function bannerHiddenCss(id: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(id)) return ''
  return `html[data-banner-dismissed~="${id}"] .announcement-banner{display:none}`
}
