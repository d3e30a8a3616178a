/**
 * Finding a page by the path an editor wrote, the one way for links in pages
 * and for sidebars.yml: the exact path, the same path in another case, the
 * path without its extension, or a folder standing for its index page
 * (`people` → people/README.md). Paths are compared in Unicode NFC, so a
 * name typed on one system finds the file saved on another.
 */
import { INDEX_FILE_NAMES, PAGE_EXTENSIONS } from './url'

export interface PageLookup<T> {
  /** The page of exactly this path; else the one whose path differs only in case. */
  at(sourcePath: string): T | undefined
  /**
   * The page a content path names: the path itself, then with each page
   * extension, then as a folder with each index file name (`""` is the
   * content folder itself). A page file wins over a folder of the same name.
   */
  find(contentPath: string): T | undefined
}

export function createPageLookup<T extends { sourcePath: string }>(pages: readonly T[]): PageLookup<T> {
  const exact = new Map<string, T>()
  const lower = new Map<string, T>()
  for (const page of pages) {
    const key = page.sourcePath.normalize('NFC')
    exact.set(key, page)
    lower.set(key.toLowerCase(), page)
  }
  const at = (sourcePath: string): T | undefined => {
    const key = sourcePath.normalize('NFC')
    return exact.get(key) ?? lower.get(key.toLowerCase())
  }
  const indexPages = (folder: string) => INDEX_FILE_NAMES.flatMap((name) => PAGE_EXTENSIONS.map((ext) => (folder ? `${folder}/${name}${ext}` : `${name}${ext}`)))
  return {
    at,
    find(contentPath) {
      const candidates = contentPath === '' ? indexPages('') : [contentPath, ...PAGE_EXTENSIONS.map((ext) => `${contentPath}${ext}`), ...indexPages(contentPath)]
      for (const candidate of candidates) {
        const found = at(candidate)
        if (found) return found
      }
      return undefined
    },
  }
}
