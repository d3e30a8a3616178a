/**
 * develop's two webpack compilations, without work nobody uses.
 *
 * - The browser bundle (`develop`) skips Gatsby's ESLint pass. Gatsby lints
 *   every `.js`/`.jsx` module of the bundle as it compiles it: here those are
 *   only Gatsby's own runtime files in .cache (our code is TypeScript, linted
 *   by Biome in `npm test`; content is never linted), about 1.8 s of CPU of a
 *   first `npm run develop` on the 18F handbook.
 * - The HTML shell (`develop-html`) is compiled without the page templates.
 *   Gatsby compiles it before the browser bundle, only to write the one page
 *   develop serves for every URL: `<div id="___gatsby">` and the scripts,
 *   with what gatsby-ssr.tsx adds. Its entry imports every template (and
 *   their components, for the server) only for Gatsby's experimental server
 *   rendering in develop (GATSBY_EXPERIMENTAL_DEV_SSR), which then renders
 *   pages through it; without that, the templates are compiled for nothing.
 */
import type { Configuration, WebpackPluginInstance } from 'webpack'

/** What Gatsby's develop shell imports its page components from. */
export const PAGE_COMPONENTS_REQUEST = /^\$virtual\/async-requires$/

/** A module with no page components, in place of Gatsby's list (a data: module, so no file is written). */
export const NO_PAGE_COMPONENTS = 'data:text/javascript,export default { components: {} }'

export function withoutEslint(config: Configuration): Configuration {
  return { ...config, plugins: (config.plugins ?? []).filter((plugin) => plugin?.constructor?.name !== 'ESLintWebpackPlugin') }
}

/** The shell's configuration with `replacement` (a NormalModuleReplacementPlugin of PAGE_COMPONENTS_REQUEST), unless develop renders pages on the server. */
export function shellWithoutPages(config: Configuration, replacement: WebpackPluginInstance, env: NodeJS.ProcessEnv = process.env): Configuration {
  if (env.GATSBY_EXPERIMENTAL_DEV_SSR) return config
  return { ...config, plugins: [...(config.plugins ?? []), replacement] }
}
