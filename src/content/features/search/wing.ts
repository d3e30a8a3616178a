/** The search wing: the index of every searchable page and section, as static files fetched when a reader first searches. */
import type { Feature } from '../feature'
import { buildSearchFiles } from './build'

export const searchWing: Feature = {
  name: 'search',
  outputs: ({ handbook }) => {
    const { files, stats } = buildSearchFiles(handbook)
    const kilobytes = Math.round(Object.values(stats.bytes).reduce((sum, bytes) => sum + bytes, 0) / 1024)
    return {
      files,
      summary: (rewritten, ms) => `search index of ${stats.pages} pages, ${stats.sections} sections: ${rewritten} ${files.length === 1 ? 'file' : 'files'} rewritten, ${kilobytes} KB, in ${ms} ms`,
    }
  },
}
