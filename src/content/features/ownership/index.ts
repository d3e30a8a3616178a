/**
 * Ownership: who owns each page (frontmatter `owner`, folder defaults in
 * `_meta.yml`) and whether it is due for review (`reviewed`, `review_every`,
 * the site's `reviewEvery` and "today"), and the list of stale pages.
 */
export type { OwnerRef, PageOwnership, ReviewState } from './types'
export { FOLDER_DEFAULTS_FILE, isFolderDefaults } from './folder-file'
export { readFolderDefaults, type FolderDefaults } from './folder-defaults'
export { ownerName, ownerRefOf } from './owners'
export { reviewState } from './review'
export { resolveOwnership, type OwnershipSettings, type OwnershipSource, type ResolvedOwnership } from './resolve'
export { overdueText, staleCount, staleGithubLines, staleGroups, staleJson, staleTextLines, type StaleCandidate, type StaleGroup, type StalePage } from './stale-pages'
