/**
 * Our components and the code they import, compiled by esbuild (esbuild-loader)
 * instead of Babel in the server renderer's bundle and in develop's two.
 *
 * Gatsby compiles every module of the site with Babel (its preset, then
 * preset-env for the browsers): about 5 s of CPU in a cold `develop` on 18F,
 * most of it on our own TypeScript (360 KB), which needs nothing from Babel
 * but its types and JSX removed. Babel stays on what needs Gatsby's plugins:
 * a module with a query (`graphql`, useStaticQuery: the queries are taken
 * out and replaced by their results), page components (templates, pages:
 * Gatsby takes out `Head` and `config` by stage), and Gatsby's own `.cache`
 * runtime. esbuild targets ES2020, as the production browser script does
 * (client-bundle.ts). Components compiled here reload the page in develop
 * instead of being hot-swapped (React Refresh is a Babel plugin); pages and
 * Markdown still update in place.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Configuration, RuleSetRule } from 'webpack'
import { BROWSER_TARGET } from './client-bundle'

/** Folders of the project whose modules Gatsby treats as page components. */
const PAGE_FOLDERS = ['templates', 'pages']

/** Text that only Babel's Gatsby plugins compile: a query, or a static query hook. */
const NEEDS_GATSBY_BABEL = /\bgraphql\b|\buseStaticQuery\b/

/** Whether `file` is a module of ours that esbuild compiles: under src/ (outside page folders and build code), with no query. */
export function compiledByEsbuild(file: string, projectRoot: string, readText: (file: string) => string = (f) => fs.readFileSync(f, 'utf8')): boolean {
  if (!/\.(ts|tsx|js|jsx|mjs)$/.test(file)) return false
  const relative = path.relative(path.join(projectRoot, 'src'), file)
  if (relative.startsWith('..') || path.isAbsolute(relative)) return false
  const top = relative.split(path.sep)[0]!
  if (PAGE_FOLDERS.includes(top) || top === 'node' || top === 'content') return false
  try {
    return !NEEDS_GATSBY_BABEL.test(readText(file))
  } catch {
    return false
  }
}

/** Gatsby's JavaScript rule: the one whose loader is its Babel loader. */
function isGatsbyBabelRule(rule: unknown): rule is RuleSetRule {
  if (!rule || typeof rule !== 'object') return false
  const test = (rule as RuleSetRule).test
  return test instanceof RegExp && test.source === String.raw`\.(js|mjs|jsx|ts|tsx)$` && typeof (rule as RuleSetRule).use === 'function'
}

/** `config` with our plain modules taken from Gatsby's Babel rule and given to esbuild-loader. */
export function withEsbuildModules(config: Configuration, projectRoot: string): Configuration {
  const rules = config.module?.rules ?? []
  const index = rules.findIndex(isGatsbyBabelRule)
  if (index < 0) return config
  // The answer per file, for this compilation: webpack asks the conditions of both rules.
  const decided = new Map<string, boolean>()
  const ours = (file: string): boolean => {
    let answer = decided.get(file)
    if (answer === undefined) decided.set(file, (answer = compiledByEsbuild(file, projectRoot)))
    return answer
  }
  const babel = rules[index] as RuleSetRule
  const esbuild: RuleSetRule = {
    test: /\.(js|mjs|jsx|ts|tsx)$/,
    include: ours,
    type: 'javascript/auto',
    loader: require.resolve('esbuild-loader'),
    options: { target: BROWSER_TARGET, jsx: 'automatic' },
  }
  // A module is left out when any of the excluding conditions holds.
  const narrowed: RuleSetRule = { ...babel, exclude: babel.exclude === undefined ? ours : [babel.exclude, ours].flat() }
  const changed = [...rules]
  changed.splice(index, 1, narrowed, esbuild)
  return { ...config, module: { ...config.module, rules: changed } }
}
