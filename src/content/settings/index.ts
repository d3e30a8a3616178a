/**
 * The site's settings: one schema (schema.ts, composed of core.ts and each
 * wing's features/<wing>/settings.ts), read from handbook.yml (read-file.ts)
 * and resolved with handbook.config.ts and the environment (resolve.ts).
 */
export { defaultSettings, settingsSchema, type HandbookConfig, type HandbookSettings, type HeaderLink, type RepositorySettings, type SettingName } from './schema'
export { defineConfig, mergeConfigs, resolveSettings, SettingsError, todayFrom } from './resolve'
export { normalizePathPrefix } from './core'
export { readSettingsFile, SETTINGS_FILE, type ReadSettings } from './read-file'
