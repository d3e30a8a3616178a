/** Where the pages made from people.yml and teams.yml go. */
import { z } from 'zod'
import { sitePath, sitePathSetting } from '../../setting-kinds/site-path-setting'

/** peopleUrl and teamsUrl at one address: the list of teams would replace the people directory. */
export function sameSitePathsProblem(peopleUrl: string, teamsUrl: string): string | undefined {
  if (peopleUrl !== teamsUrl && `${peopleUrl}/org-chart` !== teamsUrl) return undefined
  return `"teamsUrl" is ${teamsUrl}, which is ${peopleUrl === teamsUrl ? 'also peopleUrl, the people directory' : 'the org chart under peopleUrl'}: write another path such as teamsUrl: /teams`
}

/** teamsUrl beside the peopleUrl set before it (as written in handbook.yml, or resolved). */
function apartFromPeople(teamsUrl: string, settings: Readonly<Record<string, unknown>>, reserved: ReadonlyMap<string, string>): string | undefined {
  if (typeof settings.peopleUrl !== 'string') return undefined
  const people = sitePathSetting('peopleUrl', settings.peopleUrl, '/people', reserved)
  return people.ok ? sameSitePathsProblem(people.url, teamsUrl) : undefined
}

export const peopleSettings = z.object({
  /** URL of the people directory made from `people.yml` (the org chart is under it, at `/org-chart`). */
  peopleUrl: sitePath('/people').default('/people'),
  /** URL under which each team of `teams.yml` gets its page (`/teams/platform`), and the list of teams. */
  teamsUrl: sitePath('/teams', apartFromPeople).default('/teams'),
})
