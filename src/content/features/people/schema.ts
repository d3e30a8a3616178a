/**
 * The fields of a person and of a team: the one place their types are
 * declared, each with what an editor is told when it is wrong. Checked field
 * by field (see read-people.ts), so one wrong field is reported at its line
 * and the rest of the person is kept. References between people and teams are
 * checked afterwards (references.ts), once everyone is known.
 */
import { z } from 'zod'
import { isSafeUrl } from '../../../shared/url-safety'
import { isCalendarDate } from '../../common/calendar'

/** Person ids and team slugs: lowercase letters, digits, `_` and `-`. */
export const ID_PATTERN = /^[a-z0-9_-]+$/

/** An id written another way (`Jane Doe`, `Jane.Doe`) as the id it should be. */
export function suggestedId(written: string): string {
  return written
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '_')
    .replace(/^_+|_+$/g, '')
}

const emptyIsAbsent = (value: unknown): unknown => (value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value)
/** Numbers are text where text is expected (`location: 1010`): YAML read them, the editor wrote text. */
const asText = (value: unknown): unknown => (typeof value === 'number' ? String(value) : emptyIsAbsent(value))
const oneIsList = (value: unknown): unknown => (typeof value === 'string' ? [value] : emptyIsAbsent(value))

const text = z.preprocess(asText, z.string().trim().optional())
/** A reference to a person or team: any text here; whether it names one is checked once everyone is known (references.ts), with "Did you mean". */
const id = z.preprocess(asText, z.string().trim().min(1))
const ids = z.preprocess(oneIsList, z.array(id).optional())

/** A calendar date kept as written: no time zone ever shifts it. */
const calendarDate = z.preprocess(
  emptyIsAbsent,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .refine(isCalendarDate)
    .optional(),
)

/** Where a link may point: the web, mail, a phone, or a path on this site; never `javascript:`, `data:` or `//host` (src/shared/url-safety.ts). */
const url = z
  .string()
  .refine((value) => isSafeUrl(value, 'link'))
  .transform((value) => value.trim())
const links = z.preprocess(emptyIsAbsent, z.array(z.object({ label: z.string().trim().min(1), url }).strict()).optional())

/** A GitHub user name, also when written as `@name` or as the profile's URL. */
const github = z.preprocess(
  (value) =>
    typeof value === 'string'
      ? value
          .trim()
          .replace(/^@/, '')
          .replace(/^https?:\/\/(www\.)?github\.com\//i, '')
          .replace(/\/+$/, '')
      : emptyIsAbsent(value),
  z
    .string()
    .regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/)
    .optional(),
)

/** `visibility: internal` (features/audience): anything else but `public` is a mistake, reported, and the record kept out of the public site. */
const visibility = z.preprocess(emptyIsAbsent, z.enum(['public', 'internal']).optional())
/** Names of a person's own fields. */
const fieldNames = z.preprocess(oneIsList, z.array(z.string().trim().min(1)).optional())

export interface FieldSpec {
  schema: z.ZodTypeAny
  /** What the field must be, with an example: the end of every message about it. */
  expects: string
}

export const PERSON_FIELDS = {
  name: { schema: text, expects: "the person's name as text, e.g. name: Jane Doe" },
  role: { schema: text, expects: 'text, e.g. role: Engineering Manager' },
  teams: { schema: ids, expects: 'a list of team slugs from teams.yml, e.g. teams: [platform, design]' },
  team: { schema: id.optional(), expects: 'one team slug from teams.yml, e.g. team: platform (use teams: [a, b] for several)' },
  reports_to: { schema: id.optional(), expects: 'the person id of their manager, e.g. reports_to: jane_doe' },
  location: { schema: text, expects: 'text, e.g. location: Lisbon, Portugal' },
  email: { schema: text, expects: 'an e-mail address, e.g. email: jane@acme.com' },
  phone: { schema: text, expects: 'a phone number, e.g. phone: "+351 21 000 0000" (in quotes)' },
  timezone: { schema: text, expects: 'a time zone, e.g. timezone: Europe/Lisbon' },
  pronouns: { schema: text, expects: 'text, e.g. pronouns: she/her' },
  github: { schema: github, expects: 'a GitHub user name, e.g. github: janedoe' },
  links: { schema: links, expects: 'a list of links, each with a label and an https://, mailto: or /site URL, e.g. links: [{label: Blog, url: "https://jane.example"}]' },
  photo: { schema: text, expects: 'the path of an image file relative to this data file, e.g. photo: photos/jane.jpg' },
  bio: { schema: text, expects: 'Markdown text, e.g. bio: Builds our *deploy* pipeline (use bio: | and indented lines for several paragraphs)' },
  start_date: { schema: calendarDate, expects: 'a date written YYYY-MM-DD, e.g. start_date: 2023-04-17' },
  visibility: { schema: visibility, expects: 'public or internal, e.g. visibility: internal (the whole person is left out of the public site)' },
  internal_fields: { schema: fieldNames, expects: 'a list of field names, e.g. internal_fields: [phone, location] (those fields are left out of the public site)' },
} satisfies Record<string, FieldSpec>

export const TEAM_FIELDS = {
  name: { schema: text, expects: "the team's name as text, e.g. name: Platform" },
  description: { schema: text, expects: 'Markdown text, e.g. description: Keeps our infrastructure running' },
  lead: { schema: ids, expects: 'a person id, or a list of them, e.g. lead: jane_doe' },
  parent: { schema: id.optional(), expects: 'the slug of the team this one is part of, e.g. parent: engineering' },
  channel: { schema: text, expects: 'the chat channel where to ask the team, e.g. channel: "#team-platform" (in quotes: # starts a comment)' },
  channel_url: { schema: z.preprocess(emptyIsAbsent, url.optional()), expects: 'the https:// address of the channel, e.g. channel_url: https://acme.slack.com/archives/C0123' },
  members: { schema: ids, expects: 'a list of person ids, e.g. members: [jane_doe, li_wei] (people whose teams list this team are members too)' },
  visibility: { schema: visibility, expects: 'public or internal, e.g. visibility: internal (the team is left out of the public site)' },
} satisfies Record<string, FieldSpec>

export type PersonField = keyof typeof PERSON_FIELDS
export type TeamField = keyof typeof TEAM_FIELDS

/** Other names editors give fields (from other tools), mapped to ours: `title` is `role`. */
export const FIELD_ALIASES: Readonly<Record<string, string>> = {
  title: 'role',
  job_title: 'role',
  position: 'role',
  manager: 'reports_to',
  reportsTo: 'reports_to',
  reports: 'reports_to',
  tz: 'timezone',
  time_zone: 'timezone',
  avatar: 'photo',
  image: 'photo',
  picture: 'photo',
  started: 'start_date',
  startDate: 'start_date',
  joined: 'start_date',
  description: 'bio',
  leads: 'lead',
  slack: 'channel',
}
