/** Pages with no title of their own, named after their file (`title-missing`, a warning at line 1). */
import { warning } from '../common/diagnostics'
import type { HandbookCheck } from './check'

export const titleMissing: HandbookCheck = {
  name: 'title-missing',
  run({ readPages }) {
    return readPages
      .filter((page) => page.titleFrom === 'file')
      .map((page) =>
        warning('title-missing', page.sourcePath, `this page has no title, so it is called "${page.title}" after its file or folder name. Add "title: …" to its frontmatter or start it with "# Title"`, 1),
      )
  },
}
