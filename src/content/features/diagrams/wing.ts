/**
 * The diagrams wing: ` ```mermaid ` blocks of `.md` and `.mdx` pages drawn as
 * inline SVG at build time (rehype-diagrams.ts), and checked by
 * `npm run check` without a browser (check.ts); the types it does not draw
 * are drawn in the browser (src/client/diagrams.ts), which the build log
 * says once (build-log.ts).
 */
import type { Feature } from '../feature'
import { rehypeDiagrams } from './rehype-diagrams'
import { diagramsCheck } from './check'
import { diagramsOutput } from './build-log'

export const diagramsWing: Feature = {
  name: 'diagrams',
  markdown: { rehype: [rehypeDiagrams] },
  checks: [diagramsCheck],
  outputs: diagramsOutput,
}
