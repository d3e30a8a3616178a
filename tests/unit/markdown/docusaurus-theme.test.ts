/**
 * Docusaurus' theme components in .mdx (tests/fixtures/docusaurus-site/docs/guides/install.mdx,
 * written from Docusaurus' documentation of tabs, admonitions, details and
 * code blocks): their imports are taken out, so webpack never looks for
 * `@theme/…`, and they compile to our tabs, callout, details and code block.
 */
import fs from 'node:fs'
import path from 'node:path'
import { compile } from '@mdx-js/mdx'
import type { Root as HastRoot } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { parse as parseHtml } from 'node-html-parser'
import { describe, expect, it } from 'vitest'
import { handbookMdxPlugins, type RouteManifest } from '../../../src/content/markdown/mdx'
import { applyDocusaurusTheme } from '../../../src/content/markdown/docusaurus-theme'
import { parseMarkdown } from '../../../src/content/markdown/parse'
import { NO_PEOPLE } from '../../support/people'

const FILE = path.resolve(__dirname, '..', '..', 'fixtures', 'docusaurus-site', 'docs', 'guides', 'install.mdx')
const body = fs.readFileSync(FILE, 'utf8').replace(/^---[\s\S]*?---\n/, '')
const routes = [{ sourcePath: 'guides/install.mdx', url: '/guides/install' }]

async function compiled(text: string): Promise<{ code: string; html: string }> {
  const manifest: RouteManifest = {
    people: NO_PEOPLE,
    site: { siteUrl: 'https://docs.example.com', pathPrefix: '' },
    hrefPrefix: '',
    routes,
    files: [],
    mdx: { [FILE]: { sourcePath: 'guides/install.mdx', url: '/guides/install' } },
  }
  const plugins = handbookMdxPlugins(() => manifest)
  let html = ''
  const capture = () => (tree: HastRoot) => {
    html = toHtml(tree as never)
  }
  const code = String(await compile({ value: text, path: FILE }, { remarkPlugins: plugins.remarkPlugins, rehypePlugins: [...plugins.rehypePlugins, capture], remarkRehypeOptions: plugins.remarkRehypeOptions }))
  return { code, html }
}

describe("Docusaurus' @theme components in .mdx", () => {
  it('compile without their imports: nothing asks webpack for @theme/…', async () => {
    const { code } = await compiled(body)
    expect(code).not.toContain('@theme/')
  })

  it('become our tabs, callout, details and code block', async () => {
    const root = parseHtml((await compiled(body)).html, { blockTextElements: { script: true, style: true } })
    expect(root.querySelectorAll('.tabs > section.tab-panel > .tab-label').map((label) => label.text)).toEqual(['npm', 'Yarn'])
    expect(root.querySelectorAll('.tab-panel pre code').map((code) => code.text.trim())).toEqual(['npm install larkspur', 'yarn add larkspur'])
    expect(root.querySelector('.callout.callout-warning > .callout-title')!.text).toBe('Node 18')
    expect(root.querySelector('.callout-warning')!.text).toContain('The client needs Node 18 or later.')
    expect(root.querySelector('details.details > summary')!.text).toBe('Behind a proxy?')
    expect(root.querySelector('details.details code')!.text).toBe('HTTPS_PROXY')
    const code = root.querySelectorAll('pre code').at(-1)!
    expect(code.text).toContain("import { Client } from 'larkspur'\nconst client = new Client()")
    expect(code.parentNode.getAttribute('data-language')).toBe('js')
  })

  it('<Tabs values> labels its items (the older form), an item’s own label first; <CodeBlock title> shows its title over the code', async () => {
    const sdks = path.resolve(FILE, '..', '..', 'api', '04-sdks.mdx')
    const text = fs.readFileSync(sdks, 'utf8').replace(/^---[\s\S]*?---\n/, '')
    const root = parseHtml((await compiled(text)).html, { blockTextElements: { script: true, style: true } })
    expect(root.querySelectorAll('.tabs > section.tab-panel > .tab-label').map((label) => label.text)).toEqual(['JavaScript', 'Python', 'Golang'])
    const figure = root.querySelector('figure.code-block')!
    expect(figure.querySelector('.code-title')!.text).toBe('/src/components/HelloCodeTitle.js')
    expect(figure.querySelector('pre code')!.text).toContain('return <h1>Hello, {props.name}</h1>;')
    expect(figure.querySelector('pre')!.getAttribute('data-language')).toBe('jsx')
    // The tree the build's load step reads the page in gets the same labels.
    const tree = parseMarkdown(text, 'mdx')
    applyDocusaurusTheme(tree)
    expect(JSON.stringify(tree)).toContain('"value":"JavaScript"')
    // install.mdx's CodeBlock has a title too.
    const install = parseHtml((await compiled(body)).html, { blockTextElements: { script: true, style: true } })
    expect(install.querySelector('figure.code-block > .code-title')!.text).toBe('/src/client.js')
  })

  it('<TabItem default> is the tab shown first (tab-default, read by the tabs script), wherever it stands', async () => {
    const text = [
      "import Tabs from '@theme/Tabs'",
      "import TabItem from '@theme/TabItem'",
      '',
      '<Tabs>',
      '<TabItem value="mac">',
      '',
      'Mac',
      '',
      '</TabItem>',
      '<TabItem value="win" default>',
      '',
      'Windows',
      '',
      '</TabItem>',
      '</Tabs>',
    ].join('\n')
    const root = parseHtml((await compiled(text)).html)
    expect(root.querySelectorAll('.tabs > section.tab-panel').map((panel) => panel.classList.contains('tab-default'))).toEqual([false, true])
    // install.mdx's first tab says `default` too.
    expect(
      parseHtml((await compiled(body)).html)
        .querySelector('.tab-panel')!
        .classList.contains('tab-default'),
    ).toBe(true)
  })

  it('only imports of the theme are taken out: the page keeps its own imports, and names that import no theme module stay as written', () => {
    const tree = parseMarkdown("import Tabs from '@theme/Tabs'\nimport Chart from './chart'\n\n<Tabs><Chart /></Tabs>\n\n<TabItem>\n\nx\n\n</TabItem>\n", 'mdx')
    expect(applyDocusaurusTheme(tree)).toBe(true)
    const types = tree.children.map((node) =>
      (node.type as string) === 'mdxjsEsm' ? (node as unknown as { value: string }).value.trim() : ((node as { name?: string }).name ?? (node.data as { hName?: string } | undefined)?.hName ?? node.type),
    )
    expect(types).toEqual(["import Chart from './chart'", 'div', 'TabItem'])
    expect(applyDocusaurusTheme(parseMarkdown("import Chart from './chart'\n\n<Chart />\n", 'mdx'))).toBe(false)
  })
})
