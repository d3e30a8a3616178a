/**
 * A page's own social card, `image:` in its frontmatter: a full URL as it
 * is, else a file of the content folder, relative to the page or from the
 * folder's root (`/images/card.png`). A file that is not there is a warning
 * at the field's line, and the site's socialImage is used instead.
 */
import path from 'node:path'
import { warning, type Diagnostic } from '../../common/diagnostics'
import { isSafeUrl } from '../../../shared/url-safety'

export interface PageImage {
  /** A full URL, or the site path of the file (`/images/card.png`). */
  image?: string
  /** The content file to copy to the site. */
  file?: string
}

export function pageImage(written: string | undefined, sourcePath: string, files: ReadonlySet<string>, line: number | undefined, diagnostics: Diagnostic[]): PageImage {
  const value = written?.trim()
  if (!value) return {}
  // A full URL only when a browser would fetch it as one (src/shared/url-safety.ts); anything else is looked for as a file.
  if (/^https?:\/\//i.test(value) && isSafeUrl(value, 'web')) return { image: value }
  const file = value.startsWith('/') ? value.replace(/^\/+/, '') : path.posix.normalize(path.posix.join(path.posix.dirname(sourcePath), value))
  if (!files.has(file)) {
    diagnostics.push(
      warning(
        'frontmatter-image',
        sourcePath,
        `"image": there is no file ${value} in the content folder (looked for ${file}), so the site's socialImage is used. Write a path relative to this page, or from the content folder's root: image: /images/card.png`,
        line,
      ),
    )
    return {}
  }
  return { image: `/${file}`, file }
}
