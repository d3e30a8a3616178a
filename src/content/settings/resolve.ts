/**
 * Site settings: one typed object with defaults. `handbook.config.ts` at the
 * project root holds a team's values; environment variables override them so
 * CI and tests can build any folder without editing code.
 */
import path from 'node:path'
import { urlProblem } from '../../shared/url-safety'
import { sameSitePathsProblem, sitePathSetting, SITE_PATH_SETTINGS } from './site-path-setting'
import { mappingProblems, type ShortcodeMappings } from '../markdown/shortcodes/mapping'
import { COLOUR_FORMS, parseColour } from '../brand/colour'
import { calendarDateOf, DATE_FORM, INTERVAL_FORMS, isCalendarDate, isInterval } from '../ownership/calendar'

export interface RepositorySettings {
  /** Web URL of the repository, e.g. https://github.com/acme/handbook. Empty hides "Edit this page". */
  url: string
  /** Branch edit links point to. */
  branch: string
  /** Path of the content folder inside the repository. */
  contentPath: string
}

/** A link of the site header: `{ label: Careers, href: https://acme.com/careers }`. */
export interface HeaderLink {
  label: string
  /** A site path (`/people`) or a full URL (`https://…`, `mailto:…`); full URLs are marked as external for screen readers. */
  href: string
}

export interface HandbookSettings {
  /** Site title, shown in the header and in every <title>. */
  title: string
  /** One sentence about the handbook, for the home page and meta tags. */
  description: string
  /** Public URL of the site without the path prefix, e.g. https://handbook.acme.com. */
  siteUrl: string
  /** Sub-path the site is hosted under, e.g. /handbook for a GitHub Pages project site. */
  pathPrefix: string
  /** Default language of pages (`<html lang>`); a page may set its own `lang`. */
  lang: string
  /** Folder of Markdown pages, relative to the project root or absolute. */
  contentDir: string
  /** Sidebar of pages at the root of the content folder that name none. */
  defaultSidebar: string
  repository: RepositorySettings
  /** Hosts raw-HTML `<iframe>`s may load from; other iframes become plain links. */
  iframeHosts: string[]
  /** URL of the people directory made from `people.yml` (the org chart is under it, at `/org-chart`). */
  peopleUrl: string
  /** URL under which each team of `teams.yml` gets its page (`/teams/platform`), and the list of teams. */
  teamsUrl: string
  /** Pages without an owner (their own `owner:` or a folder's `_meta.yml`) are warnings. */
  requireOwner: boolean
  /** Site default of how often a page is due for review (`6 months`); a folder's `_meta.yml` or the page's `review_every` wins. None by default. */
  reviewEvery?: string
  /**
   * The company's own shortcodes (Hugo templates we cannot run), each mapped to one of our blocks:
   * `{ 'member-by-name': { block: 'person', args: ['name'] } }`. See the migration guide.
   */
  shortcodes: ShortcodeMappings
  /** How many commits `/changes` and `/changes.xml` list at most (100). */
  changesCommits: number
  /** How many days back `/changes` and `/changes.xml` reach, today included (90). */
  changesDays: number
  /** The company's logo, a file of the content folder (`images/logo.svg`), shown in the header with the title as its name. */
  logo?: string
  /** The logo for the dark theme; `logo` in both themes when unset. */
  logoDark?: string
  /** The site's icon, a file of the content folder; a letter on the accent colour (the title's first) otherwise. */
  favicon?: string
  /** The brand colour (`#0a58ca`): links, the current sidebar item, focus rings, buttons; shaded per theme for 4.5:1 contrast. */
  accentColor?: string
  /** Links shown in the header (on phones, in the menu drawer). */
  headerLinks: HeaderLink[]
  /** Markdown shown at the bottom of every page (a licence line, a contact). */
  footer?: string
  /** The Open Graph / Twitter image of every page without its own `image:`: a file of the content folder or a full URL. */
  socialImage?: string
  /**
   * Content files published although their type could run script on the site (`.html`, `.js`,
   * `.json`…) or is not among the passive types: content paths, or patterns (`*` within a name,
   * `**` any folders). Published as they are, SVG included. A maintainer's setting: handbook.config.ts
   * only, never handbook.yml (which pull requests change).
   */
  publishFiles: string[]
  /** The build's "today", YYYY-MM-DD, that review dates are compared with: HANDBOOK_TODAY, else the clock. Not a config field. */
  today: string
}

