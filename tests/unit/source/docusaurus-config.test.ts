/**
 * The docs plugin's options read from `docusaurus.config.*` without running
 * it, in the shapes Docusaurus' documentation writes them
 * (docusaurus.io/docs/configuration, /docs/docs-introduction#docs-only-mode,
 * /docs/api/plugins/@docusaurus/plugin-content-docs).
 */
import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '../../../src/content/common/diagnostics'
import { readDocusaurusConfig } from '../../../src/content/source/docusaurus-config'

const read = (text: string, contentPath = 'docs', file = '../docusaurus.config.js') => {
  const diagnostics: Diagnostic[] = []
  return { config: readDocusaurusConfig(text, file, contentPath, diagnostics), diagnostics }
}

describe('readDocusaurusConfig', () => {
  it('defaults to /docs and number prefixes removed when the file says nothing of the docs', () => {
    expect(read("module.exports = { title: 'Site', presets: [['classic', {}]] }").config).toEqual({ routeBasePath: 'docs', numberPrefixes: true, sidebarLabels: {} })
  })

  it("reads the classic preset's docs options, among code it does not run, and not the blog's routeBasePath", () => {
    const text = `// @ts-check
import {themes as prismThemes} from 'prism-react-renderer';
/** @type {import('@docusaurus/types').Config} */
const config = {
  title: 'Site',
  presets: [
    [
      'classic',
      /** @type {import('@docusaurus/preset-classic').Options} */
      ({
        blog: { routeBasePath: '/news' },
        docs: {
          routeBasePath: '/',
          sidebarPath: require.resolve('./sidebars.js'),
          editUrl: ({docPath}) => \`https://github.com/acme/site/edit/main/docs/\${docPath}\`,
        },
        theme: { customCss: './src/css/custom.css' },
      }),
    ],
  ],
  themeConfig: { prism: { theme: prismThemes.github } },
};
export default config;`
    expect(read(text, 'docs', '../docusaurus.config.ts')).toEqual({ config: { routeBasePath: '', numberPrefixes: true, sidebarLabels: {} }, diagnostics: [] })
  })

  it('reads the docs plugin given directly, the instance of the content folder first, and numberPrefixParser: false', () => {
    const text = `module.exports = {
  plugins: [
    ['@docusaurus/plugin-content-docs', { id: 'community', path: 'community', routeBasePath: 'community' }],
    ['@docusaurus/plugin-content-docs', { path: './handbook/', routeBasePath: '/guide/', numberPrefixParser: false }],
  ],
}`
    expect(read(text, 'handbook').config).toMatchObject({ routeBasePath: 'guide', numberPrefixes: false })
    expect(read(text, 'community').config).toMatchObject({ routeBasePath: 'community', numberPrefixes: true })
  })

  it('a routeBasePath that is code is one warning at its line, and the default stands', () => {
    const { config, diagnostics } = read("const base = 'kb'\nmodule.exports = {\n  presets: [['classic', { docs: {\n    routeBasePath: base,\n  } }]],\n}")
    expect(config.routeBasePath).toBe('docs')
    expect(diagnostics.map((d) => [d.code, d.file, d.line])).toEqual([['source-data', '../docusaurus.config.js', 4]])
    expect(diagnostics[0]!.message).toContain('`base` is code, not run')
  })
})
