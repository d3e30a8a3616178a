/**
 * The fields `handbook.yml` may set: the fields of handbook.config.ts, by the
 * same names, each with its schema, what it must be and a line that shows how
 * to write it (the fix in the message when it is written wrong). Adding a
 * setting means adding one line here (and its type in src/content/config.ts).
 */
import { z, type ZodTypeAny } from 'zod'
import { INTERVAL_FORMS, isInterval } from '../ownership/calendar'
import { isSafeUrl } from '../../shared/url-safety'

export interface SettingsField {
  schema: ZodTypeAny
  /** What the value must be, completing "must be …". */
  expected: string
  /** A correct line, as handbook.yml writes it (one line: messages are `file:line:col: …` lines). */
  example: string
}

const text = z.string().trim().min(1)
const field = (schema: ZodTypeAny, expected: string, example: string): SettingsField => ({ schema, expected, example })
const textField = (example: string) => field(text, 'text on one line', example)
const fileField = (example: string) => field(text, 'the path of a file in the content folder', example)

const headerLink = z.object({
  label: text,
  // A site path (`/people`) or a full URL a browser opens (`https://`, `mailto:`): the one rule of src/shared/url-safety.ts.
  href: z.string().refine((href) => isSafeUrl(href, 'link')).transform((href) => href.trim()),
}).strict()

export const SETTINGS_FIELDS: Readonly<Record<string, SettingsField>> = {
  title: textField('title: Acme Handbook'),
  description: textField('description: How Acme works'),
  siteUrl: field(text.refine((url) => /^https?:\/\/[^/\s]+/i.test(url)), 'the full URL of the site', 'siteUrl: https://handbook.acme.com'),
  pathPrefix: textField('pathPrefix: /handbook'),
  lang: field(text.regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/), 'a language tag', 'lang: en'),
  defaultSidebar: textField('defaultSidebar: Handbook'),
  repository: field(
    z.object({ url: z.string().trim().optional(), branch: text.optional(), contentPath: z.string().trim().optional() }).strict(),
    'a group of url, branch and contentPath',
    'repository: { url: "https://github.com/acme/handbook", branch: main, contentPath: contents }',
  ),
  iframeHosts: field(z.array(text), 'a list of host names', 'iframeHosts: [www.youtube.com, player.vimeo.com]'),
  // Checked further, at their line, by read.ts (sitePathSetting): they become folders of public/.
  peopleUrl: field(text, 'a site path', 'peopleUrl: /people'),
  teamsUrl: field(text, 'a site path', 'teamsUrl: /teams'),
  requireOwner: field(z.boolean(), 'true or false', 'requireOwner: true'),
  reviewEvery: field(text.refine(isInterval), `a time such as ${INTERVAL_FORMS}`, 'reviewEvery: 6 months'),
  shortcodes: field(z.record(z.unknown()), 'a group of shortcode names', 'shortcodes: { member-by-name: { block: person, args: [name] } }'),
  changesCommits: field(z.number().int().min(1), 'a whole number above 0', 'changesCommits: 100'),
  changesDays: field(z.number().int().min(1), 'a whole number of days above 0', 'changesDays: 90'),
  logo: fileField('logo: images/logo.svg'),
  logoDark: fileField('logoDark: images/logo-dark.svg'),
  favicon: fileField('favicon: images/favicon.svg'),
  accentColor: textField('accentColor: "#0a58ca"'),
  headerLinks: field(
    z.array(headerLink),
    'a list of links, each a label and an href (a site path /… or a full URL https://…)',
    'headerLinks: [{ label: Careers, href: "https://acme.com/careers" }]',
  ),
  footer: textField('footer: "© Acme Inc. · [Contact](mailto:handbook@acme.com)"'),
  socialImage: field(text, 'the path of a file in the content folder or a full URL', 'socialImage: images/social-card.png'),
}

/** Fields that name a file of the content folder, which must exist and be an image (socialImage may be a URL instead). */
export const FILE_FIELDS = ['logo', 'logoDark', 'favicon', 'socialImage'] as const

/** Settings of handbook.config.ts that handbook.yml cannot hold, and why. */
export const NOT_IN_FILE: Readonly<Record<string, string>> = {
  contentDir:
    'handbook.yml is read from the content folder, so it cannot choose it: set HANDBOOK_CONTENT_DIR or contentDir in handbook.config.ts',
  today: 'the build\'s date is set by HANDBOOK_TODAY=YYYY-MM-DD, not in a file',
  publishFiles:
    'it lets pages publish files that could run script on the site (.html, .js…), so only maintainers set it: in publishFiles in handbook.config.ts, which a pull request to the content cannot change',
}

/** Settings of NOT_IN_FILE that are errors in handbook.yml, not warnings: what they would allow must not pass unnoticed. */
export const MAINTAINER_ONLY: ReadonlySet<string> = new Set(['publishFiles'])
