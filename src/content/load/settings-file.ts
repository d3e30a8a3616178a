/**
 * Reads the content folder's handbook.yml through the jail (common/inside-content.ts):
 * a folder of that name, or a file whose real path is outside the folder, is
 * an error at handbook.yml, never a stack trace. A link or a pipe of that name
 * is left to the scan, which reports every one (content-files.ts).
 */
import fs from 'node:fs'
import path from 'node:path'
import { error } from '../common/diagnostics'
import { readSettingsFile, SETTINGS_FILE, type ReadSettings } from '../settings'
import { insideContent } from '../common/inside-content'

export function loadSettingsFile(contentDir: string): ReadSettings {
  const found = fs.lstatSync(path.join(contentDir, SETTINGS_FILE), { throwIfNoEntry: false })
  if (!found || !(found.isFile() || found.isDirectory())) return { config: {}, diagnostics: [] }
  const inside = insideContent(contentDir, SETTINGS_FILE)
  if (!inside.ok) {
    const message = found.isDirectory()
      ? `${SETTINGS_FILE} is a folder, so the site's settings were not read from it: rename the folder, and write the settings in a file named ${SETTINGS_FILE}`
      : `${inside.message}; the site's settings were not read from it`
    return { config: {}, diagnostics: [error('settings-not-a-file', SETTINGS_FILE, message)] }
  }
  return readSettingsFile(fs.readFileSync(inside.path, 'utf8'), (relative) => insideContent(contentDir, relative).ok)
}
