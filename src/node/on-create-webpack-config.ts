import path from 'node:path'
import type { GatsbyNode } from 'gatsby'
import type { Configuration } from 'webpack'
import { buildClientBundle } from './client-bundle'
import { NO_PAGE_COMPONENTS, PAGE_COMPONENTS_REQUEST, shellWithoutPages, withoutEslint } from './lean-develop-bundle'
import { stylesheetsEntry } from './joined-stylesheets'
import { htmlRendererWithQueryMap, leanJavaScriptBundles } from './lean-production-bundles'
import { withRendererContentHash } from './renderer-content-hash'
import { withBrowserEnvironment } from './renderer-environment'
import { projectRoot } from './settings'
import { withVersionedCache } from './webpack-build-cache'
import { withEsbuildModules } from './esbuild-modules'
import { contentComponentsFile } from './write-content-components'

/**
 * Hands the production client script's URL to the server renderer, which
 * puts it in every page instead of Gatsby's runtime. Also lets `.mdx` pages
 * in a content folder outside the project import the project's packages
 * (`@mdx-js/react`, React): webpack otherwise looks for them next to the file.
 * `handbook-content-components` is the handbook's own components (`_components/`).
 * The production JavaScript stage, whose scripts no page loads, is made cheap,
 * and develop's two compilations skip work nobody uses (lean-develop-bundle.ts).
 * Our own modules that need none of Gatsby's Babel plugins are compiled by esbuild (esbuild-modules.ts).
 * Every stage keeps webpack's cache without its slow build-dependency walk; the HTML renderer's cache and
 * hashes no longer change with the shell's environment or the cache itself (renderer-environment.ts,
 * renderer-content-hash.ts), so a rebuild renders only the pages whose data changed.
 */
export const onCreateWebpackConfig: GatsbyNode['onCreateWebpackConfig'] = ({ stage, actions, plugins, getConfig }) => {
  const script = stage === 'build-html' ? buildClientBundle() : ''
  actions.setWebpackConfig({
    plugins: [plugins.define({ HANDBOOK_CLIENT_SCRIPT: JSON.stringify(script) })],
    resolve: { modules: ['node_modules', path.join(projectRoot, 'node_modules')], alias: { 'handbook-content-components$': contentComponentsFile } },
  })
  // In develop webpack bundles the browser code (gatsby-browser.tsx), which esbuild bundles for production: its
  // `new URL('./mermaid/…', import.meta.url)` names a file of the built site, not a module, and webpack would fail the whole bundle resolving it.
  if (stage === 'develop') actions.setWebpackConfig({ module: { parser: { javascript: { url: false } } } })
  const leaner: Partial<Record<string, (config: Configuration) => Configuration>> = {
    'build-javascript': (config) => leanJavaScriptBundles(config, stylesheetsEntry(projectRoot)),
    'build-html': (config) => withRendererContentHash(withBrowserEnvironment(htmlRendererWithQueryMap(config))),
    develop: withoutEslint,
    'develop-html': (config) => shellWithoutPages(config, plugins.normalModuleReplacement(PAGE_COMPONENTS_REQUEST, NO_PAGE_COMPONENTS)),
  }
  const config: Configuration = withEsbuildModules(getConfig(), projectRoot)
  actions.replaceWebpackConfig(withVersionedCache(leaner[stage]?.(config) ?? config, projectRoot))
}
