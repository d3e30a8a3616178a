/** The search wing: the index of every searchable page and section, as static files fetched when a reader first searches. */
import type { Feature } from '../feature'
import { buildSearchFiles } from './build'
import { languageSearchFiles } from '../languages/search-files'
import { languagesOf } from '../languages/languages'

export const searchWing: Feature = {
  name: 'search',
  outputs: ({ handbook, settings }) => {
    // One index per language when the handbook has several (features/languages); else the one index.
    const { files, stats } = languageSearchFiles(handbook, languagesOf(settings), (one) => buildSearchFiles(one))
    const kilobytes = Math.round(Object.values(stats.bytes).reduce((sum, bytes) => sum + bytes, 0) / 1024)
    return {
      files,
      summary: (rewritten, ms) => `search index of ${stats.pages} pages, ${stats.sections} sections: ${rewritten} ${files.length === 1 ? 'file' : 'files'} rewritten, ${kilobytes} KB, in ${ms} ms`,
    }
  },
}
