import fs from 'node:fs'
import path from 'node:path'
import type { Redirect } from '../content'
import { contentLibrary } from './library'
import { settings } from './settings'
import { insidePublic } from './public-writer'

/** Whether `file` can be created: no folder on its way is a file the build wrote. */
function canCreate(publicDir: string, file: string): boolean {
  for (let dir = path.dirname(file); dir.length > publicDir.length; dir = path.dirname(dir)) {
    if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory()) return false
  }
  return !fs.existsSync(file)
}

/** A static page at each old URL (`old/path/index.html`) and `_redirects` for hosts that read it. */
export function writeRedirects(publicDir: string, redirects: readonly Redirect[]): void {
  const library = contentLibrary()
  const root = path.resolve(publicDir)
  for (const redirect of redirects) {
    // The checks refuse redirects outside the site and onto pages or files the build writes; this never overwrites one all the same.
    const target = insidePublic(root, `${redirect.from}/index.html`)
    if (!canCreate(root, target)) continue
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.writeFileSync(target, library.redirectPageHtml(redirect, settings))
  }
  fs.writeFileSync(path.join(publicDir, '_redirects'), library.redirectsFile(redirects, settings.pathPrefix))
}
