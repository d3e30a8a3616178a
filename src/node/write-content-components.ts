/** The handbook's own MDX components, as the module webpack resolves `handbook-content-components` to (see onCreateWebpackConfig). */
import fs from 'node:fs'
import path from 'node:path'
import type { Handbook } from '../content'
import { contentLibrary } from './library'
import { projectRoot, settings } from './settings'

export const contentComponentsFile = path.join(projectRoot, '.cache', 'handbook', 'content-components.js')

export function writeContentComponents(current: Handbook): void {
  const source = contentLibrary().contentComponentsModule(settings.contentDir, current.contentFiles)
  fs.mkdirSync(path.dirname(contentComponentsFile), { recursive: true })
  // Unchanged text is not written again: webpack would see a new file.
  if (fs.existsSync(contentComponentsFile) && fs.readFileSync(contentComponentsFile, 'utf8') === source) return
  fs.writeFileSync(contentComponentsFile, source)
}
