/**
 * `npm run check` on diagrams, with no browser: each mermaid block is read
 * by the pure-JS renderer's parser, in Node. One it cannot read is an error
 * (`diagram-syntax`) at the block's line, with the parser's message: the
 * page would show a code block where a diagram was meant. A type that
 * renderer does not draw (gantt, pie…), or a flowchart it reads otherwise
 * than Mermaid (which it may not read at all), is parsed by Mermaid itself
 * before the pages are rendered (draw-ahead.ts), which reports it the same
 * way, with Mermaid's message; this check's own message is for a block
 * whose type no one knows, or when Mermaid could not be loaded.
 */
import { error, type Diagnostic } from '../../common/diagnostics'
import type { HandbookCheck } from '../../checks/check'
import { mentionsMermaid, mermaidBlocks } from './blocks'
import { drawMermaid } from './draw'
import { DRAWN_TYPES } from './mermaid-source'

const SHOWN_TYPES = DRAWN_TYPES.filter((type) => !type.includes('-v2') && type !== 'graph' && type !== 'xychart').join(', ')

export const diagramsCheck: HandbookCheck = {
  name: 'diagram-syntax',
  run({ readPages, linesOf }) {
    const out: Diagnostic[] = []
    for (const page of readPages) {
      if (!mentionsMermaid(page.source)) continue
      for (const block of mermaidBlocks(linesOf(page))) {
        const result = drawMermaid(block.text, 'check')
        const line = block.line + result.source.typeLine
        if (result.kind === 'error') {
          const fix =
            result.source.type === ''
              ? 'write the diagram in the block, or delete the empty block'
              : `start the block with its diagram type and direction, e.g. "flowchart LR" (types: ${SHOWN_TYPES}, or one of Mermaid's others: gantt, pie, mindmap…), and check it in the Mermaid live editor`
          out.push(error('diagram-syntax', page.sourcePath, `this mermaid diagram does not parse (${result.message}): ${fix}`, line))
        }
      }
    }
    return out
  },
}
