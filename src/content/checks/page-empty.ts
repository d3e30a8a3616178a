/**
 * `.md` pages with nothing after their frontmatter but blank lines and
 * HTML comments (`page-empty`, a warning at line 1). An `.mdx` page may be
 * all components, so it is not looked at.
 */
import { warning, type Diagnostic } from '../common/diagnostics'
import type { HandbookCheck } from './check'

/** The text after its first `lines` lines (a `\r` before a `\n` is left: it is blank like the rest); found without splitting the page. */
function textAfter(text: string, lines: number): string {
  let start = 0
  for (let line = 0; line < lines; line++) {
    const end = text.indexOf('\n', start)
    if (end < 0) return ''
    start = end + 1
  }
  return text.slice(start)
}

export const pageEmpty: HandbookCheck = {
  name: 'page-empty',
  run({ readPages }) {
    const out: Diagnostic[] = []
    for (const page of readPages) {
      if (
        page.format === 'md' &&
        textAfter(page.source, page.frontmatterLines)
          .replace(/<!--[\s\S]*?-->/g, '')
          .trim() === ''
      ) {
        out.push(warning('page-empty', page.sourcePath, 'this page is empty. Write its content, or delete the file', 1))
      }
    }
    return out
  },
}
