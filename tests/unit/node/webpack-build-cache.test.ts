/**
 * The production stages' webpack cache without the build-dependency walk:
 * a real webpack compile with a filesystem cache and a loader (the loader
 * is what webpack would otherwise walk through Node's module cache), with
 * webpack's own cache log read back.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import webpack, { type Configuration } from 'webpack'
import { buildCacheVersion, withVersionedCache } from '../../../src/node/webpack-build-cache'

const made: string[] = []
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

function project(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'webpack-cache-'))
  made.push(dir)
  fs.writeFileSync(path.join(dir, 'entry.js'), 'module.exports = 1\n')
  fs.writeFileSync(path.join(dir, 'pass-loader.js'), 'module.exports = (source) => source\n')
  fs.writeFileSync(path.join(dir, 'package-lock.json'), '{"lockfileVersion": 3}\n')
  return dir
}

/** Compiles once, closes (which stores the cache), and returns webpack's cache log lines. */
function compile(config: Configuration): Promise<string[]> {
  const lines: string[] = []
  const logged = {
    ...config,
    infrastructureLogging: {
      level: 'verbose' as const,
      debug: /PackFileCache/,
      console: { ...console, log: (...a: unknown[]) => lines.push(a.join(' ')), info: (...a: unknown[]) => lines.push(a.join(' ')), debug: (...a: unknown[]) => lines.push(a.join(' ')) } as Console,
    },
  }
  const compiler = webpack(logged)
  return new Promise((resolve, reject) => {
    compiler.run((error) => {
      if (error) return reject(error)
      compiler.close((closeError) => (closeError ? reject(closeError) : resolve(lines)))
    })
  })
}

function stageConfig(dir: string): Configuration {
  return {
    mode: 'development',
    context: dir,
    entry: './entry.js',
    output: { path: path.join(dir, 'out') },
    module: { rules: [{ test: /\.js$/, use: path.join(dir, 'pass-loader.js') }] },
    cache: { type: 'filesystem', cacheDirectory: path.join(dir, 'cache'), buildDependencies: { config: [__filename] } },
  }
}

describe('webpack build cache', () => {
  it("webpack walks the config's and the loader's modules by default", async () => {
    const dir = project()
    const log = (await compile(stageConfig(dir))).join('\n')
    expect(log).toMatch(/Capturing build dependencies\.\.\. \(.*pass-loader\.js/)
  }, 30_000)

  it('walks none with the versioned cache, and still stores the cache', async () => {
    const dir = project()
    const log = (await compile(withVersionedCache(stageConfig(dir), dir))).join('\n')
    expect(log).toMatch(/Capturing build dependencies\.\.\. \(\)/)
    expect(fs.readdirSync(path.join(dir, 'cache')).length).toBeGreaterThan(0)
  }, 30_000)

  it('changes the version when the locked packages change, and only then', () => {
    const dir = project()
    const before = buildCacheVersion(dir)
    expect(buildCacheVersion(dir)).toBe(before)
    fs.writeFileSync(path.join(dir, 'package-lock.json'), '{"lockfileVersion": 3, "packages": {}}\n')
    expect(buildCacheVersion(dir)).not.toBe(before)
  })

  it('leaves a stage without a filesystem cache as it is', () => {
    const config: Configuration = { mode: 'production', cache: false }
    expect(withVersionedCache(config, project())).toBe(config)
  })
})
