/**
 * Who owns a page and whether it is current: what the ownership stage
 * (frontmatter `owner`, `reviewed`, `review_every`, folder defaults in
 * `_meta.yml`) decides for each page, for the page's title lines, the team
 * and people pages, and `npm run check -- --stale`.
 */

/** An owner: a team of teams.yml or a person of people.yml. */
export interface OwnerRef {
  kind: 'person' | 'team'
  /** Team slug or person id. */
  id: string
}

export interface PageOwnership {
  owners: OwnerRef[]
  /** Where the owners come from: the page's own `owner:`, the `_meta.yml` (path relative to the content folder) of a folder above it, or the page a translation translates (its source path). */
  ownersFrom?: { kind: 'page' } | { kind: 'folder'; file: string } | { kind: 'translated'; of: string }
}

export interface ReviewState {
  /** `reviewed:` as written, YYYY-MM-DD. */
  reviewed?: string
  /** `review_every:` as written (page, folder default or site default), e.g. "6 months". */
  every?: string
  /** When the next review is due, YYYY-MM-DD: reviewed + every. */
  due?: string
  /** Days past due on the build's "today" (HANDBOOK_TODAY or the clock); 0 when not past due. */
  overdueDays: number
  /** Past due: the page shows its "may be out of date" note and `check --stale` lists it. */
  stale: boolean
}
