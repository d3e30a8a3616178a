/**
 * The settings of the site as a whole: its name and address, where its
 * content and repository are, what its pages may embed and publish, and the
 * company's shortcodes. A feature's own settings are in its wing
 * (features/<wing>/settings.ts); schema.ts puts them all together.
 */
import path from 'node:path'
import { toolContentDir } from '../source/tool-content-dir'
import { z } from 'zod'
import { SettingsError } from '../setting-kinds/error'
import { line, setting, text, type FileCheck } from '../setting-kinds/kinds'
import { mappingProblems, type ShortcodeMappings } from '../markdown/shortcodes/mapping'
import { urlProblem } from '../../shared/url-safety'
import { SOURCE_TOOLS } from '../source/tool'
import { messagesSetting } from './messages'

/** Normalises "handbook/", "/handbook/" and "" to "/handbook" and "". */
export function normalizePathPrefix(prefix: string): string {
  const segments = prefix
    .trim()
    .split('/')
    .filter((segment) => segment !== '')
  return segments.length > 0 ? `/${segments.join('/')}` : ''
}

const REPOSITORY_FIX = 'the web address of the repository, e.g.'

/** handbook.yml's repository URL: a web address (never `javascript:` or `//host`), else an error and left out. */
function repositoryUrlInFile(url: string): FileCheck | undefined {
  const problem = url ? urlProblem(url, 'web') : undefined
  if (!problem) return undefined
  const message = `"repository" url "${url}" ${problem.replace('a full URL starting with https://', `${REPOSITORY_FIX} url: "https://github.com/acme/handbook"`)}`
  return { value: undefined, finding: { severity: 'error', code: 'settings-url', message } }
}

const repositorySettings = z
  .object({
    /** Web URL of the repository, e.g. https://github.com/acme/handbook. Empty hides "Edit this page". */
    url: setting(z.string().trim(), {
      env: 'HANDBOOK_REPOSITORY_URL',
      checkInFile: repositoryUrlInFile,
      resolve(written, { name, variable }) {
        const url = written.trim().replace(/\/+$/, '')
        const problem = url ? urlProblem(url, 'web') : undefined
        if (problem)
          throw new SettingsError(`${variable ?? `${name} in handbook.config.ts`}: "${url}" ${problem.replace('a full URL starting with https://', `${REPOSITORY_FIX} https://github.com/acme/handbook`)}`)
        return url
      },
    }).default(''),
    /** Branch edit links point to. */
    branch: text('main', { env: 'HANDBOOK_REPOSITORY_BRANCH' }).default('main'),
    /** Path of the content folder inside the repository. */
    contentPath: setting(z.string().trim(), { env: 'HANDBOOK_REPOSITORY_CONTENT_PATH', resolve: (folder) => folder.replace(/^\/+|\/+$/g, '') }).default('contents'),
  })
  .strict()

export const coreSettings = z.object({
  /** Site title, shown in the header and in every <title>. */
  title: text('Acme Handbook', { env: 'HANDBOOK_TITLE' }).default('Handbook'),
  /** One sentence about the handbook, for the home page and meta tags. */
  description: text('How Acme works').default('How we work.'),
  /** Public URL of the site without the path prefix, e.g. https://handbook.acme.com. */
  siteUrl: setting(
    line().refine((url) => /^https?:\/\/[^/\s]+/i.test(url)),
    {
      expected: 'the full URL of the site',
      example: 'https://handbook.acme.com',
      env: 'HANDBOOK_SITE_URL',
      resolve: (url) => url.replace(/\/+$/, ''),
    },
  ).default('http://localhost:9000'),
  /** Sub-path the site is hosted under, e.g. /handbook for a GitHub Pages project site. */
  pathPrefix: text('/handbook', { env: 'HANDBOOK_PATH_PREFIX', resolve: normalizePathPrefix }).default(''),
  /** Default language of pages (`<html lang>`); a page may set its own `lang`. */
  lang: setting(line().regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/), { expected: 'a language tag', example: 'en', env: 'HANDBOOK_LANG' }).default('en'),
  /** The handbook's own wording of the interface, per language code: `{ en: { onThisPage: Contents } }` (src/shared/i18n). */
  messages: messagesSetting.default({}),
  /** Folder of Markdown pages, relative to the project root or absolute. */
  contentDir: setting(z.string(), {
    notInFile: 'handbook.yml is read from the content folder, so it cannot choose it: set HANDBOOK_CONTENT_DIR or contentDir in handbook.config.ts',
    env: 'HANDBOOK_CONTENT_DIR',
    // A tool's project folder builds the pages it names: GitBook's `root:`, Hugo's `contentDir`, MkDocs' `docs_dir`.
    resolve: (folder, { cwd }) => toolContentDir(path.resolve(cwd, folder)),
  }).default('contents'),
  /** The generator the handbook comes from, when the guess from the files around the content folder is wrong (`none`: import nothing). */
  source: setting(z.enum(SOURCE_TOOLS), { expected: `one of ${SOURCE_TOOLS.join(', ')}`, example: 'eleventy', env: 'HANDBOOK_SOURCE' }).optional(),
  /** Sidebar of pages at the root of the content folder that name none. */
  defaultSidebar: text('Handbook').default('Handbook'),
  /** The repository of the content: "Edit this page", each page's history and `/changes` link to it. */
  repository: setting(repositorySettings, {
    expected: 'a group of url, branch and contentPath',
    example: '{ url: "https://github.com/acme/handbook", branch: main, contentPath: contents }',
  }).default({}),
  /** Hosts raw-HTML `<iframe>`s may load from; other iframes become plain links. */
  iframeHosts: setting(z.array(line()), { expected: 'a list of host names', example: '[www.youtube.com, player.vimeo.com]' }).default([
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
  ]),
  /**
   * Content files published although their type could run script on the site (`.html`, `.js`,
   * `.json`…) or is not among the passive types: content paths, or patterns (`*` within a name,
   * `**` any folders). Published as they are, SVG included. A maintainer's setting: handbook.config.ts
   * only, never handbook.yml (which pull requests change).
   */
  publishFiles: setting(z.array(z.string()), {
    notInFile:
      'it lets pages publish files that could run script on the site (.html, .js…), so only maintainers set it: in publishFiles in handbook.config.ts, which a pull request to the content cannot change',
    maintainerOnly: true,
  }).default([]),
})

/** What handbook.yml may call a group of shortcodes: any map, each mapping checked once the settings are resolved. */
const shortcodeGroup = z.record(z.unknown())

export const shortcodeSettings = z.object({
  /**
   * The company's own shortcodes (Hugo templates we cannot run), each mapped to one of our blocks:
   * `{ 'member-by-name': { block: 'person', args: ['name'] } }`. See the migration guide.
   */
  shortcodes: setting(
    z.custom<ShortcodeMappings>((value) => shortcodeGroup.safeParse(value).success),
    {
      expected: 'a group of shortcode names',
      example: '{ member-by-name: { block: person, args: [name] } }',
      env: 'HANDBOOK_SHORTCODES',
      fromEnv(json) {
        try {
          return JSON.parse(json)
        } catch (cause) {
          throw new SettingsError(`HANDBOOK_SHORTCODES is not JSON (${(cause as Error).message}): write it as {"member-by-name": {"block": "person", "args": ["name"]}}`)
        }
      },
      resolve(mappings, { variable }) {
        const problems = mappingProblems(mappings)
        if (problems.length) throw new SettingsError(`${variable ?? 'shortcodes in handbook.config.ts'}: ${problems.join('; ')}`)
        return mappings ?? {}
      },
    },
  ).default({}),
})
