/**
 * A page's heading as links see it: the id a `#anchor` names (given by
 * markdown/heading-ids.ts), its text and level, and its line, by which
 * backlinks tell the section a link is written under.
 */
export interface HeadingInfo {
  depth: number
  id: string
  text: string
  line?: number
}
