/** The files of the project's static/ folder, which the site serves as they are (links to them are not broken). */
import fs from 'node:fs'
import path from 'node:path'
import { projectRoot } from './project-root'

/** Their paths relative to static/, with forward slashes. */
export function staticFiles(): Set<string> {
  const root = path.join(projectRoot, 'static')
  const files = new Set<string>()
  const walk = (folder: string, relative: string) => {
    if (!fs.existsSync(folder)) return
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const next = relative ? `${relative}/${entry.name}` : entry.name
      if (entry.isDirectory()) walk(path.join(folder, entry.name), next)
      else files.add(next)
    }
  }
  walk(root, '')
  return files
}
