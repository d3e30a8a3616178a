/**
 * Our plain modules compiled by esbuild, the rest by Gatsby's Babel rule
 * (src/node/esbuild-modules.ts): which module goes where, and a real webpack
 * compilation with a rule shaped as Gatsby's (its test, `use` a function).
 * That whole sites still build and render the same is the build tests' part.
 */
import fs from 'node:fs'
import path from 'node:path'
import webpack, { type Configuration } from 'webpack'
import { afterAll, describe, expect, it } from 'vitest'
import { compiledByEsbuild, runtimeByEsbuild, withEsbuildModules } from '../../../src/node/esbuild-modules'
import { fileTrees } from '../../support/file-tree'

const trees = fileTrees('esbuild-modules')
afterAll(() => trees.remove())

/** Both deciders read a module's text through this: the source given, without a file. */
const root = '/project'
const text = (source: string) => () => source

describe('compiledByEsbuild', () => {
  it('takes our modules without a query, and leaves page components, queries, build code and everything outside src to Babel', () => {
    expect(compiledByEsbuild('/project/src/components/Sidebar.tsx', root, text('export const A = () => <nav />'))).toBe(true)
    expect(compiledByEsbuild('/project/src/client/main.ts', root, text('export {}'))).toBe(true)
    expect(compiledByEsbuild('/project/src/components/use-site.ts', root, text('const data = useStaticQuery(graphql`{ site { id } }`)'))).toBe(false)
    expect(compiledByEsbuild('/project/src/templates/page.tsx', root, text('export const Head = () => null'))).toBe(false)
    expect(compiledByEsbuild('/project/src/pages/404.tsx', root, text('export default () => null'))).toBe(false)
    expect(compiledByEsbuild('/project/src/node/settings.ts', root, text('export {}'))).toBe(false)
    expect(compiledByEsbuild('/project/.cache/app.js', root, text('export {}'))).toBe(false)
    expect(compiledByEsbuild('/project/gatsby-browser.tsx', root, text('export {}'))).toBe(false)
    expect(compiledByEsbuild('/project/src/styles/index.css', root, text(''))).toBe(false)
    expect(
      compiledByEsbuild('/project/src/components/Gone.tsx', root, () => {
        throw new Error('ENOENT')
      }),
    ).toBe(false)
  })
})

describe('runtimeByEsbuild', () => {
  it("takes Gatsby's runtime in .cache, and leaves its virtual modules, the content components and queries to Babel", () => {
    expect(runtimeByEsbuild('/project/.cache/app.js', root, text('export default () => <div />'))).toBe(true)
    expect(runtimeByEsbuild('/project/.cache/fast-refresh-overlay/index.js', root, text('export {}'))).toBe(true)
    expect(runtimeByEsbuild('/project/.cache/_this_is_virtual_fs_path_/$virtual/async-requires.js', root, text('export {}'))).toBe(false)
    expect(runtimeByEsbuild('/project/.cache/handbook/content-components.js', root, text('export {}'))).toBe(false)
    expect(runtimeByEsbuild('/project/.cache/static-query.js', root, text('export const useStaticQuery = () => {}'))).toBe(false)
    expect(runtimeByEsbuild('/project/.cache/handbook-stylesheets.css', root, text(''))).toBe(false)
    expect(runtimeByEsbuild('/project/src/components/Sidebar.tsx', root, text('export {}'))).toBe(false)
    expect(runtimeByEsbuild('/elsewhere/.cache/app.js', root, text('export {}'))).toBe(false)
  })
})

