/**
 * The diagrams wing: ` ```mermaid ` blocks of `.md` and `.mdx` pages drawn as
 * inline SVG at build time (rehype-diagrams.ts), and checked by
 * `npm run check` without a browser (check.ts); the types it does not draw
 * are parsed by Mermaid in Node and drawn by Mermaid in Chromium before the
 * pages are rendered (draw-ahead.ts), or, without Chromium, in the reader's
 * browser (src/client/diagrams.ts), which the build log says once.
 */
import type { Feature } from '../feature'
import { rehypeDiagrams } from './rehype-diagrams'
import { diagramsCheck } from './check'
import { diagramsOutput } from './build-log'
import { drawAhead } from './draw-ahead'

export const diagramsWing: Feature = {
  name: 'diagrams',
  beforeRender: drawAhead,
  markdown: { rehype: [rehypeDiagrams] },
  checks: [diagramsCheck],
  outputs: diagramsOutput,
}
