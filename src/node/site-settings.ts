/**
 * The site's settings from a given environment: the environment, then the
 * content folder's handbook.yml, then handbook.config.ts. A function of its
 * inputs (no process.env read here), so `npm run check` can be run in
 * process with another environment; Gatsby's handlers take the resolution
 * of the process's own environment from ./settings.
 */
import handbookConfig from '../../handbook.config'
import { mergeConfigs, resolveSettings, type HandbookSettings } from '../content/settings'
import type { Diagnostic } from '../content/common/diagnostics'
import { loadSettingsFile } from '../content/load/settings-file'

export type Env = Readonly<Record<string, string | undefined>>

export interface SiteSettings {
  settings: HandbookSettings
  /** What handbook.yml's reading found (its file is relative to the content folder, as every diagnostic's). */
  diagnostics: readonly Diagnostic[]
  /** Where the content folder setting came from, for messages about the folder. */
  contentDirSetting: { env?: string; config?: string }
}

/** Throws a SettingsError for a setting written wrong (HANDBOOK_TODAY=tomorrow): the editor's to fix. */
export function resolveSiteSettings(env: Env, projectRoot: string): SiteSettings {
  const { contentDir } = resolveSettings(handbookConfig, env, projectRoot)
  const fromContent = loadSettingsFile(contentDir)
  return {
    settings: resolveSettings(mergeConfigs(handbookConfig, fromContent.config), env, projectRoot),
    diagnostics: fromContent.diagnostics,
    contentDirSetting: {
      ...(env.HANDBOOK_CONTENT_DIR ? { env: env.HANDBOOK_CONTENT_DIR } : {}),
      ...(handbookConfig.contentDir !== undefined ? { config: handbookConfig.contentDir } : {}),
    },
  }
}
