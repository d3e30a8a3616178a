import { describe, expect, it } from 'vitest'
import { bundleModules, isRenderThread, selfTimes, stepOf, stepsTable, topSteps, type CpuProfile } from '../../../../scripts/bench/cpu-profile'

const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0 })

/**
 * A hand-made profile: (root) → render (ours) → parse (micromark, in a nested node_modules) and
 * (garbage collector), plus (idle). Samples 1 ms apart but for one 3 ms gap, the last 2 ms before the end.
 */
const PROFILE: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)', '') },
    { id: 2, callFrame: frame('renderPage', 'file:///tmp/handbook-bench-real-x/src/content/render.ts') },
    { id: 3, callFrame: frame('parse', 'file:///work/p/node_modules/gatsby/node_modules/micromark/lib/parse.js') },
    { id: 4, callFrame: frame('(garbage collector)', '') },
    { id: 5, callFrame: frame('(idle)', '') },
    { id: 6, callFrame: frame('compile', 'file:///work/p/node_modules/@babel/core/lib/index.js') },
  ],
  startTime: 1_000_000,
  endTime: 1_010_000,
  samples: [2, 3, 3, 4, 5, 6],
  timeDeltas: [1000, 1000, 1000, 3000, 1000, 1000],
}

describe('the summary of a CPU profile by step (npm run bench -- --real --profile)', () => {
  it("tells a render worker thread (a worker that ran our library bundle) from main threads and webpack's minifier threads", () => {
    const library = { ...PROFILE, nodes: [...PROFILE.nodes, { id: 7, callFrame: frame('render', 'file:///w/node_modules/.cache/handbook/content-library.js') }] }
    expect(isRenderThread('CPU.20261205.042739.14920.1.002.cpuprofile', library)).toBe(true)
    expect(isRenderThread('CPU.20261205.042733.14920.0.001.cpuprofile', library)).toBe(false)
    expect(isRenderThread('CPU.20261205.042752.14920.4.005.cpuprofile', PROFILE)).toBe(false)
  })

  it('names the step of a frame: a package (the innermost, scoped too), our file and function, V8 entries, Node internals, our bundle', () => {
    const roots = ['/tmp/handbook-bench-real-x']
    expect(stepOf(PROFILE.nodes[1]!.callFrame, roots)).toBe('src/content/render.ts renderPage')
    expect(stepOf(PROFILE.nodes[2]!.callFrame, roots)).toBe('micromark')
    expect(stepOf(PROFILE.nodes[5]!.callFrame, roots)).toBe('@babel/core')
    expect(stepOf(frame('(garbage collector)', ''))).toBe('(garbage collector)')
    expect(stepOf(frame('readFileSync', 'node:fs'))).toBe('node internals (fs)')
    expect(stepOf(frame('Module._load', 'node:internal/modules/cjs/loader'))).toBe('node internals (internal/modules)')
    expect(stepOf(frame('toHast', 'file:///w/node_modules/.cache/handbook/content-library.js'))).toBe('our library bundle: toHast')
  })

  it("names a sample in our esbuild bundle by the module esbuild's comment opens above its line", () => {
    // As esbuild writes content-library.js: a `// <path>` line before each module's code.
    const bundle = ['"use strict";', '', '// node_modules/hast-util-raw/lib/index.js', 'function raw() {', '}', '', '// src/content/render.ts', 'function renderPage() {', '}'].join('\n')
    const bundles = () => bundleModules(bundle)
    const at = (functionName: string, lineNumber: number) => ({ functionName, url: 'file:///w/node_modules/.cache/handbook/content-library.js', lineNumber })
    expect(stepOf(at('raw', 3), [], bundles)).toBe('hast-util-raw')
    expect(stepOf(at('renderPage', 7), [], bundles)).toBe('src/content/render.ts renderPage')
    expect(stepOf(at('__require', 0), [], bundles)).toBe('our library bundle: __require')
  })

  it('gives each sample the time until the next one (the last: until the end)', () => {
    const times = selfTimes(PROFILE, ['/tmp/handbook-bench-real-x'])
    expect(Object.fromEntries(times)).toEqual({
      'src/content/render.ts renderPage': 1,
      micromark: 4,
      '(garbage collector)': 1,
      '(idle)': 1,
      '@babel/core': 2,
    })
  })

  it('adds profiles up, leaves idle time out, sorts by cost and divides by the pages', () => {
    const steps = topSteps([PROFILE, PROFILE], 4, ['/tmp/handbook-bench-real-x'], 3)
    expect(steps).toEqual([
      { step: 'micromark', selfMs: 8, msPerPage: 2, share: 0.5 },
      { step: '@babel/core', selfMs: 4, msPerPage: 1, share: 0.25 },
      { step: 'src/content/render.ts renderPage', selfMs: 2, msPerPage: 0.5, share: 0.125 },
    ])
    expect(stepsTable(steps).split('\n')[2]).toBe('| micromark | 8 | 2.00 | 50.0 % |')
  })
})
