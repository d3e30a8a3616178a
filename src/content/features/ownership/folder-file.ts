/** The file of folder defaults: a `_meta.yml` in any folder of the content folder; never a page (it is not Markdown). */

export const FOLDER_DEFAULTS_FILE = '_meta.yml'

export function isFolderDefaults(sourcePath: string): boolean {
  return sourcePath === FOLDER_DEFAULTS_FILE || sourcePath.endsWith(`/${FOLDER_DEFAULTS_FILE}`)
}

/** The folder a `_meta.yml` sets defaults for, relative to the content folder ("" for the root). */
export function folderOf(sourcePath: string): string {
  const slash = sourcePath.lastIndexOf('/')
  return slash < 0 ? '' : sourcePath.slice(0, slash)
}
