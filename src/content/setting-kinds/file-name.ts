/** The settings file's name in the content folder. */
export const SETTINGS_FILE = 'handbook.yml'
