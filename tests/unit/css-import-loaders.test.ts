import { describe, expect, it } from 'vitest'
import { withCssImportLoaders } from '../../src/node/css-import-loaders'

const extract = { loader: '/p/node_modules/mini-css-extract-plugin/dist/loader.js', options: {} }
const css = { loader: '/p/node_modules/css-loader/dist/cjs.js', options: { url: true, modules: false } }
const postcss = { loader: '/p/node_modules/postcss-loader/dist/cjs.js', options: { execute: false } }

describe('withCssImportLoaders', () => {
  it('tells css-loader to run the loaders after it on @imported files, inside oneOf too', () => {
    const [rule] = withCssImportLoaders([{ oneOf: [{ test: /\.css$/, use: [extract, css, postcss] }] }])
    expect(rule?.oneOf?.[0]?.use).toEqual([extract, { ...css, options: { url: true, modules: false, importLoaders: 1 } }, postcss])
  })

  it('counts only the loaders after css-loader, and leaves other rules and loaders alone', () => {
    const js = { test: /\.js$/, use: [{ loader: 'babel-loader' }] }
    const [cssRule, jsRule] = withCssImportLoaders([{ use: [css] }, js])
    expect(cssRule?.use).toEqual([{ ...css, options: { ...css.options, importLoaders: 0 } }])
    expect(jsRule).toEqual(js)
  })

  it('does not change the rules it is given', () => {
    const rules = [{ use: [extract, css, postcss] }]
    withCssImportLoaders(rules)
    expect(css.options).toEqual({ url: true, modules: false })
    expect(rules[0]?.use[1]).toBe(css)
  })
})
