/**
 * Every Markdown page the unit tests can hold a fast path to its slow
 * original on: the fixtures, the starter handbook, and the real pages beside
 * the project (`../shared/seeds`, `../shared/corpora`, read where present,
 * never changed). The hostile fixtures are left out: their pages are built
 * to be slow (their own tests time them out).
 */
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(__dirname, '..', '..')

export interface RealPage {
  /** Relative to the project, for messages. */
  file: string
  text: string
}

/** The pages whose names end in one of `extensions` (`.md` by default). */
export function realPages(extensions: readonly string[] = ['.md']): RealPage[] {
  const found: RealPage[] = []
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory() && entry.name !== 'node_modules') walk(full)
      else if (entry.isFile() && extensions.some((extension) => entry.name.endsWith(extension)) && !full.includes(`${path.sep}hostile`)) {
        found.push({ file: path.relative(root, full), text: fs.readFileSync(full, 'utf8') })
      }
    }
  }
  for (const dir of [path.join(root, 'tests', 'fixtures'), path.join(root, 'contents'), path.join(root, '..', 'shared', 'seeds'), path.join(root, '..', 'shared', 'corpora')]) walk(dir)
  return found
}
