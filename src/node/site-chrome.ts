/** The site chrome (logo, header links, footer, accent, icon) as the site metadata carries it: JSON, read by src/components/use-site.ts. */
import fs from 'fs'
import path from 'path'
import { contentLibrary } from './library'
import { settings } from './settings'

export function siteChromeJson(): string {
  const library = contentLibrary()
  const sizes = new Map<string, { width: number; height: number }>()
  for (const file of [settings.logo, settings.logoDark]) {
    const absolute = file && path.join(settings.contentDir, file)
    if (!absolute || !fs.existsSync(absolute)) continue
    const size = library.imageSize(file, fs.readFileSync(absolute))
    if (size) sizes.set(file, size)
  }
  return JSON.stringify(library.siteChrome(settings, sizes))
}
