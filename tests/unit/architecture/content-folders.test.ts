/**
 * The rooms of src/content: no import cycle between its first-level folders
 * (a folder may import the folders below it, never one that imports it back,
 * so each can be read, tested and moved with what is below it), and a root
 * that keeps at most six files. Files at the root count as the folder ".";
 * each feature wing (features/<wing>/) is a room of its own, so wings
 * cannot lean on each other both ways either; index.ts, the library's
 * barrel, re-exports everything and is left out.
 *
 * What counts is what runs: imports and re-exports of values, read from
 * TypeScript's syntax tree. Type-only imports (`import type`, `export type`,
 * `{ type X }` everywhere in the braces) are erased when compiled and so
 * load nothing; they are how the handbook's data model (the Handbook, its
 * pages, a wing's data) is shared, and they are left out on purpose.
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

function contentFiles(): string[] {
  return fs
    .readdirSync(CONTENT, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(CONTENT, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
}

/** The modules a file loads when it runs: its value imports and re-exports (type-only ones are erased) and `import()`. */
function valueImports(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS)
  const specifiers: string[] = []
  const typeOnly = (clause: ts.ImportClause | undefined): boolean => {
    if (!clause) return false
    if (clause.isTypeOnly) return true
    const bindings = clause.namedBindings
    return !clause.name && bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((element) => element.isTypeOnly)
  }
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && !typeOnly(node.importClause)) specifiers.push(node.moduleSpecifier.text)
    else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.exportClause
      const allTypes = node.isTypeOnly || (clause !== undefined && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((element) => element.isTypeOnly))
      if (!allTypes) specifiers.push(node.moduleSpecifier.text)
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) specifiers.push(node.arguments[0].text)
    ts.forEachChild(node, visit)
  }
  visit(source)
  return specifiers
}

/** Relative value imports of each file that land in src/content; `unresolved` are those that name no file. */
function contentImports(files: readonly string[]): { imports: Import[]; unresolved: string[] } {
  const known = new Set(files)
  const imports: Import[] = []
  const unresolved: string[] = []
  for (const from of files) {
    const text = fs.readFileSync(path.join(CONTENT, from), 'utf8')
    for (const written of valueImports(from, text)) {
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

/** The room of a file: its first-level folder, a feature wing's own folder (features/people), or "." at the root. */
const folderOf = (file: string): string => {
  const parts = file.split('/')
  if (parts.length === 1) return '.'
  return parts[0] === 'features' && parts.length > 2 ? `features/${parts[1]}` : parts[0]!
}
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
    expect(cyclesOf(edges)).toEqual([])
  })

  it('keep at most six files at the root', () => {
    const root = fs
      .readdirSync(CONTENT, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name)
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
    expect(cyclesOf(edges)).toEqual(['. → markdown → search → .: handbook.ts imports ./markdown/render; markdown/render.ts imports ../search/extract; search/build.ts imports ../handbook'])
  })

  it('counts what runs: value imports, re-exports and import(), never type-only ones', () => {
    const text = [
      "import type { Handbook } from '../handbook'",
      "import { type Page, type Sidebar } from '../page/page'",
      "import { pageTitle, type TitleSource } from '../page/title'",
      "export type { Feature } from './feature'",
      "export { FEATURES } from '../features'",
      "export * from './wing'",
      "const later = () => import('../search/build')",
    ].join('\n')
    expect(valueImports('features/x.ts', text)).toEqual(['../page/title', '../features', './wing', '../search/build'])
  })

  it('makes each feature wing a room of its own, beside the folders and the root', () => {
    expect(['features/people/pages.ts', 'features/feature.ts', 'links/url.ts', 'handbook.ts'].map(folderOf)).toEqual(['features/people', 'features', 'links', '.'])
    const edges = folderEdges([link('features/people/pages.ts', 'features/search/extract.ts', '../search/extract'), link('features/search/build.ts', 'features/people/types.ts', '../people/types')])
    expect(cyclesOf(edges)).toEqual(['features/people → features/search → features/people: features/people/pages.ts imports ../search/extract; features/search/build.ts imports ../people/types'])
  })
})
