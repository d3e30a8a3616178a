/**
 * An MkDocs project's mkdocs.yml, read as MkDocs reads it: its Python tags
 * tolerated, its docs_dir checked against the content folder, its text kept
 * for the navigation (sidebars/import/mkdocs-nav.ts).
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { fileTrees } from '../../support/file-tree'
import { parseMkdocsConfig } from '../../../src/content/source/mkdocs'
import { readSource, sourcePathsToWatch } from '../../../src/content/source/read-source'
import { findSourceRoot } from '../../../src/content/source/source-root'
import { guessTool } from '../../../src/content/source/detect'
import { importNavigation } from '../../../src/content/sidebars/import'
import { navPage } from '../sidebars/import/pages'

const FIXTURE = path.resolve('tests/fixtures/mkdocs')

const { tree, remove } = fileTrees('mkdocs')
afterAll(remove)

describe('parseMkdocsConfig', () => {
  it("reads !!python/name tags as the name they give and !ENV as its default, never the machine's variable", () => {
    process.env.MKDOCS_TEST_SECRET = 'from-the-machine'
    const text = [
      'site_url: !ENV [MKDOCS_TEST_SECRET, "https://example.com/"]',
      'repo_url: !ENV MKDOCS_TEST_SECRET',
      'markdown_extensions:',
      '  - pymdownx.emoji:',
      '      emoji_index: !!python/name:material.extensions.emoji.twemoji',
      '  - pymdownx.superfences:',
      '      custom_fences:',
      '        - name: mermaid',
      "          format: !!python/name:pymdownx.superfences.fence_code_format ''",
    ].join('\n')
    const parsed = parseMkdocsConfig(text)
    expect(parsed.syntaxError).toBeUndefined()
    expect(parsed.doc.warnings).toEqual([])
    expect(parsed.doc.toJS()).toEqual({
      site_url: 'https://example.com/',
      repo_url: null,
      markdown_extensions: [
        { 'pymdownx.emoji': { emoji_index: '!!python/name:material.extensions.emoji.twemoji' } },
        { 'pymdownx.superfences': { custom_fences: [{ name: 'mermaid', format: '!!python/name:pymdownx.superfences.fence_code_format' }] } },
      ],
    })
    delete process.env.MKDOCS_TEST_SECRET
  })

  it('gives a syntax error at its line', () => {
    expect(parseMkdocsConfig('site_name: x\nnav:\n  - a: [b\n').syntaxError?.line).toBeGreaterThanOrEqual(3)
  })
})

describe('an MkDocs source', () => {
  it('finds the project folder from the docs folder, and keeps mkdocs.yml for the navigation', () => {
    const source = readSource(path.join(FIXTURE, 'docs'))
    expect(source).toMatchObject({ tool: 'mkdocs', guessed: true, root: fs.realpathSync(FIXTURE), contentPath: 'docs', diagnostics: [] })
    expect(source.data.mkdocs).toEqual({
      docsDir: 'docs',
      navBase: '',
      siteName: 'MkLorum',
      redirects: [
        { file: '../mkdocs.yml', from: 'styling.md', to: 'user-guide/styling-your-docs.md', line: 47 },
        { file: '../mkdocs.yml', from: 'about/licence/index.md', to: 'about/license.md', line: 48 },
        { file: '../mkdocs.yml', from: 'chat.md', to: 'https://chat.example.com/', line: 49 },
      ],
      // pymdownx.snippets' base_path: the project folder and includes/.
      snippetFolders: ['', 'includes'],
      // Every extension listed, by name (options or not): what the pages were written for.
      markdownExtensions: ['admonition', 'pymdownx.details', 'pymdownx.superfences', 'pymdownx.tabbed', 'pymdownx.emoji', 'pymdownx.snippets', 'def_list', 'abbr', 'md_in_html'],
    })
    expect(source.includeFolders).toEqual(['..', '../includes'])
    expect(source.dataFiles.map((file) => file.path)).toEqual(['../mkdocs.yml'])
    // Nothing else of the project is read or published.
    expect(source.files.size).toBe(0)
    // `gatsby develop` sees an edit of nav, and of a snippet in includes/ (the project folder itself is not watched whole).
    expect(sourcePathsToWatch(source)).toEqual([path.join(fs.realpathSync(FIXTURE), 'mkdocs.yml'), path.join(fs.realpathSync(FIXTURE), 'includes')])
  })

  it('warns when the content folder is the project folder, and reads nav from docs_dir there', () => {
    const dir = tree({ 'mkdocs.yml': 'site_name: x\ndocs_dir: src/docs/\nnav:\n  - index.md\n', 'src/docs/index.md': '# Home', 'README.md': '# Repo' })
    const source = readSource(dir)
    expect(source.data.mkdocs).toEqual({ docsDir: 'src/docs', navBase: 'src/docs/', siteName: 'x' })
    expect(source.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'source-docs-dir',
        file: 'mkdocs.yml',
        line: 2,
        message: expect.stringMatching(/served under \/src\/docs\/.*Set HANDBOOK_CONTENT_DIR to the src\/docs folder/),
      }),
    ])
  })

  it('reads mkdocs.yaml as mkdocs.yml: recognised, the project root, its nav and its messages; mkdocs.yml first when both are there', () => {
    const dir = tree({ 'mkdocs.yaml': 'site_name: Yaml\nnav:\n  - Home: index.md\n  - Guide: guide.md\n', 'docs/index.md': '# Home', 'docs/guide.md': '# Guide' })
    expect(findSourceRoot(path.join(dir, 'docs'))).toEqual({ root: dir, markers: ['mkdocs.yaml'] })
    expect(guessTool(['mkdocs.yaml'])).toBe('mkdocs')
    const source = readSource(path.join(dir, 'docs'))
    expect(source).toMatchObject({ tool: 'mkdocs', contentPath: 'docs', diagnostics: [] })
    expect(source.data.mkdocs).toEqual({ docsDir: 'docs', navBase: '', siteName: 'Yaml' })
    expect(source.dataFiles.map((file) => file.path)).toEqual(['../mkdocs.yaml'])
    expect(sourcePathsToWatch(source)).toEqual([path.join(dir, 'mkdocs.yaml')])
    const pages = [navPage('index.md', { title: 'Home' }), navPage('guide.md', { title: 'Guide' })]
    const imported = importNavigation({ source, pages, defaultSidebar: 'main' })!
    expect(imported.from).toBe('../mkdocs.yaml')
    expect(imported.file.sidebars[0]!.items).toMatchObject([{ page: 'index.md' }, { page: 'guide.md' }])
    expect(imported.sections).toBe(2)
    const broken = tree({ 'mkdocs.yaml': 'nav: [\n', 'docs/index.md': '# Home' })
    expect(readSource(path.join(broken, 'docs')).diagnostics).toMatchObject([{ code: 'source-data', file: '../mkdocs.yaml', message: expect.stringMatching(/^mkdocs\.yaml could not be read/) }])
    const both = tree({ 'mkdocs.yml': 'site_name: Yml\n', 'mkdocs.yaml': 'site_name: Yaml\n', 'docs/index.md': '# Home' })
    expect(readSource(path.join(both, 'docs')).data.mkdocs).toMatchObject({ siteName: 'Yml' })
  })

  it('warns when the content folder is not docs_dir', () => {
    const dir = tree({ 'mkdocs.yml': 'site_name: x\n', 'pages/index.md': '# Home' })
    const source = readSource(path.join(dir, 'pages'))
    expect(source.diagnostics.map((d) => [d.code, d.file, d.message])).toEqual([
      ['source-docs-dir', '../mkdocs.yml', expect.stringMatching(/^docs_dir is "docs", but the content folder is "pages", so nav's paths are read from the content folder/)],
    ])
  })
})
