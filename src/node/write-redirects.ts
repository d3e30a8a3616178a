import fs from 'fs'
import path from 'path'
import type { Redirect } from '../content'
import { contentLibrary } from './library'
import { settings } from './settings'

/** A static page at each old URL (`old/path/index.html`) and `_redirects` for hosts that read it. */
export function writeRedirects(publicDir: string, redirects: readonly Redirect[]): void {
  const library = contentLibrary()
  for (const redirect of redirects) {
    const target = path.join(publicDir, ...redirect.from.split('/').filter(Boolean), 'index.html')
    // Never overwrite a file the build made (the checks already reject redirects onto pages).
    if (fs.existsSync(target)) continue
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.writeFileSync(target, library.redirectPageHtml(redirect, settings))
  }
  fs.writeFileSync(path.join(publicDir, '_redirects'), library.redirectsFile(redirects, settings.pathPrefix))
}
