/**
 * Links to nothing: no page or file at the address (`link-broken`), an
 * embedded image or file that is missing (`image-missing`). Errors, or
 * warnings with HANDBOOK_BROKEN_LINKS=warn. The other rules skip such a link.
 */
import path from 'node:path'
import type { LinkRule } from './link-rule'
import { brokenLinkReport } from './options'
import { nearest, TOLERANCE } from '../common/nearest-name'

/** The file a site-absolute path was meant to name (`/images/explorer-hogg.png` → `/images/explorer-hog.png`), among the content folder's. */
function meantFile(href: string, files: readonly string[]): string | undefined {
  const written = href.split(/[?#]/)[0]!.replace(/^\/+/, '')
  if (!/\.[a-z0-9]+$/i.test(written)) return undefined
  const found = nearest(written, files, TOLERANCE.path)
  return found !== undefined ? `/${found}` : undefined
}

/**
 * The file a relative path was meant to name, written from the page's folder as the link was: in the folder it names,
 * the file of the same name with another extension or another case (`./guides/setup.md#install` →
 * `./guides/setup.mdx#install`: Docusaurus links a page by its file's own name). A near name is not offered: in a
 * folder of short names, the nearest is as often another file.
 */
function meantRelative(href: string, from: string, files: readonly string[]): string | undefined {
  const cut = href.search(/[?#]|$/)
  const written = href.slice(0, cut)
  if (!/\.[a-z0-9]+$/i.test(written) || /^[a-z][a-z0-9+.-]*:/i.test(written)) return undefined
  const folder = path.posix.dirname(from)
  const target = path.posix.normalize(path.posix.join(folder, written))
  if (target.startsWith('../')) return undefined
  const stem = (file: string) => file.replace(/\.[^./]+$/, '').toLowerCase()
  const found = files.find((file) => file !== target && stem(file) === stem(target))
  if (found === undefined) return undefined
  const relative = path.posix.relative(folder, found)
  return `${written.startsWith('./') && !relative.startsWith('.') ? './' : ''}${relative}${href.slice(cut)}`
}

export const brokenLink: LinkRule = (use, page, input) => {
  if (use.target.kind !== 'broken') return undefined
  const what = use.embedded ? 'missing image or file' : 'broken link'
  const absolute = use.href.startsWith('/') && !use.href.startsWith('//')
  const meant = absolute ? meantFile(use.href, input.handbook.contentFiles) : meantRelative(use.href, page.sourcePath, [...input.handbook.contentFiles, ...input.handbook.pages.map((other) => other.sourcePath)])
  const hint = meant ? `Did you mean ${meant}?` : /^(\/|[a-z][a-z0-9+.-]*:)/i.test(use.href) ? 'Check the address' : "Check the path: it starts from this file's folder"
  return { problem: brokenLinkReport(input.options)(use.embedded ? 'image-missing' : 'link-broken', page.sourcePath, `${what} "${use.href}": ${use.target.reason}. ${hint}`, use.line, use.column), last: true }
}
