/**
 * Our components and the code they import, and Gatsby's own runtime, compiled
 * by esbuild (esbuild-loader) instead of Babel in the server renderer's bundle
 * and in develop's two.
 *
 * Gatsby compiles every module of the site with Babel (its preset, then
 * preset-env for the browsers): about 5 s of CPU in a cold `develop` on 18F,
 * most of it on our own TypeScript (360 KB), which needs nothing from Babel
 * but its types and JSX removed. Gatsby's runtime in `.cache` (70 modules in
 * develop, 440 KB with the error overlay) needs no more than its JSX: moved
 * to esbuild too, a cold develop on 18F built its bundle in 7.3–7.7 s
 * against 8.6–9.6 s. Babel stays on what needs Gatsby's plugins: a module
 * with a query (`graphql`, useStaticQuery: the queries are taken out and
 * replaced by their results), page components (templates, pages: Gatsby
 * takes out `Head` and `config` by stage), and the runtime's virtual modules
 * (the page components' list, rewritten as pages come and go). esbuild
 * targets ES2020, as the production browser script does (client-bundle.ts).
 * Components compiled here reload the page in develop instead of being
 * hot-swapped (React Refresh is a Babel plugin); pages and Markdown still
 * update in place.
 *
 * Gatsby's TypeScript plugin (gatsby-plugin-typescript) adds a second Babel
 * rule for `.ts`/`.tsx`, though Gatsby's own rule already compiles them with
 * the TypeScript preset: every TypeScript module went through Babel twice,
 * ours through esbuild and then Babel again, and the stylesheets-only
 * production stage loaded Babel and its plugins (0.5 s) for its one entry.
 * That rule now takes only what Gatsby's rule leaves out (TypeScript sources
 * in packages), and the templates gatsby-plugin-mdx composes with `.mdx`
 * pages, whose layout loader needs their types removed first.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Configuration, RuleSetRule } from 'webpack'
import { BROWSER_TARGET } from './client-bundle'

/** Folders of the project whose modules Gatsby treats as page components. */
const PAGE_FOLDERS = ['templates', 'pages']

/** Text that only Babel's Gatsby plugins compile: a query, or a static query hook. */
const NEEDS_GATSBY_BABEL = /\bgraphql\b|\buseStaticQuery\b/

/** Where `file` is inside `folder`, or undefined outside it. */
function within(folder: string, file: string): string | undefined {
  const relative = path.relative(folder, file)
  return relative.startsWith('..') || path.isAbsolute(relative) ? undefined : relative
}

/** Whether the module's text needs none of Gatsby's Babel plugins; a file that cannot be read is left to Babel. */
function withoutQuery(file: string, readText: (file: string) => string): boolean {
  try {
    return !NEEDS_GATSBY_BABEL.test(readText(file))
  } catch {
    return false
  }
}

const readUtf8 = (file: string) => fs.readFileSync(file, 'utf8')

/** Whether `file` is a module of ours that esbuild compiles: under src/ (outside page folders and build code), with no query. */
export function compiledByEsbuild(file: string, projectRoot: string, readText: (file: string) => string = readUtf8): boolean {
  if (!/\.(ts|tsx|js|jsx|mjs)$/.test(file)) return false
  const relative = within(path.join(projectRoot, 'src'), file)
  if (relative === undefined) return false
  const top = relative.split(path.sep)[0]!
  if (PAGE_FOLDERS.includes(top) || top === 'node' || top === 'content') return false
  return withoutQuery(file, readText)
}

/** Whether `file` is a module of Gatsby's runtime (.cache) that esbuild compiles: not a virtual module, not the handbook's content components (handbook/), no query. */
export function runtimeByEsbuild(file: string, projectRoot: string, readText: (file: string) => string = readUtf8): boolean {
  if (!/\.(js|jsx|mjs)$/.test(file)) return false
  const relative = within(path.join(projectRoot, '.cache'), file)
  const top = relative?.split(path.sep)[0]
  if (top === undefined || top === '_this_is_virtual_fs_path_' || top === 'handbook') return false
  return withoutQuery(file, readText)
}

