/**
 * The diagrams wing: ` ```mermaid ` blocks of `.md` and `.mdx` pages drawn as
 * inline SVG at build time (rehype-diagrams.ts), and checked by
 * `npm run check` without a browser (check.ts).
 */
import type { Feature } from '../feature'
import { rehypeDiagrams } from './rehype-diagrams'
import { diagramsCheck } from './check'

export const diagramsWing: Feature = {
  name: 'diagrams',
  markdown: { rehype: [rehypeDiagrams] },
  checks: [diagramsCheck],
}
