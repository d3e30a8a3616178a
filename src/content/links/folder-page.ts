/**
 * The page of a folder: its index file (`x/index.md`, `x/README.md`), and
 * the two files Eleventy also serves at the folder's address: a page named
 * like its folder (`x/x.md`, whose URL Eleventy makes `/x/`) and a page
 * beside a folder of the same name (`x.md` next to `x/`, `/x` here as
 * there). A sidebar shows such a page as the folder's own link, not as a
 * second entry with the same label.
 */
import { isIndexFile, pageFolderSegments, stripPageExtension, urlFromSourcePath } from './url'

/** The URL a folder's index page would have: the address the folder stands at. */
function folderUrl(folder: string): string {
  return urlFromSourcePath(folder === '' ? 'index.md' : `${folder}/index.md`)
}

/**
 * Eleventy's address for a page named like its folder (`a/x/x.md` → `/a/x`);
 * undefined for any other file. "When the file name is the same as the
 * directory name", Eleventy writes the page to the directory's own index.
 */
export function eleventyFolderPageUrl(sourcePath: string): string | undefined {
  if (isIndexFile(sourcePath)) return undefined
  const segments = stripPageExtension(sourcePath).split('/')
  if (segments.length < 2 || segments.at(-1) !== segments.at(-2)) return undefined
  return folderUrl(segments.slice(0, -1).join('/'))
}

/** Every folder that holds a page, at any depth (`a/b/c.md` → `a`, `a/b`), as written in page paths. */
export function pageFolders(sourcePaths: Iterable<string>): Set<string> {
  const folders = new Set<string>()
  for (const sourcePath of sourcePaths) {
    const parts = sourcePath.split('/').slice(0, -1)
    for (let i = 1; i <= parts.length; i++) folders.add(parts.slice(0, i).join('/'))
  }
  return folders
}

/**
 * The folder a page is the page of (`''` for the content folder), or
 * undefined. An index file always is; `x/x.md` and `x.md` beside `x/` are
 * when the page stands at the folder's address (so `x/x.md` is only under
 * Eleventy's rule, see eleventyFolderPageUrl). `folders`: pageFolders of the
 * handbook's pages.
 */
export function folderOfPage(page: { sourcePath: string; url: string }, folders: ReadonlySet<string>): string | undefined {
  if (isIndexFile(page.sourcePath)) return pageFolderSegments(page.sourcePath).join('/')
  const segments = stripPageExtension(page.sourcePath).split('/')
  const name = segments.at(-1)!
  const parent = segments.slice(0, -1)
  if (parent.at(-1) === name && page.url === folderUrl(parent.join('/'))) return parent.join('/')
  const beside = [...parent, name].join('/')
  if (folders.has(beside) && page.url === folderUrl(beside)) return beside
  return undefined
}
