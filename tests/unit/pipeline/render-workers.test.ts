import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadHandbook, loadHandbookInParallel } from '../../../src/content'
import { resolveSettings } from '../../../src/content/settings'
import { generateHandbook } from '../../../scripts/lib/generate-handbook'
import { projectRoot } from '../../../scripts/lib/site'
import { renderLanes, renderOnWorkers } from '../../../src/content/pipeline/render-workers'
import { linkIndexOf, runRenderJob, type RenderJob } from '../../../src/content/pipeline/render-jobs'
import { renderContext } from '../../support/render-context'
import { contentLibraryFile } from '../../../src/node/library'

// 200 pages: enough for two forced workers to take several batches each; 300 rendered a third more on both sides.
const PAGES = 200
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'render-workers-'))
generateHandbook(dir, { pages: PAGES })
fs.writeFileSync(path.join(dir, 'broken.mdx'), '# Broken\n\nAn {unclosed expression\n')

const forced = process.env.HANDBOOK_RENDER_WORKERS
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true })
  if (forced === undefined) delete process.env.HANDBOOK_RENDER_WORKERS
  else process.env.HANDBOOK_RENDER_WORKERS = forced
})

describe('rendering on worker threads', () => {
  it('shares the pages between this thread and up to a worker per other core, one per 400 pages', () => {
    delete process.env.HANDBOOK_RENDER_WORKERS
    const cores = os.availableParallelism()
    expect(renderLanes(399)).toEqual({ workers: 0, here: true })
    expect(renderLanes(400)).toEqual({ workers: Math.min(cores - 1, 1), here: true })
    expect(renderLanes(5000)).toEqual({ workers: Math.min(cores - 1, 7), here: true })
    process.env.HANDBOOK_RENDER_WORKERS = '0'
    expect(renderLanes(5000)).toEqual({ workers: 0, here: true })
  })

  it('gives the same pages, in order, with this thread and a worker rendering together', async () => {
    // 60 pages with a table, a list and code each: this thread is still rendering when the worker has loaded (about 0.6 s).
    const sources = Array.from({ length: 60 }, (_, i) => `page-${i}.md`)
    const context = renderContext({ routes: sources.map((sourcePath) => ({ sourcePath, url: `/${sourcePath.replace('.md', '')}` })) })
    const body = (i: number) =>
      `# Page ${i}\n\n${'| a | b |\n|---|---|\n'}${Array.from({ length: 20 }, (_, r) => `| ${i}-${r} | [next](/page-${(i + 1) % 60}) |`).join('\n')}\n\n${Array.from({ length: 30 }, (_, r) => `- item *${r}* of \`page ${i}\``).join('\n')}\n\n\`\`\`js\nconst page = ${i}\n\`\`\`\n`
    const jobs: RenderJob[] = sources.map((sourcePath, route) => ({ sourcePath, route, format: 'md', body: body(route) }))
    const index = linkIndexOf(context)
    const alone = jobs.map((job) => runRenderJob(job, context, index))
    const together = await renderOnWorkers(jobs, context, { script: contentLibraryFile() }, 1, true)
    expect(together.map((outcome) => outcome.rendered.titleHeading)).toEqual(sources.map((_, i) => `Page ${i}`))
    expect(together).toEqual(alone)
  }, 60_000)

  it('gives exactly what rendering on this thread gives, errors included', async () => {
    const settings = resolveSettings({ contentDir: dir }, {}, projectRoot)
    const options = { includeDrafts: false, hrefPrefix: '/docs' }
    const here = loadHandbook(settings, options)
    // Workers run the library bundle, as in the build and `npm run check` (ESM-only packages such as @mdx-js/mdx's are inlined there).
    const entry = { script: contentLibraryFile() }
    // Workers alone: by default this thread renders pages too, and could render most before a worker has loaded.
    process.env.HANDBOOK_RENDER_WORKERS = '2'
    expect(renderLanes(PAGES + 1)).toEqual({ workers: 2, here: false })
    const there = await loadHandbookInParallel(settings, options, entry)
    expect(there.pages).toHaveLength(PAGES + 1)
    expect(there.pages).toEqual(here.pages)
    expect(there.diagnostics).toEqual(here.diagnostics)
    expect(there.diagnostics.map((d) => `${d.file}:${d.line}`)).toEqual(['broken.mdx:3'])
  }, 60_000)
})
