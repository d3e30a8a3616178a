/**
 * GitBook's `structure.readme`: the file it names is the home page, as
 * README.md is by default, and README.md files in folders are the pages of
 * their folders; small GitBook trees written from GitBook's "Content
 * configuration" page, loaded whole.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadHandbook } from '../../../src/content'
import { resolveSettings } from '../../../src/content/settings'

const made: string[] = []
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true })
})

function load(files: Record<string, string>) {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'gitbook-readme-')))
  made.push(dir)
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    fs.writeFileSync(path.join(dir, file), text)
  }
  const settings = resolveSettings({}, { HANDBOOK_CONTENT_DIR: dir, HANDBOOK_TODAY: '2026-12-01' }, process.cwd())
  return loadHandbook(settings, { includeDrafts: false, hrefPrefix: '' })
}

const urls = (handbook: ReturnType<typeof load>) => Object.fromEntries(handbook.pages.map((page) => [page.sourcePath, page.url]))

describe('structure.readme', () => {
  const summary = '# Summary\n\n* [Introduction](intro.md)\n* [Guides](guides/README.md)\n  * [Install](guides/install.md)\n'

  it('names the home page; the root README.md is then a page at its name, and a folder README.md its folder page', () => {
    const handbook = load({
      '.gitbook.yaml': 'root: ./\nstructure:\n  readme: intro.md\n  summary: SUMMARY.md\n',
      'SUMMARY.md': summary,
      'intro.md': '# Introduction\n\nWelcome.\n',
      'README.md': '# About this repository\n\nFor GitHub.\n',
      'guides/README.md': '# Guides\n\nAll guides.\n',
      'guides/install.md': '# Install\n\nSee [the introduction](../intro.md).\n',
    })
    expect(urls(handbook)).toEqual({ 'intro.md': '/', 'README.md': '/readme', 'guides/README.md': '/guides', 'guides/install.md': '/guides/install' })
    expect(handbook.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    const link = handbook.pages.find((page) => page.sourcePath === 'guides/install.md')!.links[0]!
    expect(link.target).toMatchObject({ kind: 'page', route: { url: '/' } })
  })

  it('may name a file in a folder, from the content folder', () => {
    const handbook = load({
      '.gitbook.yaml': 'structure:\n  readme: ./product/README.md\n',
      'product/README.md': '# Product\n',
      'product/plans.md': '# Plans\n',
    })
    expect(urls(handbook)).toEqual({ 'product/README.md': '/', 'product/plans.md': '/product/plans' })
  })

  it('is README.md by default: nothing moves', () => {
    const handbook = load({ '.gitbook.yaml': 'root: ./\n', 'README.md': '# Home\n', 'intro.md': '# Intro\n' })
    expect(urls(handbook)).toEqual({ 'README.md': '/', 'intro.md': '/intro' })
  })

  it('naming no page is a warning at .gitbook.yaml, with the fix, and the README.md stays the home page', () => {
    const handbook = load({ '.gitbook.yaml': 'structure:\n  readme: welcome.md\n', 'README.md': '# Home\n' })
    expect(urls(handbook)).toEqual({ 'README.md': '/' })
    const warned = handbook.diagnostics.filter((d) => d.file === '.gitbook.yaml')
    expect(warned).toMatchObject([{ severity: 'warning', code: 'source-data' }])
    expect(warned[0]!.message).toMatch(/structure\.readme names "welcome\.md", which is no page.*write the path of the first page's file/)
  })
})