/** A setting that cannot be used as given: its message says what to write instead. */
export class SettingsError extends Error {
  override name = 'SettingsError'
}

export type HandbookConfig = Partial<Omit<HandbookSettings, 'repository' | 'today'>> & {
  repository?: Partial<RepositorySettings>
}

export const defaultSettings: HandbookSettings = {
  title: 'Handbook',
  description: 'How we work.',
  siteUrl: 'http://localhost:9000',
  pathPrefix: '',
  lang: 'en',
  contentDir: 'contents',
  defaultSidebar: 'Handbook',
  repository: { url: '', branch: 'main', contentPath: 'contents' },
  iframeHosts: [
    'www.youtube.com',
    'www.youtube-nocookie.com',
    'player.vimeo.com',
    'www.loom.com',
    'docs.google.com',
    'calendar.google.com',
    'www.figma.com',
    'embed.figma.com',
    'airtable.com',
    'www.google.com',
  ],
  peopleUrl: '/people',
  teamsUrl: '/teams',
  requireOwner: false,
  shortcodes: {},
  changesCommits: 100,
  changesDays: 90,
  headerLinks: [],
  publishFiles: [],
  today: '1970-01-01',
}

/** Identity function that gives `handbook.config.ts` its types. */
export function defineConfig(config: HandbookConfig): HandbookConfig {
  return config
}

/** Normalises "handbook/", "/handbook/" and "" to "/handbook" and "". */
export function normalizePathPrefix(prefix: string): string {
  const segments = prefix.trim().split('/').filter((segment) => segment !== '')
  return segments.length > 0 ? `/${segments.join('/')}` : ''
}

/** The object without its undefined values, so `{ siteUrl: undefined }` keeps the default when spread over it. */
function withoutUndefined<T extends object>(values: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(values ?? {}).filter(([, value]) => value !== undefined)) as Partial<T>
}

type Env = Record<string, string | undefined>

/**
 * The content folder's handbook.yml over handbook.config.ts: a field the file
 * sets wins, `repository` field by field. Environment variables then win over
 * both (resolveSettings).
 */
export function mergeConfigs(config: HandbookConfig, fromContent: HandbookConfig): HandbookConfig {
  return {
    ...withoutUndefined(config),
    ...withoutUndefined(fromContent),
    repository: { ...withoutUndefined(config.repository), ...withoutUndefined(fromContent.repository) },
  }
}

/** HANDBOOK_TODAY when set (tests and fixtures never turn stale as the calendar moves), else the clock's date. */
export function todayFrom(env: Env, clock: Date): string {
  const written = env.HANDBOOK_TODAY?.trim()
  if (!written) return calendarDateOf(clock)
  if (!isCalendarDate(written)) throw new SettingsError(`HANDBOOK_TODAY=${written} is not a date: write it ${DATE_FORM}, e.g. HANDBOOK_TODAY=2026-05-01, or leave it unset to use today's date`)
  return written
}

/** The shortcode mapping: HANDBOOK_SHORTCODES (JSON) when set, else the config's; checked either way. */
function shortcodesFrom(json: string | undefined, configured: unknown): ShortcodeMappings {
  let value = configured
  const where = json === undefined ? 'shortcodes in handbook.config.ts' : 'HANDBOOK_SHORTCODES'
  if (json !== undefined) {
    try {
      value = JSON.parse(json)
    } catch (cause) {
      throw new SettingsError(`HANDBOOK_SHORTCODES is not JSON (${(cause as Error).message}): write it as {"member-by-name": {"block": "person", "args": ["name"]}}`)
    }
  }
  const problems = mappingProblems(value)
  if (problems.length) throw new SettingsError(`${where}: ${problems.join('; ')}`)
  return (value ?? {}) as ShortcodeMappings
}

