/**
 * The rooms of src/content: no import cycle between its first-level folders
 * (a folder may import the folders below it, never one that imports it back,
 * so each can be read, tested and moved with what is below it), and a root
 * that keeps at most six files. Files at the root count as the folder ".";
 * index.ts, the library's barrel, re-exports everything and is left out.
 * Imports are read by TypeScript's own scanner (type imports, re-exports and
 * `import()` included; comments not).
 */
import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const CONTENT = path.resolve(__dirname, '..', '..', '..', 'src', 'content')
const BARREL = 'index.ts'
const MAX_ROOT_FILES = 6

/** One import between files of src/content (paths relative to it, with forward slashes). */
interface Import {
  from: string
  to: string
  /** As written in the importing file. */
  written: string
}

/**
 * Edges that still close a cycle between folders, left while the folders
 * they involve are being rebuilt (issue 26): without them there is none.
 * They are the fewest edges that break every cycle, chosen among the imports
 * that point the wrong way. Each names exactly the imports on it: a new
 * import on a listed edge fails, and so does an entry whose imports are gone
 * or whose edge no longer closes a cycle. Empty it; never add to it.
 */
const KNOWN_CYCLES: ReadonlyArray<{ edge: `${string} → ${string}`; imports: readonly string[] }> = [
  // The root imports a stage: handbook.ts's page types and site-path-setting.ts's reserved URLs (both to leave the root: page/, settings/).
  { edge: '. → pipeline', imports: ['handbook.ts imports ./pipeline/page-sources', 'handbook.ts imports ./pipeline/page-sources', 'site-path-setting.ts imports ./pipeline/routes'] },
  // Settings types read from config.ts, which imports brand/colour, markdown/ and ownership/ back: they go with settings/schema.ts.
  { edge: 'brand → .', imports: ['brand/chrome.ts imports ../config'] },
  { edge: 'changes → .', imports: ['changes/page.ts imports ../config'] },
  { edge: 'page → .', imports: ['page/edit-url.ts imports ../config'] },
  // The Handbook type, from handbook.ts, which imports search's types back: goes when the page types live in page/.
  { edge: 'search → .', imports: ['search/build.ts imports ../handbook'] },
  // absoluteUrl and escapeXml, shared helpers that sit in the sitemap's folder: to links/url.ts and common/.
  { edge: 'changes → features', imports: ['changes/feed.ts imports ../features/sitemap/site-files'] },
  // The output of `npm run check` with its stale pages, not a helper: belongs with the checks (checks/report.ts).
  { edge: 'common → ownership', imports: ['common/report.ts imports ../ownership/stale-pages'] },
  // render-check.ts renders MDX pages in the render stage, its one user (pipeline/render-jobs.ts): belongs in pipeline/.
  { edge: 'components → load', imports: ['components/render-check.ts imports ../load/compile-components'] },
  {
    edge: 'components → markdown',
    imports: ['components/render-check.ts imports ../markdown/mdx', 'components/render-check.ts imports ../markdown/mdx-syntax', 'components/render-check.ts imports ../markdown/directive-handlers'],
  },
  // A wing reaching into the pipeline for reserved URLs and outputs: goes with the feature registry.
  { edge: 'features → pipeline', imports: ['features/redirects/redirects.ts imports ../../pipeline/routes', 'features/redirects/redirects.ts imports ../../pipeline/build-outputs'] },
  { edge: 'publish → pipeline', imports: ['publish/linked-files.ts imports ../pipeline/build-outputs'] },
  // url-changes.ts is the url-broken check, not a links helper: belongs with the checks (its FileText and Rename with load/git-base.ts).
  { edge: 'links → load', imports: ['links/url-changes.ts imports ../load/content-files'] },
  { edge: 'links → pipeline', imports: ['links/url-changes.ts imports ../pipeline/page-sources'] },
  // The route manifest carries the people directory for people blocks in MDX: goes when the people wing registers its blocks.
  { edge: 'markdown → people', imports: ['markdown/mdx.ts imports ../people/types'] },
  // DataText is in common/yaml.ts now: people/ imports it from there.
  { edge: 'people → load', imports: ['people/index.ts imports ../load/read-content', 'people/read-data.ts imports ../load/read-content'] },
  // Team pages list the pages a team owns: a section the ownership wing gives people's pages.
  { edge: 'people → ownership', imports: ['people/pages.ts imports ../ownership/owned-pages'] },
]

