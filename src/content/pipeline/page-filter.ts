/**
 * The one filter every page passes before routing, rendering or any feature
 * wing sees it: what this build publishes. Today drafts (in production) and
 * Hugo's headless files, which exist to be included, and Eleventy's
 * `permalink: false` files, which make no page; the build for an
 * audience or a language decides here too, so no wing can list, link, index
 * or copy a page the build leaves out. A Jekyll `redirect_to:` page is
 * published, as a redirect (features/redirects/redirect-pages.ts), never as
 * a page: `isRedirectPage` tells it from the others once routed.
 */
import type { Frontmatter } from '../frontmatter'
import type { Audience } from '../features/audience/settings'
import type { LoadedSource } from './page-sources'

export interface PageFilterOptions {
  /** Keep `draft: true` pages (develop) or leave them out (production). */
  includeDrafts: boolean
}

/** Who the build is for, and which pages are internal (features/audience/visibility.ts). */
export interface AudienceFilter {
  audience: Audience
  internal: ReadonlySet<string>
}

export interface FilteredSources {
  /** The pages this build publishes, in the order read. */
  kept: LoadedSource[]
  /** The source paths left out: sidebars skip items naming them quietly, and /changes does not list them. */
  leftOut: Set<string>
  /** The internal pages a public build leaves out: a link to one shows as its text (links.ts `withheld`). */
  withheld: LoadedSource[]
}

/** Whether this build publishes a page of these fields (as a page or as a redirect). */
export function isPublished(frontmatter: Frontmatter, options: PageFilterOptions): boolean {
  return !frontmatter.headless && frontmatter.permalink !== false && (options.includeDrafts || !frontmatter.draft)
}

/** A page that is a redirect to another address (`redirect_to:`): published as a redirect, not as a page. */
export function isRedirectPage(source: Pick<LoadedSource, 'frontmatter'>): boolean {
  return (source.frontmatter.redirect_to?.length ?? 0) > 0
}

export function filterPages(read: readonly LoadedSource[], options: PageFilterOptions, audience: AudienceFilter = { audience: 'internal', internal: new Set() }): FilteredSources {
  const isWithheld = (source: LoadedSource) => audience.audience === 'public' && audience.internal.has(source.file.sourcePath)
  const isLeftOut = (source: LoadedSource) => !isPublished(source.frontmatter, options) || isWithheld(source)
  return {
    kept: read.filter((source) => !isLeftOut(source)),
    leftOut: new Set(read.filter(isLeftOut).map((source) => source.file.sourcePath)),
    withheld: read.filter((source) => isWithheld(source) && isPublished(source.frontmatter, options)),
  }
}
