/**
 * A public page that links to an internal page (`link-internal`, a
 * warning at the link): the public build shows the link's text without the
 * link, so readers of the public site find no dead end and no address of
 * the internal page; the editor is told, to link to a public page instead
 * or to make the linking page internal too.
 */
import { warning, type Diagnostic } from '../../common/diagnostics'
import type { HandbookCheck } from '../../checks/check'

export const linkInternalCheck: HandbookCheck = {
  name: 'link-internal',
  run({ readPages }) {
    const out: Diagnostic[] = []
    for (const page of readPages) {
      for (const use of page.links) {
        if (use.target.kind !== 'withheld' || use.embedded) continue
        out.push(
          warning(
            'link-internal',
            page.sourcePath,
            `links to ${use.target.sourcePath}, an internal page the public site leaves out: there the link shows as its text. Link to a public page, or mark this page visibility: internal too`,
            use.line,
            use.column,
          ),
        )
      }
    }
    return out
  },
}
