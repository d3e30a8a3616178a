/** Bytes of every file under a folder, for the benchmarks' output sizes. */
import fs from 'node:fs'
import path from 'node:path'

export function folderBytes(folder: string): number {
  let total = 0
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name)
    total += entry.isDirectory() ? folderBytes(full) : fs.statSync(full).size
  }
  return total
}
