/**
 * Diagrams drawn on the render worker threads, which run the library bundle
 * (the wing and beautiful-mermaid loaded there): the same HTML as on this
 * thread.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadHandbook, loadHandbookInParallel } from '../../../../src/content'
import { resolveSettings } from '../../../../src/content/settings'
import { contentLibraryFile } from '../../../../src/node/library'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diagram-workers-'))
fs.writeFileSync(path.join(dir, 'index.md'), '# Home\n\n```mermaid\nsequenceDiagram\n  A->>B: hi\n```\n')
for (const name of ['one', 'two', 'three']) fs.writeFileSync(path.join(dir, `${name}.md`), `# ${name}\n\n\`\`\`mermaid\nflowchart LR\n  ${name} --> done\n\`\`\`\n`)
const forced = process.env.HANDBOOK_RENDER_WORKERS

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true })
  if (forced === undefined) delete process.env.HANDBOOK_RENDER_WORKERS
  else process.env.HANDBOOK_RENDER_WORKERS = forced
})

describe('diagrams on worker threads', () => {
  it('are drawn there as here', async () => {
    const settings = resolveSettings({ contentDir: dir }, {}, dir)
    const options = { includeDrafts: false, hrefPrefix: '' }
    const here = loadHandbook(settings, options)
    process.env.HANDBOOK_RENDER_WORKERS = '2'
    const there = await loadHandbookInParallel(settings, options, { script: contentLibraryFile() })
    expect(there.pages.map((page) => page.html)).toEqual(here.pages.map((page) => page.html))
    expect(there.pages.every((page) => page.html.includes('<svg') && page.html.includes('id="mermaid-diagram-1"'))).toBe(true)
    expect(there.diagnostics).toEqual(here.diagnostics)
  }, 60_000)
})
