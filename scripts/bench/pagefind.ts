/**
 * The peer for `--peer pagefind`: indexes a built public folder with the
 * `pagefind` npm package (its native binary comes from the package's
 * optional dependency @pagefind/<platform>), the article region only
 * (rootSelector, so headers, sidebars and footers are not indexed and our
 * HTML is not changed), into a folder outside the site. The benchmark
 * serves that folder at <site>/pagefind/. The package is ESM only: imported
 * when used, so scripts run as CommonJS (tsx) can load this file.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { folderBytes } from '../lib/folder-bytes'

/** Our page template's article element (src/components/Article.tsx). */
export const ARTICLE_SELECTOR = 'article.article'

export interface PagefindIndex {
  dir: string
  pages: number
  seconds: number
  /** Raw bytes of everything written (the files are gzip-compressed by Pagefind already). */
  bytes: number
}

export async function indexWithPagefind(publicDir: string): Promise<PagefindIndex> {
  const pagefind = await import('pagefind')
  const started = performance.now()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-pagefind-'))
  try {
    const { index, errors } = await pagefind.createIndex({ rootSelector: ARTICLE_SELECTOR })
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`)
    const added = await index.addDirectory({ path: publicDir })
    if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`)
    const written = await index.writeFiles({ outputPath: dir })
    if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`)
    return { dir, pages: added.page_count, seconds: (performance.now() - started) / 1000, bytes: folderBytes(dir) }
  } finally {
    await pagefind.close()
  }
}
