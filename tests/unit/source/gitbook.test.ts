/**
 * GitBook's files beside its pages: `.gitbook/assets/` listed so that
 * `../.gitbook/assets/x.png` resolves and is published through the jail,
 * and `.gitbook.yaml` read (root, structure, redirects), on the fixture
 * written from GitBook's docs and on small trees.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { fileTrees } from '../../support/file-tree'
import { gitBookContentDir, listGitBookAssets, parseGitBookConfig } from '../../../src/content/source/gitbook'
import { readSource } from '../../../src/content/source/read-source'
import { findSourceRoot } from '../../../src/content/source/source-root'
import { guessTool } from '../../../src/content/source/detect'
import { publishedContentFile } from '../../../src/content/publish/content-file'
import { resolveSettings } from '../../../src/content/settings'
import { loadHandbook } from '../../../src/content'
import { checkHandbook } from '../../../src/content/checks'

const FIXTURE = path.resolve(__dirname, '../../fixtures/gitbook')
const { tree, remove } = fileTrees('gitbook')
afterAll(remove)

describe('GitBook recognised', () => {
  it('by its .gitbook/ folder, as by SUMMARY.md and .gitbook.yaml', () => {
    expect(findSourceRoot(FIXTURE).markers).toContain('.gitbook')
    expect(guessTool(['.gitbook'])).toBe('gitbook')
    expect(guessTool(['.gitbook.yaml'])).toBe('gitbook')
    expect(readSource(FIXTURE).tool).toBe('gitbook')
  })
})

describe('.gitbook/assets/', () => {
  it('lists every file under it by its path from the content folder', () => {
    expect(listGitBookAssets(FIXTURE)).toEqual(['.gitbook/assets/clinic-dashboard.png', '.gitbook/assets/consent-form.pdf', '.gitbook/assets/image (1).png'])
  })

  it('are files of the handbook, published from the content folder', () => {
    const source = readSource(FIXTURE)
    expect([...source.files.keys()]).toEqual(['.gitbook/assets/clinic-dashboard.png', '.gitbook/assets/consent-form.pdf', '.gitbook/assets/image (1).png'])
    const published = publishedContentFile(FIXTURE, '.gitbook/assets/image (1).png', [], source)
    expect(published).toEqual({ kind: 'copy', source: path.join(fs.realpathSync(FIXTURE), '.gitbook/assets/image (1).png') })
  })

  it('lists no link, and the jail refuses one swapped in after the listing', () => {
    const outside = tree({ 'secret.png': 'x' })
    const dir = tree({ 'SUMMARY.md': '# Summary', '.gitbook/assets/a.png': 'png' })
    fs.symlinkSync(path.join(outside, 'secret.png'), path.join(dir, '.gitbook/assets/b.png'))
    const source = readSource(dir)
    expect([...source.files.keys()]).toEqual(['.gitbook/assets/a.png'])
    const swapped = publishedContentFile(dir, '.gitbook/assets/b.png', [], { root: source.root, files: new Map([['.gitbook/assets/b.png', '.gitbook/assets/b.png']]) })
    expect(swapped.kind).toBe('refused')
  })

  it('under a content folder below the root map to their path from the root', () => {
    const dir = tree({ '.gitbook.yaml': 'root: ./docs/', 'docs/README.md': '# A', 'docs/.gitbook/assets/a.png': 'png' })
    const source = readSource(path.join(dir, 'docs'))
    expect(source.root).toBe(dir)
    expect(source.files.get('.gitbook/assets/a.png')).toBe('docs/.gitbook/assets/a.png')
    expect(publishedContentFile(path.join(dir, 'docs'), '.gitbook/assets/a.png', [], source).kind).toBe('copy')
  })
})

describe('the GitBook fixture, loaded and checked', () => {
  const settings = resolveSettings({}, { HANDBOOK_CONTENT_DIR: FIXTURE, HANDBOOK_TODAY: '2026-12-01' }, process.cwd())
  const handbook = loadHandbook(settings, { includeDrafts: false, hrefPrefix: '' })

  it('has SUMMARY.md as its navigation, never as a page: its groups and nested links, in order', () => {
    expect(handbook.pages.map((page) => page.sourcePath)).not.toContain('SUMMARY.md')
    expect(handbook.importedNavigation?.from).toBe('SUMMARY.md')
    const spec = handbook.importedNavigation!.sidebars[0]!
    const labels = (items: readonly unknown[]): unknown[] =>
      items.map((item): unknown => {
        const it = item as { type: string; label?: string; page?: string; items?: unknown[] }
        return it.type === 'group' ? { [it.label!]: labels(it.items!) } : (it.label ?? it.page)
      })
    expect(labels(spec.items).slice(0, 5)).toEqual([
      'README.md',
      'getting-started.md',
      'checklists.md',
      { Guides: ['guides/dashboard.md', 'guides/billing.md', 'Blocks', { API: ['api/authentication.md', 'Signing requests'] }] },
      { Help: ['troubleshooting.md', 'liquid.md', 'Status page'] },
    ])
  })

  it("titles pages that give none with the summary's label, and a page that begins with ## with that heading, shown once", () => {
    const billing = handbook.pages.find((page) => page.sourcePath === 'guides/billing.md')!
    expect(billing).toMatchObject({ title: 'Billing codes', titleFrom: 'navigation' })
    const dashboard = handbook.pages.find((page) => page.sourcePath === 'guides/dashboard.md')!
    expect(dashboard).toMatchObject({ title: 'The clinic dashboard', titleFrom: 'heading' })
    expect(dashboard.html).not.toMatch(/<h2[^>]*>The clinic dashboard/)
  })

  it('titles a page that begins with a ## heading other than its label with the label, and keeps the heading as its first section', () => {
    const reports = handbook.pages.find((page) => page.sourcePath === 'reports.md')!
    expect(reports).toMatchObject({ title: 'Monthly reports', titleFrom: 'navigation' })
    expect(reports.html).toMatch(/<h2[^>]*>What a clinic receives<\/h2>/)
    expect(reports.toc.map((entry) => entry.text)).toEqual(['What a clinic receives'])
  })

  it('gives the Markdown copy the title the page has, the summary label included', () => {
    const withCopies = loadHandbook(settings, { includeDrafts: false, hrefPrefix: '', markdownCopies: true })
    const copyTitle = (sourcePath: string) => withCopies.pages.find((page) => page.sourcePath === sourcePath)!.markdownCopy!.split('\n')[0]
    expect(copyTitle('guides/billing.md')).toBe('# Billing codes')
    expect(copyTitle('reports.md')).toBe('# Monthly reports')
    expect(copyTitle('guides/dashboard.md')).toBe('# The clinic dashboard')
    for (const page of withCopies.pages) expect(page.markdownCopy!.split('\n')[0], page.sourcePath).toBe(`# ${page.title}`)
  })

  it('publishes the redirects of .gitbook.yaml as the old addresses of their pages, and warns of one to no page at its line', () => {
    const troubleshooting = handbook.pages.find((page) => page.sourcePath === 'troubleshooting.md')!
    expect(troubleshooting.frontmatter.redirect_from).toEqual(['/help'])
    expect(handbook.pages.find((page) => page.sourcePath === 'guides/dashboard.md')!.frontmatter.redirect_from).toEqual(['/previous/dashboard'])
    const missing = handbook.diagnostics.filter((d) => d.code === 'redirect-missing-page')
    expect(missing).toMatchObject([{ file: '.gitbook.yaml', line: 11, severity: 'warning' }])
    // getting-started.md links /help: the old address finds its page.
    const link = handbook.pages.find((page) => page.sourcePath === 'getting-started.md')!.links.find((use) => use.href === '/help')
    expect(link?.target).toMatchObject({ kind: 'page' })
  })

  it("draws GitBook's blocks: only {% swagger %} is a placeholder, and the {% file %} in .gitbook/assets/ is a file of the handbook", () => {
    const blocks = handbook.pages.find((page) => page.sourcePath === 'guides/blocks.md')!
    const kinds = handbook.diagnostics.filter((d) => d.file === 'guides/blocks.md').map((d) => d.kind ?? d.code)
    expect(kinds).toEqual(['{% swagger %}'])
    expect(blocks.html).toContain('class="video-embed video-youtube"')
    expect(blocks.links.find((use) => use.href.endsWith('consent-form.pdf'))?.target).toEqual({ kind: 'file', sourcePath: '.gitbook/assets/consent-form.pdf' })
  })

  it('finds the images its pages link in .gitbook/assets/, from the root and from a folder', () => {
    const problems = [...handbook.diagnostics, ...checkHandbook(handbook, { brokenLinks: 'error' })]
    expect(problems.filter((d) => d.severity === 'error')).toEqual([])
    const dashboard = handbook.pages.find((page) => page.sourcePath === 'guides/dashboard.md')
    expect(dashboard).toBeDefined()
    expect(problems.filter((d) => d.code === 'image-missing')).toEqual([])
  })
})

describe('.gitbook.yaml', () => {
  it('gives the root, the structure and the redirects, as GitBook documents them', () => {
    const config = parseGitBookConfig(['root: ./docs/', 'structure:', '  readme: intro.md', '  summary: toc.md', 'redirects:', '  help: ./support.md', '  previous/page: new-folder/page.md'].join('\n'))
    expect(config).toMatchObject({
      root: 'docs',
      readme: 'intro.md',
      summary: 'toc.md',
      redirects: [
        { from: 'help', to: 'support.md' },
        { from: 'previous/page', to: 'new-folder/page.md' },
      ],
      diagnostics: [],
    })
  })

  it("takes GitBook's defaults, and warns of what it cannot read", () => {
    expect(parseGitBookConfig('')).toMatchObject({ root: '', readme: 'README.md', summary: 'SUMMARY.md', redirects: [] })
    expect(parseGitBookConfig('root: [', 'x/.gitbook.yaml').diagnostics[0]).toMatchObject({ code: 'source-data', file: 'x/.gitbook.yaml' })
    const empty = parseGitBookConfig('redirects:\n  old: \n')
    expect(empty.redirects).toEqual([])
    expect(empty.diagnostics[0]?.message).toMatch(/"old" names no file/)
  })

  it("root: is the content folder, when it is a folder inside the repository (the settings' content folder)", () => {
    const dir = tree({ '.gitbook.yaml': 'root: ./docs/\n', 'docs/README.md': '# A', 'docs/handbook.yml': 'title: Docs\n' })
    expect(gitBookContentDir(dir)).toBe(path.join(dir, 'docs'))
    expect(resolveSettings({}, { HANDBOOK_CONTENT_DIR: dir }, process.cwd()).contentDir).toBe(path.join(dir, 'docs'))
    const outside = tree({ '.gitbook.yaml': 'root: ../elsewhere/\n', 'README.md': '# A' })
    expect(gitBookContentDir(outside)).toBe(outside)
    const missing = tree({ '.gitbook.yaml': 'root: ./nowhere/\n', 'README.md': '# A' })
    expect(gitBookContentDir(missing)).toBe(missing)
  })

  it('is read from the source root with the handbook', () => {
    const dir = tree({ '.gitbook.yaml': 'root: ./docs/\nredirects:\n  help: support.md\n', 'docs/README.md': '# A' })
    expect(readSource(path.join(dir, 'docs')).gitbook?.redirects).toEqual([{ from: 'help', to: 'support.md', line: 3 }])
  })
})