/** Applies defaults, then environment overrides (HANDBOOK_*), to a config; throws a SettingsError for a value that cannot be used. */
export function resolveSettings(config: HandbookConfig, env: Env, cwd: string, clock: Date = new Date()): HandbookSettings {
  const pick = (name: string): string | undefined => {
    const value = env[name]
    return value === undefined || value === '' ? undefined : value
  }
  const repository: RepositorySettings = {
    ...defaultSettings.repository,
    ...withoutUndefined(config.repository),
  }
  const merged: HandbookSettings = {
    ...defaultSettings,
    ...withoutUndefined(config),
    repository: {
      url: pick('HANDBOOK_REPOSITORY_URL') ?? repository.url,
      branch: pick('HANDBOOK_REPOSITORY_BRANCH') ?? repository.branch,
      contentPath: pick('HANDBOOK_REPOSITORY_CONTENT_PATH') ?? repository.contentPath,
    },
  }
  merged.title = pick('HANDBOOK_TITLE') ?? merged.title
  merged.siteUrl = (pick('HANDBOOK_SITE_URL') ?? merged.siteUrl).replace(/\/+$/, '')
  merged.pathPrefix = normalizePathPrefix(pick('HANDBOOK_PATH_PREFIX') ?? merged.pathPrefix)
  merged.lang = pick('HANDBOOK_LANG') ?? merged.lang
  merged.contentDir = path.resolve(cwd, pick('HANDBOOK_CONTENT_DIR') ?? merged.contentDir)
  // handbook.yml's values were checked at their line (settings-file/read.ts): what fails here came from handbook.config.ts or the environment.
  for (const name of SITE_PATH_SETTINGS) {
    const result = sitePathSetting(name, merged[name])
    if (!result.ok) throw new SettingsError(`${name}: "${merged[name]}" in handbook.config.ts: ${result.problem}`)
    merged[name] = result.url
  }
  const same = sameSitePathsProblem(merged.peopleUrl, merged.teamsUrl)
  if (same) throw new SettingsError(same)
  merged.repository.url = merged.repository.url.trim().replace(/\/+$/, '')
  const repositoryProblem = merged.repository.url ? urlProblem(merged.repository.url, 'web') : undefined
  if (repositoryProblem) {
    const where = pick('HANDBOOK_REPOSITORY_URL') ? 'HANDBOOK_REPOSITORY_URL' : 'repository.url in handbook.config.ts'
    throw new SettingsError(`${where}: "${merged.repository.url}" ${repositoryProblem.replace('a full URL starting with https://', 'the web address of the repository, e.g. https://github.com/acme/handbook')}`)
  }
  merged.repository.contentPath = merged.repository.contentPath.replace(/^\/+|\/+$/g, '')
  merged.today = todayFrom(env, clock)
  if (merged.reviewEvery !== undefined && !isInterval(merged.reviewEvery)) {
    throw new SettingsError(`reviewEvery: "${merged.reviewEvery}" in handbook.config.ts is not a time between reviews: write ${INTERVAL_FORMS}, e.g. reviewEvery: '6 months'`)
  }
  if (merged.reviewEvery !== undefined) merged.reviewEvery = merged.reviewEvery.trim()
  for (const field of ['changesCommits', 'changesDays'] as const) {
    if (!Number.isInteger(merged[field]) || merged[field] < 1) throw new SettingsError(`${field}: ${String(merged[field])} in handbook.config.ts is not a whole number of ${field === 'changesDays' ? 'days' : 'commits'} above 0: write e.g. ${field}: ${defaultSettings[field]}`)
  }
  for (const field of ['logo', 'logoDark', 'favicon'] as const) {
    const file = merged[field]
    if (file !== undefined) merged[field] = file.trim().replace(/\\/g, '/').replace(/^(?:\.\/|\/)+/, '')
  }
  for (const link of merged.headerLinks) {
    const problem = urlProblem(link.href, 'link')
    if (problem) throw new SettingsError(`headerLinks in handbook.config.ts: href "${link.href}" of "${link.label}" ${problem}`)
  }
  if (merged.socialImage !== undefined && /^\s*[a-z][a-z0-9+.-]*:|^\s*[\\/]{2}/i.test(merged.socialImage)) {
    const problem = urlProblem(merged.socialImage, 'web')
    if (problem) throw new SettingsError(`socialImage: "${merged.socialImage}" in handbook.config.ts ${problem}, or the path of a file in the content folder`)
  }
  if (merged.socialImage !== undefined && !/^https?:\/\//i.test(merged.socialImage)) merged.socialImage = merged.socialImage.trim().replace(/^(?:\.\/|\/)+/, '')
  if (merged.accentColor !== undefined && !parseColour(merged.accentColor)) {
    throw new SettingsError(`accentColor: "${merged.accentColor}" is not a colour we can read: write it as ${COLOUR_FORMS}`)
  }
  merged.shortcodes = shortcodesFrom(pick('HANDBOOK_SHORTCODES'), merged.shortcodes)
  return merged
}
