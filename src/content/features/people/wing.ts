/**
 * The people wing: the directory, the org chart, the list of teams and one
 * page per team, made from people.yml (or _people/) and teams.yml, once per
 * language of the handbook (languages.ts). The data is read before rendering
 * (pages place people blocks); the pages are made after, when the pages each
 * team and person owns are known.
 */
import type { Feature } from '../feature'
import { peopleSettings } from './settings'
import { ownedPages } from './owned-pages'
import { generatedPages, generatedUrlOwners } from './pages'
import { ownablePagesIn, peopleSidebarParentsIn, peopleVersions } from './languages'
import { messagesFor } from '../../../shared/i18n'
import { languagesOf } from '../languages/languages'

export const peopleWing: Feature = {
  name: 'people',
  settings: peopleSettings,
  reservedUrls: ({ directory, peopleUrls, settings }) =>
    peopleVersions(peopleUrls, settings.lang, languagesOf(settings)).flatMap((version) =>
      [...generatedUrlOwners(directory, version.urls)].map(([url, what]): [string, string] => [url, version.dataLang ? `${what}, in ${version.language!.label}` : what]),
    ),
  pages: ({ directory, peopleUrls, settings, pages }) => {
    const languages = languagesOf(settings)
    return peopleVersions(peopleUrls, settings.lang, languages).flatMap((version) =>
      generatedPages(directory, {
        urls: version.urls,
        lang: version.lang,
        messages: messagesFor(version.lang, settings.messages),
        owned: ownedPages(ownablePagesIn(pages, version.language, languages)),
        ...(version.dataLang ? { dataLang: version.dataLang } : {}),
      }),
    )
  },
  // A team's page sits under the list of teams, then the directory; the org chart and the list of teams under the directory; in its language.
  sidebarParents: (url, { peopleUrls, settings }) => peopleSidebarParentsIn(url, peopleUrls, languagesOf(settings)),
}
