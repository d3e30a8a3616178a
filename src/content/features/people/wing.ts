/**
 * The people wing: the directory, the org chart, the list of teams and one
 * page per team, made from people.yml (or _people/) and teams.yml. The data
 * is read before rendering (pages place people blocks); the pages are made
 * after, when the pages each team and person owns are known.
 */
import type { Feature } from '../feature'
import { peopleSettings } from './settings'
import { ownedPages } from './owned-pages'
import { generatedPages, generatedUrlOwners } from './pages'
import { messagesFor } from '../../../shared/i18n'

export const peopleWing: Feature = {
  name: 'people',
  settings: peopleSettings,
  reservedUrls: ({ directory, peopleUrls }) => generatedUrlOwners(directory, peopleUrls),
  pages: ({ directory, peopleUrls, settings, pages }) => generatedPages(directory, { urls: peopleUrls, lang: settings.lang, messages: messagesFor(settings.lang, settings.messages), owned: ownedPages(pages) }),
  // A team's page sits under the list of teams, then the directory; the org chart and the list of teams under the directory.
  sidebarParents: (url, { peopleUrls: urls }) => (url.startsWith(`${urls.teams}/`) ? [urls.teams, urls.people] : url === urls.orgChart || url === urls.teams ? [urls.people] : []),
}
