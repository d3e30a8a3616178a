/**
 * Whether a URL written in a setting or data file (sidebars.yml, handbook.yml,
 * people.yml, teams.yml, an environment variable) may become an `href` or
 * `src`: one rule for all of them, used by the checks to report the file's
 * line and by the components as their last guard. It is an allow-list read
 * the way a browser reads the value (WHATWG URL parsing), so `JaVaScRiPt:`,
 * `java\tscript:`, `&#106;avascript:` and `/\evil.example` fail like
 * `javascript:` does. Markdown bodies are sanitised by the content rule
 * (src/content/markdown/sanitize.ts), whose link schemes are `LINK_SCHEMES`
 * and a few chat ones.
 */

/**
 * - `link`: a site path, `https:`, `http:`, `mailto:` or `tel:` (header, sidebar, people links).
 * - `web`: `https:` or `http:` only (a repository, an image).
 * - `site-path`: a path of this site only (`peopleUrl`).
 */
export type UrlKind = 'link' | 'web' | 'site-path'

/** Schemes a link of a setting or data file may use. */
export const LINK_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const
const WEB_SCHEMES = ['http', 'https'] as const

/** C0 and C1 controls and DEL: browsers drop tabs and line breaks inside URLs (which hides a scheme), and no file name of the site holds one. */
export const CONTROL = /[\u0000-\u001f\u007f-\u009f]/
const SCHEME = /^([a-z][a-z0-9+.-]*):/i

// The WHATWG parser, global in browsers and Node; shared code is typed without either's library.
declare const URL: new (input: string) => { hostname: string }

function allowedText(kind: UrlKind): string {
  if (kind === 'site-path') return 'a path of this site such as /people'
  if (kind === 'web') return 'a full URL starting with https://'
  return 'a path of this site (/…) or a full URL (https://…, mailto:…)'
}

/**
 * What is wrong with a URL for its use, completing `"<url>" …`; undefined when
 * it may be used. The value is taken as written except for spaces around it.
 */
export function urlProblem(written: string, kind: UrlKind = 'link'): string | undefined {
  const allowed = allowedText(kind)
  if (CONTROL.test(written)) return `contains a control character (a tab, a line break or an invisible character), which browsers drop from links: write ${allowed}`
  const value = written.trim()
  if (value === '') return `is empty: write ${allowed}`
  if (value.includes('\\')) return `contains a backslash, which browsers read as "/": write ${allowed}`
  if (value.startsWith('//')) return `starts with "//", which leaves the site for the host it names: write ${allowed}`
  if (value.startsWith('/')) return kind === 'web' ? `is a path of this site: write ${allowed}` : undefined
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase()
  if (!scheme) return `is neither a path of this site nor a full URL: write ${allowed}`
  if (kind === 'site-path') return `is a full URL, not a path of this site: write ${allowed}`
  const schemes: readonly string[] = kind === 'web' ? WEB_SCHEMES : LINK_SCHEMES
  if (!schemes.includes(scheme)) return `uses "${scheme}:", which a link of the handbook may not use: write ${allowed}`
  let url: { hostname: string }
  try {
    url = new URL(value)
  } catch {
    return `is not a URL a browser can open: write ${allowed}`
  }
  if ((scheme === 'http' || scheme === 'https') && (!url.hostname || !/^https?:\/\//i.test(value))) return `has no host after "${scheme}://": write ${allowed}`
  return undefined
}

/** A URL that may be rendered as it is (spaces around it aside). */
export function isSafeUrl(written: string, kind: UrlKind = 'link'): boolean {
  return urlProblem(written, kind) === undefined
}

/** The URL to render, or undefined to render no link: for values that reached a component without a check (an environment variable). */
export function safeHref(written: string | null | undefined, kind: UrlKind = 'link'): string | undefined {
  return typeof written === 'string' && isSafeUrl(written, kind) ? written.trim() : undefined
}
