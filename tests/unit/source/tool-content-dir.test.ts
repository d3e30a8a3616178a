/**
 * The content folder built when the folder given is a tool's project
 * (source/tool-content-dir.ts), on project folders written from each tool's
 * documentation: GitBook's `root:`, Hugo's `contentDir` (hugo.toml|yaml|json,
 * config.*, config/_default/) and MkDocs' `docs_dir` (mkdocs.yml|yaml), and
 * the folder given kept when it already is the pages or names nothing real.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { fileTrees } from '../../support/file-tree'
import { toolContentDir } from '../../../src/content/source/tool-content-dir'
import { resolveSettings } from '../../../src/content/settings'
import { readSource } from '../../../src/content/source/read-source'

const { tree, remove } = fileTrees('tool-content-dir')
afterAll(remove)

describe('a Hugo site given as the content folder', () => {
  it("builds its content/ folder, Hugo's default", () => {
    const site = tree({ 'hugo.toml': 'title = "Site"\n', 'content/_index.md': '# Home\n', 'static/': '' })
    expect(toolContentDir(site)).toBe(path.join(site, 'content'))
  })

  it('builds the contentDir its configuration names, in each of the files Hugo reads', () => {
    expect(toolContentDir(tree({ 'hugo.toml': 'contentDir = "pages"\n', 'pages/_index.md': '# Home\n', 'content/x.md': '' }))).toMatch(/\/pages$/)
    expect(toolContentDir(tree({ 'hugo.yaml': 'contentDir: ./docs/\n', 'docs/a.md': '' }))).toMatch(/\/docs$/)
    expect(toolContentDir(tree({ 'hugo.json': '{"contentDir": "src/content"}', 'src/content/a.md': '' }))).toMatch(/\/src\/content$/)
    expect(toolContentDir(tree({ 'config.toml': 'contentDir = "handbook"\n', 'handbook/a.md': '' }))).toMatch(/\/handbook$/)
    expect(toolContentDir(tree({ 'config/_default/hugo.toml': 'contentDir = "handbook"\n', 'handbook/a.md': '' }))).toMatch(/\/handbook$/)
  })

  it("builds a multilingual site's default language: its languages' contentDir, in the configuration or config/_default/languages.*", () => {
    // As Docsy's example site writes it.
    const docsy = 'contentDir = "content/en"\ndefaultContentLanguage = "en"\n[languages.en]\nlanguageName = "English"\n[languages.no]\ncontentDir = "content/no"\n'
    expect(toolContentDir(tree({ 'hugo.toml': docsy, 'content/en/_index.md': '', 'content/no/_index.md': '' }))).toMatch(/\/content\/en$/)
    const perLanguage = 'defaultContentLanguage: fr\nlanguages:\n  en:\n    contentDir: content/en\n  fr:\n    contentDir: content/fr\n'
    expect(toolContentDir(tree({ 'hugo.yaml': perLanguage, 'content/en/a.md': '', 'content/fr/a.md': '' }))).toMatch(/\/content\/fr$/)
    const split = { 'config/_default/hugo.toml': 'title = "A"\n', 'config/_default/languages.toml': '[en]\ncontentdir = "content/english"\n', 'content/english/a.md': '' }
    expect(toolContentDir(tree(split))).toMatch(/\/content\/english$/)
  })

  it('keeps the folder given when contentDir is not a real folder inside the site, or the configuration is not Hugo’s', () => {
    const outside = tree({ 'hugo.toml': 'contentDir = "../elsewhere"\n', 'content/a.md': '' })
    expect(toolContentDir(outside)).toBe(outside)
    const missing = tree({ 'hugo.toml': 'contentDir = "pages"\n', 'content/a.md': '' })
    expect(toolContentDir(missing)).toBe(missing)
    const linked = tree({ 'hugo.toml': 'contentDir = "pages"\n', 'real/a.md': '' })
    fs.symlinkSync(path.join(linked, 'real'), path.join(linked, 'pages'))
    expect(toolContentDir(linked)).toBe(linked)
    // `config.yaml` alone is not Hugo's (no layouts/, static/ or assets/ beside it).
    const other = tree({ 'config.yaml': 'contentDir: content\n', 'content/a.md': '' })
    expect(toolContentDir(other)).toBe(other)
  })

  it('is the settings’ content folder, read with no warning about it', () => {
    const site = tree({ 'hugo.toml': 'contentDir = "pages"\n', 'pages/_index.md': '---\ntitle: Home\n---\n', 'layouts/': '' })
    const { contentDir } = resolveSettings({}, { HANDBOOK_CONTENT_DIR: site }, process.cwd())
    expect(contentDir).toBe(path.join(site, 'pages'))
    const source = readSource(contentDir)
    expect([source.tool, source.root, source.contentPath]).toEqual(['hugo', site, 'pages'])
    expect(source.diagnostics).toEqual([])
  })
})

describe('an MkDocs project given as the content folder', () => {
  it('builds its docs_dir, docs/ by default, from mkdocs.yml or mkdocs.yaml with its Python tags', () => {
    expect(toolContentDir(tree({ 'mkdocs.yml': 'site_name: A\n', 'docs/index.md': '' }))).toMatch(/\/docs$/)
    const tagged = 'site_name: A\ndocs_dir: handbook\nmarkdown_extensions:\n  - pymdownx.emoji:\n      emoji_index: !!python/name:material.extensions.emoji.twemoji\n'
    expect(toolContentDir(tree({ 'mkdocs.yml': tagged, 'handbook/index.md': '' }))).toMatch(/\/handbook$/)
    expect(toolContentDir(tree({ 'mkdocs.yaml': 'docs_dir: pages/\n', 'pages/index.md': '' }))).toMatch(/\/pages$/)
  })

  it('keeps the folder given when docs_dir is not a folder inside it', () => {
    const missing = tree({ 'mkdocs.yml': 'docs_dir: nowhere\n', 'docs/index.md': '' })
    expect(toolContentDir(missing)).toBe(missing)
    const outside = tree({ 'mkdocs.yml': 'docs_dir: ../docs\n', 'docs/index.md': '' })
    expect(toolContentDir(outside)).toBe(outside)
  })

  it('is the settings’ content folder, read with no docs_dir warning', () => {
    const project = tree({ 'mkdocs.yml': 'site_name: A\nnav:\n  - Home: index.md\n', 'docs/index.md': '# Home\n', 'README.md': '# Repo\n' })
    const { contentDir } = resolveSettings({}, { HANDBOOK_CONTENT_DIR: project }, process.cwd())
    expect(contentDir).toBe(path.join(project, 'docs'))
    expect(readSource(contentDir).diagnostics).toEqual([])
  })
})

describe('the folder given', () => {
  it("is a GitBook repository's root: folder", () => {
    const repo = tree({ '.gitbook.yaml': 'root: ./docs/\n', 'docs/README.md': '# A\n' })
    expect(toolContentDir(repo)).toBe(path.join(repo, 'docs'))
  })

  it('is kept when it already is the pages, is no project, or is not there', () => {
    const site = tree({ 'hugo.toml': '', 'content/_index.md': '', 'mkdocs-site/mkdocs.yml': '', 'mkdocs-site/docs/index.md': '' })
    expect(toolContentDir(path.join(site, 'content'))).toBe(path.join(site, 'content'))
    expect(toolContentDir(path.join(site, 'mkdocs-site', 'docs'))).toBe(path.join(site, 'mkdocs-site', 'docs'))
    const plain = tree({ 'index.md': '# Home\n', 'content/a.md': '' })
    expect(toolContentDir(plain)).toBe(plain)
    expect(toolContentDir(path.join(plain, 'missing'))).toBe(path.join(plain, 'missing'))
  })
})
