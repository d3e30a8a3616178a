import { describe, expect, it } from 'vitest'
import { parseBuildStages } from '../../../../scripts/bench/build-stages'

// Lines of a real cold build of the 18F handbook (npm run bench -- --real), as buildSite returns them (no colours).
const LOG = `success compile gatsby files - 9.124s
success load gatsby config - 0.116s
info handbook: 246 pages read, 246 Markdown pages rendered (0 from the render cache) in 25948 ms
success onPreBootstrap - 26.223s
success Checking for changed pages - 0.000s
success source and transform nodes - 0.977s
success Checking for changed pages - 0.004s
success Building production JavaScript and CSS bundles - 3.831s
success Building HTML renderer - 11.501s
success run queries in workers - 0.427s - 253/253 592.21/s
success Building static HTML for pages - 2.478s - 251/251 101.29/s
info handbook: search index of 246 pages, 1835 sections: all 623 files rewritten, 1803 KB, in 721 ms
info handbook: 247 Markdown copies, llms.txt, llms-full.txt (1488 KB): all 249 rewritten, in 184 ms
info handbook: linked files: all 0 copied; sitemap.xml (247 pages), robots.txt, changes.xml (0 changes, git history: none): 4 of 4 rewritten; 177 redirects, 0 sidebar data files
success onPostBuild - 0.978s
│ ├   /18f/chapters/account-manager
info Done building in 64.013707022 sec
PEAK_RSS_KB=696620`

describe('the stages of a Gatsby build, read from its log', () => {
  const { stages, totalSeconds } = parseBuildStages(LOG)
  const named = (name: string) => stages.find((stage) => stage.name === name)

  it("reads Gatsby's success lines, with or without a rate after the time", () => {
    expect(named('compile gatsby files')).toEqual({ name: 'compile gatsby files', seconds: 9.124, count: 1 })
    expect(named('Building HTML renderer')?.seconds).toBe(11.501)
    expect(named('Building static HTML for pages')?.seconds).toBe(2.478)
    expect(named('run queries in workers')?.seconds).toBe(0.427)
  })

  it('reads our own lines as the part of the Gatsby stage they ran inside', () => {
    expect(named('handbook: Markdown pages rendered')).toEqual({ name: 'handbook: Markdown pages rendered', seconds: 25.948, within: 'onPreBootstrap', count: 1 })
    expect(named('handbook: search index')).toMatchObject({ seconds: 0.721, within: 'onPostBuild' })
    expect(named('handbook: Markdown copies')).toMatchObject({ seconds: 0.184, within: 'onPostBuild' })
  })

  it('keeps the order in which stages ended, sums a stage that ends twice, and skips lines without a time', () => {
    expect(stages.map((stage) => stage.name)).toEqual([
      'compile gatsby files',
      'load gatsby config',
      'handbook: Markdown pages rendered',
      'onPreBootstrap',
      'Checking for changed pages',
      'source and transform nodes',
      'Building production JavaScript and CSS bundles',
      'Building HTML renderer',
      'run queries in workers',
      'Building static HTML for pages',
      'handbook: search index',
      'handbook: Markdown copies',
      'onPostBuild',
    ])
    expect(named('Checking for changed pages')).toEqual({ name: 'Checking for changed pages', seconds: 0.004, count: 2 })
  })

  it("reads Gatsby's total, and gives none for a log without it", () => {
    expect(totalSeconds).toBeCloseTo(64.014, 3)
    expect(parseBuildStages('success onPreInit - 0.009s').totalSeconds).toBeUndefined()
  })
})
