/**
 * Whether a wing's rehype plugin may put its own HTML into the page as a
 * `raw` node. Only where the tree is written as HTML after sanitizing
 * (render.ts, `.md` pages): there HTML made once and reused is cheaper than
 * nodes copied into every page and written again. The MDX compiler turns
 * the tree into JavaScript, which has no `raw` node: plugins make nodes there.
 * Only HTML the wing made from sanitized content may go in (the glossary's
 * marked terms, with their tooltips): the page's own raw HTML was parsed and sanitized before.
 */
import type { VFile } from 'vfile'

const KEY = 'trustedHtml'

/** Marks the file of a page written with `toHtml` after sanitizing. */
export function allowTrustedHtml(file: VFile): void {
  file.data[KEY] = true
}

export function allowsTrustedHtml(file: VFile): boolean {
  return file.data[KEY] === true
}
