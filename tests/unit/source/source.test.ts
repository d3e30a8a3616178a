/**
 * The source of a handbook on real folders: the root found by the old
 * tool's markers (at most three levels up), the tool guessed from them or
 * chosen, its data, includes and published files read, and nothing read
 * outside the root, through links included.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { fileTrees } from '../../support/file-tree'
import { findSourceRoot } from '../../../src/content/source/source-root'
import { guessTool } from '../../../src/content/source/detect'
import { readSource, sourcePathsToWatch } from '../../../src/content/source/read-source'
import { sourceLine, sourceSummary } from '../../../src/content/source/summary'

const { tree, remove } = fileTrees('source')
afterAll(remove)

describe('the source root', () => {
  it('is the nearest folder with a marker, the content folder itself when none', () => {
    const dir = tree({ '_data/navigation.yml': 'primary: []', '_includes/x.html': 'x', 'pages/a/index.md': '# A' })
    expect(findSourceRoot(path.join(dir, 'pages'))).toEqual({ root: dir, markers: ['_data', '_includes'] })
    const deep = tree({ 'mkdocs.yml': 'site_name: x', 'a/b/c/d/docs/index.md': '# A' })
    // Four levels up is too far: the content folder alone.
    expect(findSourceRoot(path.join(deep, 'a/b/c/d/docs')).root).toBe(path.join(deep, 'a/b/c/d/docs'))
  })

  it('guesses the tool from the markers', () => {
    expect(guessTool(['_config.yml', '_data'])).toBe('jekyll')
    expect(guessTool(['.eleventy.js'])).toBe('eleventy')
    expect(guessTool(['_data', '_includes'])).toBe('eleventy')
    expect(guessTool(['SUMMARY.md'])).toBe('gitbook')
    expect(guessTool(['hugo.toml'])).toBe('hugo')
    expect(guessTool(['.git', 'static'])).toBe('none')
  })
})

describe('reading the source', () => {
  it("reads data, Jekyll's configuration as site, includes and the files around the content", () => {
    const dir = tree({
      '_config.yml': 'title: Ops',
      '_data/team.yml': '- name: Ada',
      '_data/more.json': '{"a": 1}',
      '_includes/note.html': 'N',
      '_img/a.png': 'png',
      'docs/index.md': '# A',
      'README.md': 'repo',
    })
    const source = readSource(path.join(dir, 'docs'))
    expect(source.tool).toBe('jekyll')
    expect(source.contentPath).toBe('docs')
    expect(source.data).toEqual({ site: { title: 'Ops' }, team: [{ name: 'Ada' }], more: { a: 1 } })
    expect(source.dataFiles.map((file) => file.path)).toEqual(['../_config.yml', '../_data/more.json', '../_data/team.yml'])
    expect(source.includes).toEqual({ 'note.html': 'N' })
    // The files the old site published, by their site path; not the tool's own folders, the content folder or the root's own files.
    expect([...source.files.keys()]).toEqual(['_img/a.png'])
  })

  it('reads nothing through a link, and nothing outside the root', () => {
    const outside = tree({ 'secret.yml': 'token: 42' })
    const dir = tree({ '_data/ok.yml': 'a: 1', '_includes/x.html': 'x', 'pages/index.md': '# A' })
    fs.symlinkSync(path.join(outside, 'secret.yml'), path.join(dir, '_data/secret.yml'))
    fs.symlinkSync(path.join(outside, 'secret.yml'), path.join(dir, '_includes/secret.html'))
    fs.mkdirSync(path.join(dir, 'files'))
    fs.symlinkSync(path.join(outside, 'secret.yml'), path.join(dir, 'files/secret.yml'))
    const source = readSource(path.join(dir, 'pages'))
    expect(Object.keys(source.data)).toEqual(['ok'])
    expect(source.includes).toEqual({ 'x.html': 'x' })
    expect(source.readInclude('../../secret.yml')).toBeUndefined()
    expect([...source.files.keys()]).toEqual([])
  })

  it('reads nothing around the content folder unless the tool runs Liquid (or is chosen)', () => {
    const dir = tree({ '_data/ok.yml': 'a: 1', '_includes/x.html': 'x', 'pages/index.md': '# A' })
    expect(readSource(path.join(dir, 'pages'), 'none')).toMatchObject({ tool: 'none', guessed: false, data: {} })
    expect(readSource(path.join(dir, 'pages'), 'jekyll')).toMatchObject({ tool: 'jekyll', guessed: false, data: { ok: { a: 1 } } })
  })
})

describe('the Source: line', () => {
  it('names the tool, what was read around the content folder and what it gave', () => {
    const dir = tree({ '_data/navigation.yml': 'primary: []', '_includes/a.html': 'a', '_includes/b.html': 'b', '_img/x.png': 'png', 'pages/index.md': '# A' })
    const source = readSource(path.join(dir, 'pages'))
    const pages = [{ frontmatter: { redirect_from: ['/old/', '/older/'], aliases: ['/x/'] } }, { frontmatter: {} }] as unknown as Parameters<typeof sourceSummary>[0]['pages']
    const summary = sourceSummary({ source, pages, importedNavigation: { from: '../_data/navigation.yml', sidebars: [], sections: 10 } })
    expect(sourceLine(summary)).toBe('Source: Eleventy (../_data/navigation.yml, ../_includes/): navigation 10 sections, 3 redirects, 2 includes, 1 file beside the content folder')
    expect(sourceLine({ tool: 'jekyll', guessed: false, read: [], imported: [] })).toBe('Source: Jekyll (source: in handbook.yml): nothing to import')
  })
})

describe('what develop watches around the content folder', () => {
  it('is the data, includes and configuration of a Liquid tool, nothing for the content folder alone', () => {
    const dir = tree({ '_config.yml': 'title: x', '_data/a.yml': 'a: 1', 'docs/index.md': '# A' })
    expect(sourcePathsToWatch(readSource(path.join(dir, 'docs')))).toEqual([path.join(dir, '_data'), path.join(dir, '_config.yml')])
    expect(sourcePathsToWatch(readSource(path.join(dir, 'docs'), 'none'))).toEqual([])
  })
})