function contentFiles(): string[] {
  return fs
    .readdirSync(CONTENT, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(CONTENT, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
}

/** Relative imports of each file that land in src/content; `unresolved` are those that name no file. */
function contentImports(files: readonly string[]): { imports: Import[]; unresolved: string[] } {
  const known = new Set(files)
  const imports: Import[] = []
  const unresolved: string[] = []
  for (const from of files) {
    const text = fs.readFileSync(path.join(CONTENT, from), 'utf8')
    for (const { fileName: written } of ts.preProcessFile(text, true, true).importedFiles) {
      if (!written.startsWith('.')) continue
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(from), written))
      if (target.startsWith('../')) continue
      const to = [`${target}.ts`, `${target}.tsx`, `${target}/index.ts`, target].find((candidate) => known.has(candidate))
      if (to) imports.push({ from, to, written })
      else unresolved.push(`${from} imports ${written}`)
    }
  }
  return { imports, unresolved }
}

const folderOf = (file: string): string => (file.includes('/') ? file.slice(0, file.indexOf('/')) : '.')
const edgeName = (from: string, to: string) => `${from} → ${to}`
const importText = (i: Import) => `${i.from} imports ${i.written}`

/** The imports between folders, by edge ("links → pipeline"); the barrel and imports inside a folder left out. */
function folderEdges(imports: readonly Import[]): Map<string, Import[]> {
  const edges = new Map<string, Import[]>()
  for (const i of imports) {
    if (i.from === BARREL || i.to === BARREL) continue
    const from = folderOf(i.from)
    const to = folderOf(i.to)
    if (from === to) continue
    const edge = edgeName(from, to)
    edges.set(edge, [...(edges.get(edge) ?? []), i])
  }
  return edges
}

function successors(edges: ReadonlyMap<string, readonly Import[]>): Map<string, string[]> {
  const next = new Map<string, string[]>()
  for (const [edge] of [...edges].sort(([a], [b]) => a.localeCompare(b))) {
    const [from, to] = edge.split(' → ') as [string, string]
    next.set(from, [...(next.get(from) ?? []), to])
  }
  return next
}

/** The shortest path of folders from `start` to `goal` (both included), if there is one. */
function pathBetween(next: ReadonlyMap<string, readonly string[]>, start: string, goal: string): string[] | undefined {
  const cameFrom = new Map<string, string>()
  const queue = [start]
  for (let at = 0; at < queue.length; at++) {
    const folder = queue[at]!
    for (const to of next.get(folder) ?? []) {
      if (to === goal) {
        const route = [folder, goal]
        for (let back = folder; back !== start; back = cameFrom.get(back)!) route.unshift(cameFrom.get(back)!)
        return route
      }
      if (to === start || cameFrom.has(to)) continue
      cameFrom.set(to, folder)
      queue.push(to)
    }
  }
  return undefined
}

/**
 * One cycle for each edge that closes one, shortest first, each named with
 * an import of every step: "links → pipeline → links: links/a.ts imports
 * ../pipeline/b; pipeline/b.ts imports ../links/c". An edge a → b closes a
 * cycle when b leads back to a; a cycle is named once, whichever edge found it.
 */
