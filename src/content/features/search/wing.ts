/** The search wing: the index of every searchable page and section, as static files fetched when a reader first searches. */
import type { Feature } from '../feature'
import type { Handbook } from '../../handbook'
import { languagesOf } from '../languages/languages'
import { handbookSearchFiles, searchIndexJobs } from './index-jobs'
import { SEARCH_INDEX_AHEAD_FROM, searchIndexOnWorker, type BuiltSearchIndexFiles } from './index-worker'

/** Indexes being built on a worker since the build loaded their handbook. */
const started = new WeakMap<Handbook, Promise<BuiltSearchIndexFiles>>()

export const searchWing: Feature = {
  name: 'search',
  startOutputs: ({ handbook, settings, entry, publicDir }) => {
    if (handbook.pages.length < SEARCH_INDEX_AHEAD_FROM) return
    // One index per language when the handbook has several (features/languages); else the one index.
    started.set(handbook, searchIndexOnWorker(searchIndexJobs(handbook, languagesOf(settings), publicDir), entry))
  },
  outputs: async ({ handbook, settings, publicDir }) => {
    const ahead = await started.get(handbook)
    const { files, stats } = ahead?.built ?? handbookSearchFiles(handbook, settings, publicDir)
    const kilobytes = Math.round(Object.values(stats.bytes).reduce((sum, bytes) => sum + bytes, 0) / 1024)
    const where = ahead?.on === 'worker' ? ` (built on a worker during the build, in ${ahead.ms} ms)` : ''
    return {
      files,
      summary: (rewritten, total) => `search index of ${stats.pages} pages, ${stats.sections} sections: ${rewritten} ${files.length === 1 ? 'file' : 'files'} rewritten, ${kilobytes} KB, in ${total} ms${where}`,
    }
  },
}
