/**
 * Links to other sites written with http: (`link-http`, a warning), but for
 * the machine's own addresses. Only where the editor wrote http: on the
 * link's line: GFM turns a bare www.example.com into an http: link.
 */
import { warning } from '../common/diagnostics'
import type { LinkRule } from './link-rule'

export const linkHttp: LinkRule = (use, page, input) => {
  if (use.target.kind !== 'external' || !/^http:\/\//i.test(use.href) || /^http:\/\/(localhost|127\.|\[::1\])/i.test(use.href)) return undefined
  const written = use.line ? (input.linesOf(page)[use.line - 1] ?? '').includes(use.href) : false
  if (!written) return undefined
  return { problem: warning('link-http', page.sourcePath, `"${use.href}" uses http: most sites serve https. Write ${use.href.replace(/^http:/i, 'https:')} if it works`, use.line, use.column) }
}
