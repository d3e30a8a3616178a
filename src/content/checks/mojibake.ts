/**
 * Text saved in the wrong encoding ("teamâ€™s"), outside code, with what it
 * should read (`mojibake`, a warning at each run): see find-mojibake.ts.
 */
import { warning, type Diagnostic } from '../common/diagnostics'
import type { HandbookCheck } from './check'
import { findMojibake } from './find-mojibake'

export const mojibake: HandbookCheck = {
  name: 'mojibake',
  run({ readPages }) {
    const out: Diagnostic[] = []
    for (const page of readPages) {
      for (const match of findMojibake(page.source)) {
        out.push(warning('mojibake', page.sourcePath, `"${match.text}" looks like mis-encoded text (saved in the wrong encoding). It probably should read "${match.fixed}"`, match.line, match.column))
      }
    }
    return out
  },
}
