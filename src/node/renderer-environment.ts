/**
 * The HTML renderer defines the environment variables the browser bundle gets, not the whole shell's.
 *
 * For its Node stages Gatsby defines `process.env.NAME` for every variable of the environment it runs in
 * (gatsby/dist/utils/webpack.config.js, `processEnv`), in the environment's order. webpack's DefinePlugin keys
 * every module it parses by the list of defined names, so a variable that comes or goes (OLDPWD after a `cd`, a
 * terminal's session variables, the order a script sets them in) made webpack's cache miss every module of the
 * renderer: a one-page rebuild of 18F compiled all 219 again (HTML renderer 2.9 s against 0.75 s). The renderer
 * keeps what the browser stage defines: Gatsby's own names, `GATSBY_` variables and a `.env` file's (those not in
 * the environment), sorted; any other `process.env.NAME` is undefined in it, as in the browser. Our templates and
 * components read none.
 */
import type { Configuration, WebpackPluginInstance } from 'webpack'

/** The names Gatsby defines itself for every stage (its `processEnv`), besides its `GATSBY_` ones. */
const GATSBY_OWN = new Set(['NODE_ENV', 'PUBLIC_DIR', 'BUILD_STAGE', 'CYPRESS_SUPPORT'])
const PREFIX = 'process.env.'

type Definitions = Record<string, unknown>
type DefinePlugin = WebpackPluginInstance & { definitions: Definitions }

function isEnvironmentDefine(plugin: unknown): plugin is DefinePlugin {
  const definitions = (plugin as { definitions?: unknown } | null)?.definitions
  return plugin?.constructor?.name === 'DefinePlugin' && typeof definitions === 'object' && definitions !== null && 'process.env' in definitions
}

/** Gatsby's definitions without the shell's own variables, in a fixed order. */
export function browserEnvironment(definitions: Definitions, environment: NodeJS.ProcessEnv): Definitions {
  const kept = Object.keys(definitions).filter((key) => {
    if (!key.startsWith(PREFIX)) return true
    const name = key.slice(PREFIX.length)
    return GATSBY_OWN.has(name) || name.startsWith('GATSBY_') || !(name in environment)
  })
  return Object.fromEntries(kept.sort().map((key) => [key, definitions[key]]))
}

/** The `build-html` configuration with Gatsby's environment definitions made as the browser stage's. */
export function withBrowserEnvironment(config: Configuration, environment: NodeJS.ProcessEnv = process.env): Configuration {
  const plugins = (config.plugins ?? []).map((plugin) => {
    if (!isEnvironmentDefine(plugin)) return plugin
    const Define = plugin.constructor as new (definitions: Definitions) => WebpackPluginInstance
    return new Define(browserEnvironment(plugin.definitions, environment))
  })
  return { ...config, plugins }
}
