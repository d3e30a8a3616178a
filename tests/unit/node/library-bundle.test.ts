/**
 * The library bundle's freshness: bundled again when a file that went into
 * it changed (not when one was only touched), or the way it is made changed;
 * its version follows exactly that.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ensureBundle, type BundleRequest } from '../../../src/node/library-bundle'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'library-bundle-'))
const bundleFile = path.join(root, 'out', 'library.js')
const request: BundleRequest = { projectRoot: root, entry: 'src/index.ts', bundleFile, options: { platform: 'node', format: 'cjs', target: 'node20' } }

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
  fs.writeFileSync(path.join(root, file), text)
}

/** The bundle file's identity: a bundle written again is a new file (written beside, then renamed). */
const inode = () => fs.statSync(bundleFile).ino

afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

describe('ensureBundle', () => {
  write('src/index.ts', "export { greeting } from './greeting'\n")
  write('src/greeting.ts', "export const greeting = 'hello'\n")
  write('src/unused.ts', "export const unused = 'not imported'\n")

  it('bundles the entry and records its inputs beside the bundle', () => {
    const version = ensureBundle(request)
    expect(version).toMatch(/^[0-9a-f]{64}$/)
    expect(fs.readFileSync(bundleFile, 'utf8')).toContain('hello')
    const record = JSON.parse(fs.readFileSync(path.join(root, 'out', 'library.json'), 'utf8')) as { inputs: Record<string, string> }
    expect(Object.keys(record.inputs).sort()).toEqual(['src/greeting.ts', 'src/index.ts'])
  })

  it('keeps a current bundle, even when its inputs were only touched or other files changed', () => {
    const version = ensureBundle(request)
    const before = inode()
    const later = new Date(Date.now() + 60_000)
    fs.utimesSync(path.join(root, 'src', 'greeting.ts'), later, later)
    write('src/unused.ts', "export const unused = 'changed'\n")
    expect(ensureBundle(request)).toBe(version)
    expect(inode()).toBe(before)
  })

  it('bundles again, with a new version, when an input changes', () => {
    const version = ensureBundle(request)
    write('src/greeting.ts', "export const greeting = 'hi'\n")
    const next = ensureBundle(request)
    expect(next).not.toBe(version)
    expect(fs.readFileSync(bundleFile, 'utf8')).toContain('"hi"')
  })

  it('bundles again when the options change or the bundle is gone', () => {
    const version = ensureBundle(request)
    expect(ensureBundle({ ...request, options: { ...request.options, target: 'node18' } })).not.toBe(version)
    expect(ensureBundle(request)).toBe(version)
    fs.rmSync(bundleFile)
    expect(ensureBundle(request)).toBe(version)
    expect(fs.existsSync(bundleFile)).toBe(true)
  })
})
