/**
 * What marking glossary terms costs: a generated handbook's `.md` pages
 * (5,000 by default) rendered on this thread as the build renders them
 * (renderPage with the wings' plugins), without a glossary and with one of
 * 500 entries. `common` of them (50 by default) are words the pages use
 * most, the others words no page holds: every entry is in the matcher, and
 * a page marks about as many terms as a real handbook's would. `common` =
 * `terms` is the worst case: the generator's vocabulary is small (about 700
 * words), so nearly every word of every page is a term. Prints the render
 * time of both (three passes, each page rendered both ways in turn) and the share the glossary
 * adds, with the load average; writes nothing.
 *
 *     node --import tsx scripts/bench/glossary.ts [pages] [terms] [common]
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { generateHandbook } from '../lib/generate-handbook'
import { renderPage } from '../../src/content/markdown/render'
import { markdownPlugins } from '../../src/content/features'
import { createLinkIndex } from '../../src/content/links/links'
import { glossaryTips, loadGlossary } from '../../src/content/features/glossary'
import { glossaryFileData } from '../../src/content/features/glossary/file-data'

const pageCount = Number(process.argv[2] ?? 5000)
const termCount = Number(process.argv[3] ?? 500)
const commonCount = Math.min(termCount, Number(process.argv[4] ?? 50))
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossary-bench-'))
const generated = generateHandbook(dir, { pages: pageCount })
const bodies = generated.files.map((file) => fs.readFileSync(path.join(dir, file), 'utf8').replace(/^(---|\+\+\+)\n[\s\S]*?\n\1\n/, ''))
fs.rmSync(dir, { recursive: true, force: true })

// The words the pages use most, then words no page holds (a tenth in capitals, as acronyms are; a tenth with a two-word alias).
const counts = new Map<string, number>()
for (const body of bodies) for (const word of body.toLowerCase().match(/\p{L}{5,}/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1)
const common = [...counts].sort((a, b) => b[1] - a[1]).map(([word]) => word)
const words = Array.from({ length: termCount }, (_, i) => (i < commonCount ? common[i]! : `zq${i.toString(36)}${common[i % common.length]}`))
const entries = words.map((word, i) => {
  const term = i >= commonCount && i % 10 === 0 ? word.toUpperCase() : word
  const alias = i % 10 === 5 ? `\n  aliases: ["${word} zz${i}"]` : ''
  return `- term: "${term}"${alias}\n  definition: The *${word}* of the handbook, entry ${i}, see [the page](/page).`
})
const diagnostics: Parameters<typeof loadGlossary>[1] = []
const tips = glossaryTips(loadGlossary({ path: 'glossary.yml', text: entries.join('\n') }, diagnostics))!
if (diagnostics.length) throw new Error(diagnostics.map((d) => d.message).join('\n'))

const site = { siteUrl: 'https://handbook.example', pathPrefix: '' }
const index = createLinkIndex([], () => false)
const markdown = markdownPlugins()

const withData = glossaryFileData({}, { glossary: tips, hrefPrefix: '' })
const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since)
  return (used.user + used.system) / 1000
}
const render = (i: number, withGlossary: boolean) =>
  renderPage({
    body: bodies[i]!,
    format: 'md',
    link: { from: { sourcePath: `p${i}.md`, url: `/p${i}` }, index, site, hrefPrefix: '' },
    iframeHosts: [],
    markdown,
    ...(withGlossary && withData ? { fileData: withData } : {}),
  })

/**
 * One pass over every page, each page rendered without and with the
 * glossary one after the other (which goes first alternates from page to
 * page and from pass to pass): CPU milliseconds of each side and the terms
 * marked. Pairs a millisecond apart, not runs a minute apart: a change in
 * the machine's load, the heap's growth or the JIT's state falls on both
 * sides alike. CPU time (this process's user and system time), not wall
 * time: other processes on a shared machine stretch the wall clock.
 */
function pass(round: number): { base: number; glossary: number; marked: number } {
  let base = 0
  let glossary = 0
  let marked = 0
  for (let i = 0; i < bodies.length; i++) {
    for (const withGlossary of (i + round) % 2 === 0 ? [false, true] : [true, false]) {
      const started = process.cpuUsage()
      const page = render(i, withGlossary)
      const ms = cpuMs(started)
      if (withGlossary) {
        glossary += ms
        marked += page.html.split('class="glossary-term"').length - 1
      } else base += ms
    }
  }
  return { base, glossary, marked }
}

// Warm up the parsers and the matcher on the first 200 pages, then three passes.
const all = bodies.splice(0)
bodies.push(...all.slice(0, 200))
pass(0)
bodies.splice(0, bodies.length, ...all)
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const passes = [0, 1, 2].map(pass)
const bases = passes.map((p) => p.base)
const withs = passes.map((p) => p.glossary)
const marked = passes[0]!.marked
const base = median(bases)
const glossary = median(withs)
const share = median(passes.map((p) => p.glossary / p.base - 1))
console.log(
  `${bodies.length} pages, ${tips.entries.length} terms (${commonCount} of them words the pages use; ${tips.entries.reduce((n, e) => n + e.words.length, 0)} words), ${marked} terms marked (${(marked / bodies.length).toFixed(1)} a page)`,
)
console.log(
  `render CPU time without a glossary: ${(base / 1000).toFixed(2)} s; with it: ${(glossary / 1000).toFixed(2)} s; the glossary adds ${(share * 100).toFixed(1)}% (median of the three passes' shares; ${((glossary - base) / bodies.length).toFixed(3)} ms a page)`,
)
console.log(`passes, CPU s (without / with): ${bases.map((ms, i) => `${(ms / 1000).toFixed(2)} / ${(withs[i]! / 1000).toFixed(2)}`).join(', ')}`)
console.log(
  `load average ${os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')}`,
)
