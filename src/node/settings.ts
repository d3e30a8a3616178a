/**
 * The site's settings as Gatsby's config and handlers see them: those of
 * this process's environment (see ./site-settings.ts), resolved once.
 * handbook.yml's problems are diagnostics like any content file's, reported
 * with the handbook's (build and `npm run check`).
 */
import { SettingsError, type HandbookSettings } from '../content/settings'
import { projectRoot } from './project-root'
import { resolveSiteSettings, type SiteSettings } from './site-settings'

export { projectRoot }

function resolved(): SiteSettings {
  try {
    return resolveSiteSettings(process.env, projectRoot)
  } catch (cause) {
    // A setting written wrong (HANDBOOK_TODAY=tomorrow) is the editor's to fix: say what to write, not where in the code it was found.
    if (!(cause instanceof SettingsError)) throw cause
    process.stderr.write(`error: ${cause.message}\n`)
    process.exit(1)
  }
}

/** This process's settings, with what reading them found. */
export const site: SiteSettings = resolved()

export const settings: HandbookSettings = site.settings
