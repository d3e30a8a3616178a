/**
 * The production JavaScript stage made cheap (src/node/lean-production-bundles.ts):
 * its one output that ships, the stylesheet, minified by esbuild through
 * Gatsby's own CSS minimizer plugin. That every page still gets its styles
 * is the build and browser tests' part.
 */
import path from 'node:path'
import webpack from 'webpack'
import { describe, expect, it } from 'vitest'
import { esbuildCssMinify, leanJavaScriptBundles } from '../../../src/node/lean-production-bundles'

describe('the production JavaScript stage', () => {
  it('minifies a stylesheet with esbuild, keeping what it means', async () => {
    const css = '/* a comment */\n.sidebar  a:hover {\n  color: #ff0000;\n  margin: 0px 0px 0px 0px;\n}\n@media (max-width: 600px) { .sidebar { display: none } }\n'
    const { code, warnings } = await esbuildCssMinify({ 'styles.css': css })
    expect(warnings).toEqual([])
    expect(code).not.toContain('comment')
    expect(code).toContain('.sidebar a:hover{color:red;margin:0}')
    expect(code).toContain('@media(max-width:600px){.sidebar{display:none}}')
  })

  it('compiles the stylesheets alone, without source maps, with one minimizer: the CSS one', () => {
    const terser = new webpack.optimize.SplitChunksPlugin()
    const stylesheets = path.join('/project', '.cache', 'handbook-stylesheets.css')
    const config = leanJavaScriptBundles({ mode: 'production', devtool: 'source-map', entry: { app: 'production-app.js' }, optimization: { minimize: true, minimizer: [terser] } }, stylesheets)
    expect(config.entry).toEqual({ app: stylesheets })
    expect(config.devtool).toBe(false)
    expect(config.optimization?.minimize).toBe(true)
    expect(config.optimization?.minimizer?.map((plugin) => (plugin as object).constructor.name)).toEqual(['CssMinimizerPlugin'])
  })
})
