/** The site chrome (logo, header links, footer, accent, icon) as the site metadata carries it: JSON, read by src/components/use-site.ts. */
import fs from 'node:fs'
import { contentLibrary } from './library'
import { settings } from './settings'

export function siteChromeJson(): string {
  const library = contentLibrary()
  const sizes = new Map<string, { width: number; height: number }>()
  for (const file of [settings.logo, settings.logoDark]) {
    // Read through the jail: a logo whose real path is outside the content folder is not read (nor published).
    const inside = file ? library.insideContent(settings.contentDir, file) : undefined
    if (!file || !inside?.ok) continue
    const size = library.imageSize(file, fs.readFileSync(inside.path))
    if (size) sizes.set(file, size)
  }
  return JSON.stringify(library.siteChrome(settings, sizes))
}
