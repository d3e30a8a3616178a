/**
 * The site's settings: one schema (schema.ts), read from handbook.yml
 * (read-file.ts), handbook.config.ts and the environment (resolve.ts).
 */
export * from './resolve'
export { readSettingsFile, SETTINGS_FILE, type ReadSettings } from './read-file'
