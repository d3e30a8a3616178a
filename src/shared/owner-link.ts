/** An owner of a page as the page shows it (made at build time, drawn by the page view): shared by build and UI. */
export interface OwnerLink {
  kind: 'person' | 'team'
  label: string
  /** The team's page or the person's card, without the path prefix. */
  url: string
  /** Where to ask a team, e.g. `#team-platform`. */
  channel?: string
  channelUrl?: string
}

/** A page's review state as the page shows it. */
export interface ReviewView {
  /** Past due: the page says it may be out of date. */
  stale: boolean
  /** `reviewed:` as written, YYYY-MM-DD. */
  reviewed?: string
}
