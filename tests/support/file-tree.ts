/**
 * Folders of files written for a test: `tree({ 'a/b.md': 'text', 'empty/': '' })`
 * writes each file (a name ending in "/" is an empty folder) under a new
 * folder of the system's temporary one, by its real path (that folder may be
 * a link, and the code under test resolves paths); `remove()` deletes every
 * folder made so far, for the file's afterAll or afterEach.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export interface FileTrees {
  tree(files: Record<string, string>): string
  remove(): void
}

export function fileTrees(label: string): FileTrees {
  const made: string[] = []
  return {
    tree(files) {
      const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), `${label}-`)))
      made.push(dir)
      for (const [file, text] of Object.entries(files)) {
        const at = path.join(dir, file)
        if (file.endsWith('/')) {
          fs.mkdirSync(at, { recursive: true })
          continue
        }
        fs.mkdirSync(path.dirname(at), { recursive: true })
        fs.writeFileSync(at, text)
      }
      return dir
    },
    remove() {
      for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
