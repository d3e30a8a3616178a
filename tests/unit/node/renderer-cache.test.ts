/**
 * The HTML renderer's webpack cache and chunk hashes: the environment variables it defines
 * (src/node/renderer-environment.ts) and its chunk hashes taken from its emitted code
 * (src/node/renderer-content-hash.ts), each through a real webpack compilation. That a rebuild
 * renders only the pages whose data changed is the backlinks build test's part.
 */
import path from 'node:path'
import webpack, { type Configuration, type Stats } from 'webpack'
import { afterAll, describe, expect, it } from 'vitest'
import { RendererContentHash } from '../../../src/node/renderer-content-hash'
import { browserEnvironment, withBrowserEnvironment } from '../../../src/node/renderer-environment'
import { fileTrees } from '../../support/file-tree'

const trees = fileTrees('renderer-cache')
afterAll(() => trees.remove())

function compile(config: Configuration): Promise<Stats> {
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => (error || !stats ? reject(error) : stats.hasErrors() ? reject(new Error(stats.toString())) : resolve(stats)))
  })
}

function rendererConfig(root: string, plugins: Configuration['plugins']): Configuration {
  return {
    mode: 'production',
    target: 'node',
    devtool: 'source-map',
    context: root,
    entry: { 'render-page': './entry.js' },
    output: { path: path.join(root, 'out'), filename: '[name].js', library: { type: 'commonjs2' } },
    plugins,
  }
}

describe("the renderer's environment variables", () => {
  const gatsby = {
    'process.env': '({})',
    'process.env.NODE_ENV': '"production"',
    'process.env.PUBLIC_DIR': '"/site/public"',
    'process.env.HOME': '"/root"',
    'process.env.OLDPWD': '"/tmp"',
    'process.env.GATSBY_SLICES': '"true"',
    'process.env.FROM_DOTENV_FILE': '"1"',
    __PATH_PREFIX__: '""',
  }
  const shell = { NODE_ENV: 'production', HOME: '/root', OLDPWD: '/tmp', GATSBY_SLICES: 'true' }

  it("keeps Gatsby's own names, GATSBY_ ones and a .env file's, and drops the shell's, in a fixed order", () => {
    expect(Object.keys(browserEnvironment(gatsby, shell))).toEqual([
      '__PATH_PREFIX__',
      'process.env',
      'process.env.FROM_DOTENV_FILE',
      'process.env.GATSBY_SLICES',
      'process.env.NODE_ENV',
      'process.env.PUBLIC_DIR',
    ])
    // A variable that comes or goes, or another order, defines the same names: webpack's cache keys stay the same.
    const { 'process.env.OLDPWD': _, ...withoutOldpwd } = gatsby
    expect(browserEnvironment(withoutOldpwd, { ...shell, TERM_SESSION_ID: 'x' })).toEqual(browserEnvironment(Object.fromEntries(Object.entries(gatsby).reverse()), shell))
  })

  it("replaces Gatsby's DefinePlugin in a real compilation: NODE_ENV is inlined, the shell's HOME is not", async () => {
    const root = trees.tree({ 'entry.js': 'module.exports = { mode: process.env.NODE_ENV, home: process.env.HOME }\n' })
    const other = new webpack.DefinePlugin({ HANDBOOK_CLIENT_SCRIPT: '""' })
    const config = withBrowserEnvironment(rendererConfig(root, [new webpack.DefinePlugin(gatsby), other]), shell)
    expect(config.plugins?.[1]).toBe(other)
    expect(config.plugins?.[0]).toBeInstanceOf(webpack.DefinePlugin)
    await compile({ ...config, optimization: { minimize: false } })
    const built = require(path.join(root, 'out', 'render-page.js'))
    expect(built).toEqual({ mode: 'production', home: undefined })
  })
})

describe("the renderer's chunk hashes", () => {
  const renderPageHash = async (source: string, plugins: Configuration['plugins']) => {
    const root = trees.tree({ 'entry.js': source })
    const stats = await compile(rendererConfig(root, plugins))
    return [...stats.compilation.chunks].find((chunk) => chunk.name === 'render-page')?.hash
  }

  it('follow the emitted code: a change the minifier removes keeps the hash, a change of the code does not', async () => {
    const code = 'module.exports = function render(page) { return "<h1>" + page + "</h1>" }\n'
    const commented = `/* a comment the minifier drops */\n${code}`
    const changed = code.replace('h1', 'h2')
    const hashes = async (plugins: () => Configuration['plugins']) => Promise.all([code, commented, changed].map((source) => renderPageHash(source, plugins())))
    const [plain, sameCode, otherCode] = await hashes(() => [new RendererContentHash()])
    expect(plain).toMatch(/^[0-9a-f]{20}$/)
    expect(sameCode).toBe(plain)
    expect(otherCode).not.toBe(plain)
    // webpack's own hash follows the modules' sources: the test sees the difference.
    const [webpackPlain, webpackSameCode] = await hashes(() => [])
    expect(webpackSameCode).not.toBe(webpackPlain)
  }, 20_000)
})