describe('withEsbuildModules', () => {
  it("compiles each module with the loader it is given to, and leaves a configuration without Gatsby's rule alone", async () => {
    const root = trees.tree({
      'src/templates/page.tsx':
        "import { Badge } from '../components/Badge'\nimport { fromPackage } from 'typed-package'\nimport { Shell } from '../../.cache/shell'\nimport { components } from '../../.cache/_this_is_virtual_fs_path_/$virtual/async-requires'\nconsole.log(Shell, components)\nimport { composed } from './composed?__contentFilePath=/content/team.mdx'\nconsole.log(composed)\nexport const query = 'graphql'\nexport default function Page() { return <Badge label={fromPackage} /> }\n",
      '.cache/shell.js': 'export function Shell() { return <main id="runtime" /> }\n',
      '.cache/_this_is_virtual_fs_path_/$virtual/async-requires.js': "export const components = 'the page components'\n",
      'src/templates/composed.ts': "export const composed = 'a template composed with an .mdx page'\n",
      'node_modules/typed-package/index.ts': "export const fromPackage = 'a package shipping TypeScript'\n",
      'ts-plugin-stand-in.cjs': "module.exports = function (source) { return '/* by the TypeScript plugin */\\n' + source }\n",
      'src/components/Badge.tsx': "interface Props { label?: string }\nexport function Badge({ label = 'plain' }: Props) { return <b>{label}</b> }\n",
      'babel-stand-in.cjs': "module.exports = function (source) { return '/* by babel */\\n' + source.replace(/<Badge [^>]*\\/>/, 'null').replace(/export const query[^\\n]*/, '') }\n",
    })
    // Shaped as Gatsby's JavaScript rule (gatsby/dist/utils/webpack-utils.js), a stand-in loader for its Babel.
    const gatsbyRule = { test: /\.(js|mjs|jsx|ts|tsx)$/, include: (file: string) => !file.includes('node_modules'), type: 'javascript/auto', use: () => [{ loader: path.join(root, 'babel-stand-in.cjs') }] }
    // Shaped as gatsby-plugin-typescript's: every .ts/.tsx file to Babel again.
    const typeScriptPluginRule = { test: /\.tsx?$/, use: () => [{ loader: path.join(root, 'ts-plugin-stand-in.cjs') }] }
    const other = { test: /\.css$/, use: [] }
    const config: Configuration = {
      mode: 'development',
      devtool: false,
      context: root,
      entry: './src/templates/page.tsx',
      output: { path: path.join(root, 'out'), filename: 'bundle.js', library: { type: 'commonjs2' } },
      externals: { 'react/jsx-runtime': 'commonjs2 react/jsx-runtime' },
      resolve: { extensions: ['.tsx', '.ts', '.js'] },
      module: { rules: [other, gatsbyRule, typeScriptPluginRule] },
    }
    const changed = withEsbuildModules(config, root)
    expect(changed.module?.rules?.[0]).toBe(other)
    expect(withEsbuildModules({ module: { rules: [other] } }, root)).toEqual({ module: { rules: [other] } })

    const stats = await new Promise<webpack.Stats>((resolve, reject) => webpack(changed, (error, result) => (error || !result ? reject(error) : resolve(result))))
    expect(stats.hasErrors(), stats.toString('errors-only')).toBe(false)
    const bundle = fs.readFileSync(path.join(root, 'out', 'bundle.js'), 'utf8')
    // The page component went through "Babel"; the component through esbuild: no type left, JSX as jsx() calls.
    expect(bundle).toContain('/* by babel */')
    // Babel: the page component and the runtime's virtual module; esbuild: the runtime's module, its JSX in a .js file.
    expect(bundle.match(/by babel/g)).toHaveLength(3)
    expect(bundle).toMatch(/jsx\)?\("main", \{ id: "runtime" \}/)
    // The TypeScript plugin's rule compiles only what Gatsby's leaves out, the package's TypeScript, and a template as
    // gatsby-plugin-mdx composes it with a page (its layout loader needs the types gone): not the site's modules a second time.
    expect(bundle.match(/by the TypeScript plugin/g)).toHaveLength(2)
    expect(bundle).toContain('a package shipping TypeScript')
    expect(bundle).toContain('a template composed with an .mdx page')
    expect(bundle).not.toContain('interface Props')
    expect(bundle).toMatch(/jsx\)?\("b"/)
  })
})
