/** The recent changes wing: `/changes` and its Atom feed, made from the git history of the content folder. */
import type { Feature } from '../feature'
import { changesSettings } from './settings'
import { changesFeedXml } from './feed'
import { CHANGES_FEED_FILE, CHANGES_URL, CHANGES_URL_OWNER, changesPage } from './page'
import { messagesFor } from '../../../shared/i18n'

export const changesWing: Feature = {
  name: 'changes',
  settings: changesSettings,
  reserves: { [CHANGES_URL]: CHANGES_URL_OWNER },
  rootFiles: [CHANGES_FEED_FILE],
  pages: ({ changes, settings }) => [changesPage(changes, { lang: settings.lang, repository: settings.repository, messages: messagesFor(settings.lang, settings.messages) })],
  outputs: ({ handbook, settings }) => ({
    files: [{ path: CHANGES_FEED_FILE, contents: changesFeedXml(handbook.changes, settings) }],
    summary: (rewritten) => `${CHANGES_FEED_FILE} (${handbook.changes.changes.length} changes, git history: ${handbook.changes.state}): ${rewritten} rewritten`,
  }),
}
