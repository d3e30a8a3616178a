/** A people context without any people or teams: what a handbook without people.yml renders with. */
import { EMPTY_DIRECTORY, peopleUrlsOf, type PeopleContext } from '../../src/content/features/people'

export const NO_PEOPLE: PeopleContext = { directory: EMPTY_DIRECTORY, urls: peopleUrlsOf({ peopleUrl: '/people', teamsUrl: '/teams' }), lang: 'en' }
