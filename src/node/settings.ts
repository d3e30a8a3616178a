/** The site's settings as Gatsby's config and handlers see them. */
import handbookConfig from '../../handbook.config'
import { resolveSettings, SettingsError, type HandbookSettings } from '../content/config'

// Gatsby runs from the project root; Parcel-compiled files cannot rely on __dirname.
export const projectRoot = process.cwd()

function resolved(): HandbookSettings {
  try {
    return resolveSettings(handbookConfig, process.env, projectRoot)
  } catch (cause) {
    // A setting written wrong (HANDBOOK_TODAY=tomorrow) is the editor's to fix: say what to write, not where in the code it was found.
    if (!(cause instanceof SettingsError)) throw cause
    process.stderr.write(`error: ${cause.message}\n`)
    process.exit(1)
  }
}

export const settings: HandbookSettings = resolved()

/** Where the content folder setting came from, for messages about the folder. */
export const contentDirSetting = {
  ...(process.env.HANDBOOK_CONTENT_DIR ? { env: process.env.HANDBOOK_CONTENT_DIR } : {}),
  ...(handbookConfig.contentDir !== undefined ? { config: handbookConfig.contentDir } : {}),
}
