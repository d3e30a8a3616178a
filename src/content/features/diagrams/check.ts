/**
 * `npm run check` on diagrams, with no browser: each mermaid block is read
 * by the pure-JS renderer's parser, in Node. One it cannot read is an error
 * (`diagram-syntax`) at the block's line, with the parser's message: the
 * page would show a code block where a diagram was meant. A type that
 * renderer does not draw (gantt, pie…) is not checked, and the check says
 * so once per type (`diagram-not-checked`, a warning): the page draws it in
 * the reader's browser, with Mermaid loaded on that page only.
 */
import { error, warning, type Diagnostic } from '../../common/diagnostics'
import type { HandbookCheck } from '../../checks/check'
import { mentionsMermaid, mermaidBlocks } from './blocks'
import { drawMermaid } from './draw'
import { DRAWN_TYPES } from './mermaid-source'

const SHOWN_TYPES = DRAWN_TYPES.filter((type) => !type.includes('-v2') && type !== 'graph' && type !== 'xychart').join(', ')

export const diagramsCheck: HandbookCheck = {
  name: 'diagram-syntax',
  run({ readPages, linesOf }) {
    const out: Diagnostic[] = []
    const notChecked = new Set<string>()
    for (const page of readPages) {
      if (!mentionsMermaid(page.source)) continue
      for (const block of mermaidBlocks(linesOf(page))) {
        const result = drawMermaid(block.text, 'check')
        const line = block.line + result.source.typeLine
        if (result.kind === 'error') {
          const fix =
            result.source.type === ''
              ? 'write the diagram in the block, or delete the empty block'
              : `start the block with its diagram type and direction, e.g. "flowchart LR" (drawn at build time: ${SHOWN_TYPES}), and check it in the Mermaid live editor`
          out.push(error('diagram-syntax', page.sourcePath, `this mermaid diagram does not parse (${result.message}): ${fix}`, line))
        } else if (result.kind === 'not-drawn' && !notChecked.has(result.source.type)) {
          notChecked.add(result.source.type)
          out.push({
            ...warning(
              'diagram-not-checked',
              page.sourcePath,
              `"${result.source.type}" diagrams are not checked, and are drawn in the reader's browser, not at build time (only ${SHOWN_TYPES} are): the page loads Mermaid, and shows the source without JavaScript. Use one of those types to have it drawn at build time`,
              line,
            ),
            kind: result.source.type,
          })
        }
      }
    }
    return out
  },
}
