/**
 * Slugs. Heading ids follow GitHub exactly (github-slugger), so anchors
 * written against GitHub's rendering of a page keep working. URL segments use
 * the same slugger, then tidy the result for addresses.
 */
import GithubSlugger, { slug as githubSlug } from 'github-slugger'

/** A slugger for one document: repeated headings get -1, -2 like on GitHub. */
export function createHeadingSlugger(): { slug(text: string): string } {
  const slugger = new GithubSlugger()
  return { slug: (text) => slugger.slug(text) }
}

/**
 * One URL path segment from a file or folder name: lower-cased, punctuation
 * dropped, spaces to hyphens, letters of every script kept. Never empty: a
 * name made only of symbols (an emoji) keeps its characters.
 */
export function slugifySegment(name: string): string {
  const normalized = name.normalize('NFC').trim()
  const slug = githubSlug(normalized)
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug) return slug
  const kept = normalized
    .toLowerCase()
    .replace(/[\s/?#%\\]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return kept || 'page'
}
