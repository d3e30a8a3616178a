/**
 * Gatsby's production JavaScript (stage `build-javascript`) is never shipped:
 * the server renderer replaces its scripts with our own module (gatsby-ssr.tsx).
 * The stage still has to run, because it emits the stylesheet pages link and
 * the stats and chunk map the HTML stage reads, so it is kept but made cheap:
 * its entry is the stylesheets alone (not Gatsby's app with React, the router
 * and every template and `.mdx` page), no JavaScript minification and no
 * source maps. The stylesheet is shipped (inlined in every page), so it is
 * still minified, by esbuild instead of cssnano (see esbuildCssMinify). Gatsby finds
 * each page's stylesheet under the `app` entry, where it looks first. The
 * output stays deterministic: the compilation hash changes only with the
 * styles, so Gatsby re-renders no HTML that did not change.
 */
import path from 'node:path'
import type { Configuration, WebpackPluginInstance } from 'webpack'

/**
 * Gatsby learns which static queries (sidebars, site settings) each template
 * uses by walking the production JavaScript compilation's module graph. With
 * that compilation reduced to the stylesheets, the same walk runs over the
 * HTML renderer's compilation, which holds the same templates and components.
 * Gatsby's own plugin and store, from inside Gatsby: the version is pinned by
 * package.json, and every build test fails if the walk stops finding queries.
 */
function staticQueryMapper(): WebpackPluginInstance {
  const { StaticQueryMapper } = require('gatsby/dist/utils/webpack/plugins/static-query-mapper') as { StaticQueryMapper: new (store: unknown) => WebpackPluginInstance }
  const { store } = require('gatsby/dist/redux') as { store: unknown }
  return new StaticQueryMapper(store)
}

/** The `build-html` configuration, which now also maps templates to their static queries. */
export function htmlRendererWithQueryMap(config: Configuration): Configuration {
  return { ...config, plugins: [...(config.plugins ?? []), staticQueryMapper()] }
}

/**
 * css-minimizer-webpack-plugin's `minify` contract: the one stylesheet by name, minified by esbuild. cssnano,
 * Gatsby's choice, took 1 to 3 s of every cold build (loaded in a worker process of its own for this one file)
 * against esbuild's 0.05 to 0.4 s; the output is as small once compressed (18F's: 10,166 against 10,172 bytes gzip).
 */
export async function esbuildCssMinify(data: Record<string, string>): Promise<{ code: string; warnings: string[] }> {
  const [[name, input] = ['styles.css', '']] = Object.entries(data)
  const { transform } = require('esbuild') as typeof import('esbuild')
  const result = await transform(input, { loader: 'css', minify: true, sourcefile: name })
  return { code: result.code, warnings: result.warnings.map((warning) => warning.text) }
}

/** Gatsby's CSS minimizer plugin (css-minimizer-webpack-plugin, its dependency), minifying with esbuild on this thread. */
function cssMinimizer(): WebpackPluginInstance {
  const gatsby = path.dirname(require.resolve('gatsby/package.json'))
  const CssMinimizerPlugin = require(require.resolve('css-minimizer-webpack-plugin', { paths: [gatsby] })) as new (options: object) => WebpackPluginInstance
  return new CssMinimizerPlugin({ minify: esbuildCssMinify, parallel: false })
}

/** The `build-javascript` configuration without the work whose output nobody downloads; `stylesheets`, its one module, is every stylesheet in cascade order (joined-stylesheets.ts). */
export function leanJavaScriptBundles(config: Configuration, stylesheets: string): Configuration {
  return {
    ...config,
    entry: { app: stylesheets },
    // Its static query mapper would find no template here and forget what the HTML renderer's found.
    plugins: (config.plugins ?? []).filter((plugin) => plugin?.constructor?.name !== 'StaticQueryMapper'),
    devtool: false,
    optimization: { ...config.optimization, minimizer: [cssMinimizer()] },
  }
}
