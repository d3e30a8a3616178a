/**
 * Gatsby's production JavaScript (stage `build-javascript`) is never shipped:
 * the server renderer replaces its scripts with our own module (gatsby-ssr.tsx).
 * The stage still has to run, because it emits the stylesheet pages link and
 * the chunk map the HTML stage reads, so it is kept but made cheap: no
 * JavaScript minification and no source maps for code no reader loads. The CSS
 * minimizer stays: that file is shipped. Only these two settings change, so
 * the output stays deterministic (the same content, the same compilation hash,
 * and Gatsby re-renders no HTML that did not change).
 */
import type { Configuration, WebpackPluginInstance } from 'webpack'

/** The minimizers Gatsby adds are terser (JavaScript) and css-minimizer: keep what minifies CSS. */
function minifiesCss(minimizer: unknown): boolean {
  const name = (minimizer as WebpackPluginInstance | undefined)?.constructor?.name ?? ''
  return /css/i.test(name)
}

/** The `build-javascript` configuration without the work whose output nobody downloads. */
export function leanJavaScriptBundles(config: Configuration): Configuration {
  return {
    ...config,
    devtool: false,
    optimization: { ...config.optimization, minimizer: (config.optimization?.minimizer ?? []).filter(minifiesCss) },
  }
}