/** `test`, answered once per file: webpack asks the conditions of every rule, for one compilation. */
function memoized(test: (file: string) => boolean): (file: string) => boolean {
  const answers = new Map<string, boolean>()
  return (file) => {
    let answer = answers.get(file)
    if (answer === undefined) answers.set(file, (answer = test(file)))
    return answer
  }
}

/** Gatsby's JavaScript rule: the one whose loader is its Babel loader. */
function isGatsbyBabelRule(rule: unknown): rule is RuleSetRule {
  if (!rule || typeof rule !== 'object') return false
  const test = (rule as RuleSetRule).test
  return test instanceof RegExp && test.source === String.raw`\.(js|mjs|jsx|ts|tsx)$` && typeof (rule as RuleSetRule).use === 'function'
}

/** The query gatsby-plugin-mdx gives a template it composes with an `.mdx` page. */
const MDX_LAYOUT_QUERY = /__contentFilePath=/

/** gatsby-plugin-typescript's rule: `.ts`/`.tsx` to Gatsby's Babel loader, made by a function. */
function isTypeScriptPluginRule(rule: unknown): rule is RuleSetRule {
  if (!rule || typeof rule !== 'object') return false
  const test = (rule as RuleSetRule).test
  return test instanceof RegExp && test.source === String.raw`\.tsx?$` && typeof (rule as RuleSetRule).use === 'function'
}

/** A rule that also leaves out the modules `taken` (a rule condition: a function of the module's path). */
function without(rule: RuleSetRule, taken: (file: string) => boolean): RuleSetRule {
  return { ...rule, exclude: rule.exclude === undefined ? taken : [rule.exclude, taken].flat() }
}

/**
 * gatsby-plugin-typescript's rule for what Gatsby's leaves out, and still for a template composed with an `.mdx`
 * page (gatsby-plugin-mdx's `?__contentFilePath=` requests): its layout loader parses the template with acorn after
 * the rules below it ran, so the template's types must be gone by then.
 */
function typeScriptOnce(rule: RuleSetRule, gatsbyCompiles: (file: string) => boolean): RuleSetRule[] {
  return [without(rule, gatsbyCompiles), { ...rule, resourceQuery: MDX_LAYOUT_QUERY }]
}

/** `config` with our plain modules and Gatsby's runtime taken from Gatsby's Babel rule and given to esbuild-loader, and each module compiled once. */
export function withEsbuildModules(config: Configuration, projectRoot: string): Configuration {
  const rules = config.module?.rules ?? []
  const babel = rules.find(isGatsbyBabelRule)
  if (!babel) return config
  const ours = memoized((file) => compiledByEsbuild(file, projectRoot))
  const runtime = memoized((file) => runtimeByEsbuild(file, projectRoot))
  const options = { target: BROWSER_TARGET, jsx: 'automatic' }
  const esbuild: RuleSetRule = {
    test: /\.(js|mjs|jsx|ts|tsx)$/,
    include: ours,
    type: 'javascript/auto',
    loader: require.resolve('esbuild-loader'),
    options,
  }
  // The runtime's `.js` files hold JSX.
  const esbuildRuntime: RuleSetRule = { ...esbuild, include: runtime, options: { ...options, loader: 'jsx' } }
  // What Gatsby's rule includes (a function in Gatsby 5: the site's files and the packages that use Gatsby) it compiles, or esbuild does.
  const include = babel.include
  const gatsbyCompiles = typeof include === 'function' ? (file: string) => Boolean(include(file)) : undefined
  const changed: typeof rules = []
  for (const rule of rules) {
    // A module is left out when any of the excluding conditions holds.
    if (rule === babel) changed.push(without(without(babel, ours), runtime), esbuild, esbuildRuntime)
    else if (gatsbyCompiles && isTypeScriptPluginRule(rule)) changed.push(...typeScriptOnce(rule, gatsbyCompiles))
    else changed.push(rule)
  }
  return { ...config, module: { ...config.module, rules: changed } }
}
