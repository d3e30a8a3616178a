/**
 * Mermaid for the browser, for pages with a diagram the build did not draw
 * (src/client/diagrams.ts loads it): Mermaid's own prebuilt ES modules,
 * copied as they are into public/ (a 32 kB entry that loads the chunks a
 * diagram type needs), never bundled by the site's client build, which
 * would take seconds on every build for the few handbooks that need it.
 */
import fs from 'node:fs'
import path from 'node:path'
import { MERMAID_FOLDER } from '../shared/output'
import { projectRoot } from './settings'

/** The files to copy: absolute source → path under public/. */
export function mermaidBrowserFiles(): { source: string; path: string }[] {
  const dist = path.join(projectRoot, 'node_modules', 'mermaid', 'dist')
  const chunks = path.join(dist, 'chunks', 'mermaid.esm.min')
  return [
    { source: path.join(dist, 'mermaid.esm.min.mjs'), path: `${MERMAID_FOLDER}/mermaid.esm.min.mjs` },
    ...fs
      .readdirSync(chunks)
      .filter((name) => name.endsWith('.mjs'))
      .sort()
      .map((name) => ({ source: path.join(chunks, name), path: `${MERMAID_FOLDER}/chunks/mermaid.esm.min/${name}` })),
  ]
}
