/**
 * Jekyll's and Eleventy's `permalink:`: the address the old tool published a
 * page at, written as a URL (`/team/values/`, `/team/values.html`) or, in
 * Eleventy, as the file it wrote (`team/values/index.html`), always from the
 * site's root. It becomes the page's URL the way `slug` does (segments
 * slugified); when the old address differs from that URL (`.html`, capitals,
 * underscores the slug drops), the old one is kept, to be served as a
 * redirect, so old links and bookmarks keep working.
 */
import { normalizeUrlPath, slugUrl } from './url'

export type PermalinkUrl =
  /** `oldUrl`: the address the old tool served, when it is not the page's URL (`/team/values.html`). */
  | { ok: true; url: string; oldUrl?: string }
  /** `computed`: a template or `:placeholder` the old tool filled in, which is not run here (a warning: the page keeps its file's URL). */
  | { ok: false; problem: string; computed?: true }

/** Liquid or Nunjucks in the value (`/blog/{{ page.fileSlug }}/`), or Jekyll's placeholders (`/:categories/:title/`). */
const COMPUTED = /\{\{|\{%|(?:^|\/):[a-z_]+/i

/** The index file Eleventy writes for a folder's address, and a page file's extension. */
const INDEX_FILE = /(?:^|\/)index\.html?$/i
const HTML_FILE = /\.html?$/i

function decoded(text: string): string {
  try {
    return decodeURI(text)
  } catch {
    return text
  }
}

/**
 * The URL a permalink gives a page (the page's file only names the page in
 * messages and for a bare name), or the problem, completing
 * `permalink "<written>" …`.
 */
export function permalinkUrl(written: string, sourcePath: string): PermalinkUrl {
  const value = written.trim()
  if (COMPUTED.test(value)) {
    return {
      ok: false,
      computed: true,
      problem: "is filled in by the old tool's templates, which do not run on frontmatter here: write the address itself, e.g. permalink: /team/values/",
    }
  }
  // Jekyll and Eleventy read a permalink from the site's root, with or without its leading slash.
  const absolute = /^(?:[a-z][a-z0-9+.-]*:|[\\/]{2})/i.test(value) ? value : `/${value.replace(/^\/+/, '')}`
  const page = absolute.replace(INDEX_FILE, '/').replace(HTML_FILE, '')
  const result = slugUrl(page, sourcePath)
  if (!result.ok) return result
  // The address as the old site served it: a folder's index file is the folder; a `.html` file is itself.
  const served = normalizeUrlPath(decoded(absolute.replace(INDEX_FILE, '/')))
  return served === result.url ? { ok: true, url: result.url } : { ok: true, url: result.url, oldUrl: served }
}
