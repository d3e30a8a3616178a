/**
 * Fenced code with a title, as Docusaurus documents it
 * (docusaurus.io/docs/markdown-features/code-blocks#code-title): in a
 * Docusaurus handbook the title shows over the code, in .md and .mdx
 * alike; elsewhere the fence renders as before.
 */
import { parse as parseHtml } from 'node-html-parser'
import { describe, expect, it } from 'vitest'
import { codeTitle } from '../../../src/content/markdown/code-titles'
import { renderPage, type RenderInput } from '../../../src/content/markdown/render'
import { createLinkIndex } from '../../../src/content/links/links'
import { defaultSettings } from '../../../src/content/settings'
import { handbookMdxPlugins, type RouteManifest } from '../../../src/content/markdown/mdx'
import { NO_PEOPLE } from '../../support/people'
import { compile } from '@mdx-js/mdx'
import type { Root as HastRoot } from 'hast'
import { toHtml } from 'hast-util-to-html'

const from = { sourcePath: 'api/client.mdx', url: '/api/client' }
const render = (body: string, options: Partial<RenderInput> = {}) =>
  parseHtml(
    renderPage({
      body,
      format: 'md',
      link: { from, index: createLinkIndex([from], () => false), site: { siteUrl: 'https://docs.example.com', pathPrefix: '' }, hrefPrefix: '' },
      iframeHosts: defaultSettings.iframeHosts,
      ...options,
    }).html,
    { blockTextElements: { script: true, style: true } },
  )

/** The HTML the MDX compiler makes of an .mdx page of a Docusaurus handbook. */
async function compiledMdx(text: string): Promise<string> {
  const file = '/site/docs/api/client.mdx'
  const manifest: RouteManifest = {
    people: NO_PEOPLE,
    site: { siteUrl: 'https://docs.example.com', pathPrefix: '' },
    hrefPrefix: '',
    routes: [from],
    files: [],
    mdx: { [file]: { sourcePath: 'api/client.mdx', url: '/api/client' } },
    sourceTool: 'docusaurus',
  }
  const plugins = handbookMdxPlugins(() => manifest)
  let html = ''
  const capture = () => (tree: HastRoot) => {
    html = toHtml(tree as never)
  }
  await compile({ value: text, path: file }, { remarkPlugins: plugins.remarkPlugins, rehypePlugins: [...plugins.rehypePlugins, capture], remarkRehypeOptions: plugins.remarkRehypeOptions })
  return html
}

const FENCE = '```jsx title="/src/components/HelloCodeTitle.js"\nfunction HelloCodeTitle() {}\n```\n'

describe('codeTitle', () => {
  it("reads title=\"…\" or title='…' among a fence's other meta", () => {
    expect(codeTitle('title="/src/a.js"')).toBe('/src/a.js')
    expect(codeTitle("showLineNumbers title='a b.py' {1,3}")).toBe('a b.py')
    expect(codeTitle('{1,3}')).toBeUndefined()
    expect(codeTitle('subtitle="x"')).toBeUndefined()
    expect(codeTitle(null)).toBeUndefined()
  })
})

describe('a titled fence', () => {
  it('shows its title over the code in a Docusaurus handbook, in .md and .mdx', async () => {
    for (const root of [render(`Text.\n\n${FENCE}`, { sourceTool: 'docusaurus' }), parseHtml(await compiledMdx(`Text.\n\n${FENCE}`), { blockTextElements: { script: true, style: true } })]) {
      const figure = root.querySelector('figure.code-block')!
      expect(figure.querySelector('.code-title')!.text).toBe('/src/components/HelloCodeTitle.js')
      expect(figure.querySelector('pre code')!.text).toContain('function HelloCodeTitle() {}')
    }
  })

  it('shows it in an MkDocs handbook too (Material writes titles so)', () => {
    expect(render(FENCE, { sourceTool: 'mkdocs' }).querySelector('figure.code-block .code-title')!.text).toBe('/src/components/HelloCodeTitle.js')
  })

  it('renders as before in a handbook of another tool', () => {
    const root = render(FENCE, { sourceTool: 'hugo' })
    expect(root.querySelector('figure')).toBeNull()
    expect(root.querySelector('pre code')!.text).toContain('function HelloCodeTitle() {}')
  })
})
