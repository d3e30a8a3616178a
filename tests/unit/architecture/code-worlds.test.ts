/**
 * The code worlds' line that `tsc -b` cannot draw: `types: []` keeps Node's
 * globals out of the browser and shared projects, but an explicit
 * `import fs from 'node:fs'` would still resolve through @types/node. Files
 * that run in the browser (or on both sides) must import no Node module.
 */
import fs from 'node:fs'
import { builtinModules } from 'node:module'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(__dirname, '..', '..', '..')
const BROWSER_FOLDERS = ['src/shared', 'src/client', 'src/components', 'src/templates', 'src/pages']
const NODE_MODULES = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]))

function sourceFiles(folder: string): string[] {
  return fs
    .readdirSync(path.join(root, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8')
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+|require\s*\(\s*)['"]([^'"]+)['"]/g)].map((match) => match[1]!)
}

describe('code that runs in the browser', () => {
  it('imports no Node module', () => {
    const files = BROWSER_FOLDERS.flatMap(sourceFiles)
    expect(files.length).toBeGreaterThan(20)
    const offending = files.flatMap((file) =>
      importsOf(file)
        .filter((name) => NODE_MODULES.has(name))
        .map((name) => `${file}: ${name}`),
    )
    expect(offending).toEqual([])
  })

  it('the check sees an import of a Node module', () => {
    expect(NODE_MODULES.has('node:fs')).toBe(true)
    expect(NODE_MODULES.has('path')).toBe(true)
    expect(importsOf('tests/unit/architecture/code-worlds.test.ts')).toContain('node:fs')
  })
})
