/**
 * develop's webpack settings (src/node/lean-develop-bundle.ts), on the
 * plugin instances Gatsby itself makes: its ESLint pass is the one plugin
 * taken out of the browser bundle, and the HTML shell gets its page
 * components replaced unless develop renders pages on the server. That the
 * shell still works, without the templates compiled, is checked on a real
 * develop in tests/build/develop.test.ts.
 */
import ESLintWebpackPlugin from 'eslint-webpack-plugin'
import webpack from 'webpack'
import { describe, expect, it } from 'vitest'
import { NO_PAGE_COMPONENTS, PAGE_COMPONENTS_REQUEST, shellWithoutPages, withoutEslint } from '../../../src/node/lean-develop-bundle'

describe('develop without work nobody uses', () => {
  it("takes Gatsby's ESLint pass out of the browser bundle and keeps every other plugin", () => {
    const define = new webpack.DefinePlugin({ A: '1' })
    const hot = new webpack.HotModuleReplacementPlugin()
    const config = withoutEslint({ mode: 'development', plugins: [define, new ESLintWebpackPlugin({ extensions: ['js'] }), hot] })
    expect(config.plugins).toEqual([define, hot])
    expect(config.mode).toBe('development')
  })

  it("replaces the shell's page components, except when develop renders pages on the server", () => {
    const replacement = new webpack.NormalModuleReplacementPlugin(PAGE_COMPONENTS_REQUEST, NO_PAGE_COMPONENTS)
    expect(PAGE_COMPONENTS_REQUEST.test('$virtual/async-requires')).toBe(true)
    expect(PAGE_COMPONENTS_REQUEST.test('$virtual/async-requires-other')).toBe(false)
    expect(shellWithoutPages({ plugins: [] }, replacement, {}).plugins).toEqual([replacement])
    expect(shellWithoutPages({ plugins: [] }, replacement, { GATSBY_EXPERIMENTAL_DEV_SSR: 'true' }).plugins).toEqual([])
  })
})
