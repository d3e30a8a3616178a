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
