/**
 * The site's settings as Gatsby's config and handlers see them: the
 * environment, then the content folder's handbook.yml, then
 * handbook.config.ts. handbook.yml's problems are diagnostics like any
 * content file's, reported with the handbook's (build and `npm run check`).
 */
import handbookConfig from '../../handbook.config'
import { mergeConfigs, resolveSettings, SettingsError, type HandbookConfig, type HandbookSettings } from '../content/config'
import type { Diagnostic } from '../content/diagnostics'
import { loadSettingsFile } from '../content/load/settings-file'

// Gatsby runs from the project root; Parcel-compiled files cannot rely on __dirname.
export const projectRoot = process.cwd()

function resolved(): { settings: HandbookSettings; diagnostics: Diagnostic[] } {
  try {
    const { contentDir } = resolveSettings(handbookConfig, process.env, projectRoot)
    const fromContent = loadSettingsFile(contentDir)
    return { settings: resolveSettings(mergeConfigs(handbookConfig, fromContent.config), process.env, projectRoot), diagnostics: fromContent.diagnostics }
  } catch (cause) {
    // A setting written wrong (HANDBOOK_TODAY=tomorrow) is the editor's to fix: say what to write, not where in the code it was found.
    if (!(cause instanceof SettingsError)) throw cause
    process.stderr.write(`error: ${cause.message}\n`)
    process.exit(1)
  }
}

const result = resolved()

export const settings: HandbookSettings = result.settings

/** What handbook.yml's reading found (its file is relative to the content folder, as every diagnostic's). */
export const settingsDiagnostics: readonly Diagnostic[] = result.diagnostics

/** Where the content folder setting came from, for messages about the folder. */
export const contentDirSetting = {
  ...(process.env.HANDBOOK_CONTENT_DIR ? { env: process.env.HANDBOOK_CONTENT_DIR } : {}),
  ...(handbookConfig.contentDir !== undefined ? { config: handbookConfig.contentDir } : {}),
}
