/**
 * The time budget of a page on the render workers: a page still rendering
 * when it runs out is an error naming it, its worker is replaced, and the
 * pages after it render. (The budget is made tiny here through
 * HANDBOOK_RENDER_TIMEOUT_MS; the page is one the scan before parsing would
 * refuse, handed to the worker directly.)
 */
import { afterEach, describe, expect, it } from 'vitest'
import { renderOnWorkers } from '../../../src/content/pipeline/render-workers'
import type { RenderJob } from '../../../src/content/pipeline/render-jobs'
import { formatDiagnostic } from '../../../src/content/common/diagnostics'
import { contentLibraryFile } from '../../../src/node/library'
import { renderContext } from '../../support/render-context'

const before = process.env.HANDBOOK_RENDER_TIMEOUT_MS
afterEach(() => {
  if (before === undefined) delete process.env.HANDBOOK_RENDER_TIMEOUT_MS
  else process.env.HANDBOOK_RENDER_TIMEOUT_MS = before
})

describe('render time budget', () => {
  it('stops a page that takes too long, reports it, and renders the others on a new worker', async () => {
    process.env.HANDBOOK_RENDER_TIMEOUT_MS = '1500'
    const pages = ['a.md', 'slow.md', 'b.md', 'c.md']
    const context = renderContext({ routes: pages.map((sourcePath) => ({ sourcePath, url: `/${sourcePath.replace('.md', '')}` })) })
    // 60,000 characters of *_ in one paragraph: minutes of emphasis matching.
    const jobs: RenderJob[] = pages.map((sourcePath, route) => ({ sourcePath, route, format: 'md', body: sourcePath === 'slow.md' ? '*_'.repeat(30_000) : `# Page ${route}\n\nText.\n` }))
    const outcomes = await renderOnWorkers(jobs, context, { script: contentLibraryFile() }, 1)
    expect(outcomes.map((outcome) => outcome.diagnostics.map((d) => formatDiagnostic(d)))).toEqual([
      [],
      ['slow.md: error: rendering took longer than 1.5 s, the limit for one page: the page is too large or too deeply nested; split it into several pages'],
      [],
      [],
    ])
    expect(outcomes.map((outcome) => outcome.rendered.titleHeading)).toEqual(['Page 0', undefined, 'Page 2', 'Page 3'])
  }, 60_000)
})
