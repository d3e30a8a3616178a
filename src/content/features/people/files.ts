/** The data files of people and teams, at the root of the content folder; none of them is ever a page. */

export const PEOPLE_FILE = 'people.yml'
export const TEAMS_FILE = 'teams.yml'
/** One `<id>.yml` per person, for companies that keep thousands. */
export const PEOPLE_FOLDER = '_people'

/** Whether a content file is people or teams data. */
export function isPeopleData(sourcePath: string): boolean {
  return sourcePath === PEOPLE_FILE || sourcePath === TEAMS_FILE || (sourcePath.startsWith(`${PEOPLE_FOLDER}/`) && /\.ya?ml$/i.test(sourcePath))
}
