/**
 * Site settings: one typed object with defaults. `handbook.config.ts` at the
 * project root holds a team's values; environment variables override them so
 * CI and tests can build any folder without editing code.
 */
import path from 'node:path'
import { normalizeUrlPath } from './url'

export interface RepositorySettings {
  /** Web URL of the repository, e.g. https://github.com/acme/handbook. Empty hides "Edit this page". */
  url: string
  /** Branch edit links point to. */
  branch: string
  /** Path of the content folder inside the repository. */
  contentPath: string
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
}

export type HandbookConfig = Partial<Omit<HandbookSettings, 'repository'>> & {
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

/** Applies defaults, then environment overrides (HANDBOOK_*), to a config. */
export function resolveSettings(config: HandbookConfig, env: Env, cwd: string): HandbookSettings {
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
  merged.peopleUrl = normalizeUrlPath(merged.peopleUrl)
  merged.teamsUrl = normalizeUrlPath(merged.teamsUrl)
  merged.repository.url = merged.repository.url.replace(/\/+$/, '')
  merged.repository.contentPath = merged.repository.contentPath.replace(/^\/+|\/+$/g, '')
  return merged
}
