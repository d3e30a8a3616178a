import fs from 'fs'
import path from 'path'
import type { GatsbyNode } from 'gatsby'
import { currentHandbook } from './handbook-state'
import { projectRoot, settings } from './settings'

/** Copies the images and files pages link to, at the same path as in the content folder. */
export const onPostBuild: GatsbyNode['onPostBuild'] = ({ reporter }) => {
  const { linkedFiles } = currentHandbook()
  for (const file of linkedFiles) {
    const target = path.join(projectRoot, 'public', file)
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.copyFileSync(path.join(settings.contentDir, file), target)
  }
  reporter.info(`handbook: copied ${linkedFiles.length} linked files`)
}
