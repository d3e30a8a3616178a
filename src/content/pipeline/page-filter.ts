/**
 * The one filter every page passes before routing, rendering or any feature
 * wing sees it: what this build publishes. Today drafts (in production) and
 * Hugo's headless files, which exist to be included; the build for an
 * audience or a language decides here too, so no wing can list, link, index
 * or copy a page the build leaves out.
 */
import type { LoadedSource } from './page-sources'

export interface PageFilterOptions {
  /** Keep `draft: true` pages (develop) or leave them out (production). */
  includeDrafts: boolean
}

export interface FilteredSources {
  /** The pages this build publishes, in the order read. */
  kept: LoadedSource[]
  /** The source paths left out: sidebars skip items naming them quietly, and /changes does not list them. */
  leftOut: Set<string>
}

export function filterPages(read: readonly LoadedSource[], options: PageFilterOptions): FilteredSources {
  const isLeftOut = (source: LoadedSource) => source.frontmatter.headless || (!options.includeDrafts && source.frontmatter.draft)
  return { kept: read.filter((source) => !isLeftOut(source)), leftOut: new Set(read.filter(isLeftOut).map((source) => source.file.sourcePath)) }
}
