/**
 * People and teams as the handbook knows them once `people.yml` (or
 * `_people/`) and `teams.yml` are read and checked: plain data, so it can be
 * handed to render workers and to the MDX compiler as JSON. Every reference
 * in it is valid (unknown ids were reported and left out).
 */
import type { ElementContent } from 'hast'
import type { Language } from '../languages/languages'

export interface PersonLink {
  label: string
  /** http(s), mailto: or a path on this site; anything else was rejected. */
  url: string
}

/** Where a person or team is written, for messages and "edit" links. */
export interface DataSource {
  /** The data file, relative to the content folder. */
  file: string
  line: number
}

export interface Person {
  /** Lowercase `a-z0-9_-`: the anchor of the person's card (`/people#jane_doe`). */
  id: string
  name: string
  role?: string
  /** Team slugs, in the order written. */
  teams: string[]
  /** The manager's person id. */
  reportsTo?: string
  location?: string
  email?: string
  phone?: string
  timezone?: string
  pronouns?: string
  /** GitHub user name, without @. */
  github?: string
  links: PersonLink[]
  /** The photo's path relative to the content folder. */
  photo?: string
  /** The bio, rendered from Markdown and sanitized like a page. */
  bio?: ElementContent[]
  /** `YYYY-MM-DD`, as written. */
  startDate?: string
  /** `visibility: internal`: only the internal site shows the person (features/audience). */
  internal?: true
  /** `internal_fields`: the fields (as written in the data file) only the internal site shows. */
  internalFields?: string[]
  source: DataSource
}

export interface Team {
  slug: string
  name: string
  /** Rendered from Markdown and sanitized like a page. */
  description?: ElementContent[]
  /** Person ids of the team's leads. */
  leads: string[]
  /** Slug of the team this one is part of. */
  parent?: string
  /** Where to ask the team, e.g. `#team-platform`. */
  channel?: string
  channelUrl?: string
  /** Every member: the team's own `members` list and every person whose `teams` name it; leads first, then by name. */
  members: string[]
  /** `visibility: internal`: only the internal site shows the team (features/audience). */
  internal?: true
  source: DataSource
}

export interface Directory {
  /** Sorted by name. */
  people: Person[]
  /** In the order of `teams.yml`. */
  teams: Team[]
  /** The data files read, relative to the content folder (for messages and cache keys). */
  files: string[]
}

/** Where the generated pages live, without the path prefix. */
export interface PeopleUrls {
  /** The directory, e.g. `/people`. */
  people: string
  /** Team pages live under it, e.g. `/teams/platform`; the list of teams is at it. */
  teams: string
  /** The org chart, e.g. `/people/org-chart`. */
  orgChart: string
}

export const EMPTY_DIRECTORY: Directory = { people: [], teams: [], files: [] }

/** What people and team blocks are drawn from: the directory, where its pages are, and the site's language (for dates). */
export interface PeopleContext {
  directory: Directory
  urls: PeopleUrls
  lang: string
  /** The handbook's languages, when it has several (features/languages): a page in one draws its blocks with that language's pages and words (languages.ts). */
  languages?: readonly Language[]
  /** The language the data is written in, on a page of another language: its prose (roles, bios, descriptions) is marked with it. */
  dataLang?: string
}
