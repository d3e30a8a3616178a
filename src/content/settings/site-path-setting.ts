/**
 * `peopleUrl` and `teamsUrl`: where pages made from data are written, so
 * each must be a path of this site (never `//host` or `..`) that no other
 * page of the site has, the home page included.
 */
import { readSitePath } from '../site-path'
import { reservedUrls } from '../routes'
import { CHANGES_URL, CHANGES_URL_OWNER } from '../changes/page'

export const SITE_PATH_SETTINGS = ['peopleUrl', 'teamsUrl'] as const
export type SitePathSetting = (typeof SITE_PATH_SETTINGS)[number]

const EXAMPLES: Record<SitePathSetting, string> = { peopleUrl: '/people', teamsUrl: '/teams' }

/** The setting's value as the URL it is (`/People/` → `/People`), or what is wrong, completing `"peopleUrl" is "<value>": …`. */
export function sitePathSetting(name: SitePathSetting, written: string): { ok: true; url: string } | { ok: false; problem: string } {
  const fix = `write a path of this site such as ${name}: ${EXAMPLES[name]}`
  const value = written.trim()
  if (!value.startsWith('/') && !value.startsWith('\\') && !/^[a-z][a-z0-9+.-]*:/i.test(value)) {
    return { ok: false, problem: `it is not a path of this site (it must start with "/"): ${fix}` }
  }
  const read = readSitePath(value)
  if (!read.ok) return { ok: false, problem: `it ${read.problem.replace(/: write a path inside the site such as "[^"]*"$/, '')}: ${fix}` }
  // As written (not percent-decoded): only `\`, `//` and `.` segments are tidied.
  const url = `/${value.replace(/\\/g, '/').split('/').filter((s) => s !== '' && s !== '.').join('/')}`
  if (url === '/') return { ok: false, problem: `that is the home page, which its pages would replace: ${fix}` }
  const owner = new Map([...reservedUrls(), [CHANGES_URL, CHANGES_URL_OWNER]]).get(url)
  if (owner) return { ok: false, problem: `that is the address of ${owner}: ${fix}` }
  return { ok: true, url }
}

/** peopleUrl and teamsUrl at one address: the list of teams would replace the people directory. */
export function sameSitePathsProblem(peopleUrl: string, teamsUrl: string): string | undefined {
  if (peopleUrl !== teamsUrl && `${peopleUrl}/org-chart` !== teamsUrl) return undefined
  return `"teamsUrl" is ${teamsUrl}, which is ${peopleUrl === teamsUrl ? 'also peopleUrl, the people directory' : 'the org chart under peopleUrl'}: write another path such as teamsUrl: /teams`
}