function cyclesOf(edges: ReadonlyMap<string, readonly Import[]>): string[] {
  const next = successors(edges)
  const named = new Map<string, string>()
  for (const edge of [...edges.keys()].sort()) {
    const [from, to] = edge.split(' → ') as [string, string]
    const back = pathBetween(next, to, from)
    if (!back) continue
    const cycle = [from, ...back]
    // The same cycle found from another of its edges: rotate it to start at its first folder.
    const start = cycle.slice(0, -1).reduce((first, folder, i) => (folder < cycle[first]! ? i : first), 0)
    const rotated = [...cycle.slice(start, -1), ...cycle.slice(0, start), cycle[start]!]
    const key = rotated.join(' → ')
    const steps = rotated.slice(0, -1).map((folder, i) => importText(edges.get(edgeName(folder, rotated[i + 1]!))![0]!))
    named.set(key, `${key}: ${steps.join('; ')}`)
  }
  return [...named.values()].sort((a, b) => a.split(' → ').length - b.split(' → ').length || a.localeCompare(b))
}

function withoutKnown(edges: ReadonlyMap<string, readonly Import[]>): Map<string, readonly Import[]> {
  const known = new Set(KNOWN_CYCLES.map((entry) => entry.edge as string))
  return new Map([...edges].filter(([edge]) => !known.has(edge)))
}

describe('the folders of src/content', () => {
  const files = contentFiles()
  const { imports, unresolved } = contentImports(files)
  const edges = folderEdges(imports)

  it('are read whole: every relative import names a file', () => {
    expect(files.length).toBeGreaterThan(100)
    expect(imports.length).toBeGreaterThan(300)
    expect(unresolved).toEqual([])
  })

  it('import each other without a cycle', () => {
    expect(cyclesOf(withoutKnown(edges))).toEqual([])
  })

  it('list each known cycle edge with exactly the imports on it, while it still closes a cycle', () => {
    const next = successors(edges)
    for (const { edge, imports: listed } of KNOWN_CYCLES) {
      const [from, to] = edge.split(' → ') as [string, string]
      expect((edges.get(edge) ?? []).map(importText).sort(), `imports on ${edge}`).toEqual([...listed].sort())
      expect(pathBetween(next, to, from), `${edge} closes no cycle now: remove it from KNOWN_CYCLES`).toBeDefined()
    }
  })

  it('keep at most six files at the root', () => {
    const root = fs.readdirSync(CONTENT, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name)
    expect(root).toContain(BARREL)
    expect(root.length, root.join(', ')).toBeLessThanOrEqual(MAX_ROOT_FILES)
  })
})

describe('cyclesOf', () => {
  const link = (from: string, to: string, written: string): Import => ({ from, to, written })

  it('names a cycle by its folders and an import of each step', () => {
    const edges = folderEdges([
      link('links/links.ts', 'pipeline/routes.ts', '../pipeline/routes'),
      link('pipeline/routes.ts', 'links/url.ts', '../links/url'),
      link('pipeline/routes.ts', 'common/hash.ts', '../common/hash'),
    ])
    expect(cyclesOf(edges)).toEqual(['links → pipeline → links: links/links.ts imports ../pipeline/routes; pipeline/routes.ts imports ../links/url'])
  })

  it('counts the root as the folder ".", leaves the barrel and imports inside a folder out, and finds longer cycles once', () => {
    const edges = folderEdges([
      link('handbook.ts', 'markdown/render.ts', './markdown/render'),
      link('markdown/render.ts', 'search/extract.ts', '../search/extract'),
      link('search/build.ts', 'handbook.ts', '../handbook'),
      link('index.ts', 'links/url.ts', './links/url'),
      link('links/url.ts', 'index.ts', '..'),
      link('markdown/render.ts', 'markdown/parse.ts', './parse'),
    ])
    expect([...edges.keys()].sort()).toEqual(['. → markdown', 'markdown → search', 'search → .'])
    expect(cyclesOf(edges)).toEqual([
      '. → markdown → search → .: handbook.ts imports ./markdown/render; markdown/render.ts imports ../search/extract; search/build.ts imports ../handbook',
    ])
  })
})
