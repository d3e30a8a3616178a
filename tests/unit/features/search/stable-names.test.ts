/**
 * The search files keep their names across builds when their contents do
 * not change (src/shared/search/format.ts): built again over the index the
 * build before published, an edit renames only the files it changed (a
 * page added or removed, no other page's text), and the manifest names
 * every file the browser may fetch. Run on the
 * real-world fixture (20 pages, headings and text in several languages).
 */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadHandbook } from '../../../../src/content'
import { resolveSettings } from '../../../../src/content/settings'
import { buildSearchIndex, searchIndexFiles, searchPages, type PreviousIndex, type SearchPage } from '../../../../src/content/features/search/build'
import { SEARCH_MANIFEST, coreFile, keyName, termShardFile, textFile, vocabularyFile, type SearchManifest } from '../../../../src/shared/search/format'

const settings = resolveSettings({}, { HANDBOOK_CONTENT_DIR: path.join(__dirname, '..', '..', '..', 'fixtures', 'real-world') }, process.cwd())
const pages = searchPages(loadHandbook(settings, { includeDrafts: false, hrefPrefix: '', searchSections: true }))

/** The files of an index of `of`, by name, built over `previous` (an index's files by name). */
function published(of: readonly SearchPage[], previous?: Map<string, string>): Map<string, string> {
  const before: PreviousIndex | undefined = previous && { manifest: JSON.parse(previous.get(SEARCH_MANIFEST)!) as SearchManifest, read: (name) => previous.get(name) }
  return new Map(searchIndexFiles(buildSearchIndex(of), before).map((file) => [file.path.split('/').pop()!, file.contents]))
}

const manifestOf = (files: Map<string, string>) => JSON.parse(files.get(SEARCH_MANIFEST)!) as SearchManifest

/** Every file name the manifest leads the browser to. */
function namesIn(manifest: SearchManifest): string[] {
  return [
    coreFile(manifest),
    ...manifest.terms.map((_, at) => termShardFile(manifest, at)),
    ...manifest.vocabulary.map((_, at) => vocabularyFile(manifest, at)),
    ...Array.from({ length: manifest.pages }, (_, page) => textFile(manifest, page)),
  ]
}

/** The pages with one word of one section's text changed. */
function withWordChanged(of: readonly SearchPage[]): SearchPage[] {
  return of.map((page, at) => (at === 3 ? { ...page, sections: page.sections.map((section, s) => (s === 0 ? { ...section, text: `${section.text} quite` } : section)) } : page))
}

describe('search file names across builds', () => {
  const first = published(pages)

  it('names every file the manifest leads to, and no other', () => {
    const manifest = manifestOf(first)
    expect(manifest.labels).toHaveLength(1)
    expect(new Set(namesIn(manifest))).toEqual(new Set([...first.keys()].filter((name) => name !== SEARCH_MANIFEST)))
    expect(manifest.terms.length).toBeGreaterThan(100)
  })

  it('keeps every name when nothing changed', () => {
    const again = published(pages, first)
    expect(again).toEqual(first)
  })

  it('renames only the files an edit changed; the others keep their names and contents', () => {
    const edited = withWordChanged(pages)
    const fresh = published(edited)
    const kept = published(edited, first)
    // What the browser finds is the index built from scratch, file for file, under other names where nothing changed.
    const freshManifest = manifestOf(fresh)
    const keptManifest = manifestOf(kept)
    const contents = (files: Map<string, string>, manifest: SearchManifest) => namesIn(manifest).map((name) => files.get(name))
    expect(contents(kept, keptManifest)).toEqual(contents(fresh, freshManifest))
    const renamed = [...kept.keys()].filter((name) => name !== SEARCH_MANIFEST && !first.has(name))
    // Each file by what it is (`core`, `terms-<key>`, `text-<page>`), without its label.
    const byWhat = (files: Map<string, string>) => new Map([...files].map(([name, text]) => [name.replace(/-[0-9a-f]{12}\.json$/, ''), text]))
    const before = byWhat(first)
    const changed = namesIn(keptManifest).filter((name) => before.get(name.replace(/-[0-9a-f]{12}\.json$/, '')) !== kept.get(name))
    // The same places in both lists: a file is renamed exactly when its contents changed.
    expect(renamed.sort()).toEqual(changed.sort())
    expect(renamed.length).toBeGreaterThan(0)
    expect(renamed.length).toBeLessThan(first.size / 20)
    // A name both builds publish holds the same contents in both: a browser's copy of it stays right.
    for (const name of namesIn(keptManifest)) if (first.has(name)) expect(kept.get(name)).toBe(first.get(name))
    // The labels: this build's for what changed, the first build's for the rest.
    expect(keptManifest.labels).toEqual([freshManifest.labels[0], manifestOf(first).labels[0]])
  })

  it('keeps every other page’s text file when a page is added, and when it is removed again', () => {
    const added: SearchPage = { url: '/new-policy', title: 'A new policy', crumbs: [], sections: [{ anchor: '', heading: '', depth: 0, text: 'What the new policy says.', code: '' }] }
    const withPage = [pages[0]!, added, ...pages.slice(1)]
    const kept = published(withPage, first)
    const manifest = manifestOf(kept)
    const texts = (files: Map<string, string>) => [...files.keys()].filter((name) => name.startsWith('text-'))
    expect(new Set(manifest.textIds).size).toBe(withPage.length)
    // Only the new page's text file is new; the pages after it moved up one place and kept theirs.
    expect(texts(kept).filter((name) => !first.has(name))).toEqual([textFile(manifest, 1)])
    // Each page's text is what a build from scratch has for it.
    const fresh = published(withPage)
    for (let page = 0; page < withPage.length; page++) expect(kept.get(textFile(manifest, page))).toBe(fresh.get(textFile(manifestOf(fresh), page)))
    const removed = published(pages, kept)
    expect(texts(removed).filter((name) => !kept.has(name))).toEqual([])
    expect(manifestOf(removed).textIds).toEqual(manifest.textIds.filter((_, page) => page !== 1))
  })

  it('keeps no name from an index it cannot read as this version, nor for a file whose contents differ', () => {
    const edited = withWordChanged(pages)
    const fresh = published(edited)
    const oldVersion = new Map(first)
    oldVersion.set(SEARCH_MANIFEST, JSON.stringify({ ...manifestOf(first), version: 4 }))
    expect(published(edited, oldVersion)).toEqual(fresh)
    const garbled = new Map(first)
    garbled.set(SEARCH_MANIFEST, JSON.stringify({ version: manifestOf(first).version, labels: 'x' }))
    expect(published(edited, garbled)).toEqual(fresh)
    // A file the build before published, changed since (or gone): this build's label. Page 0's text is not edited.
    expect(manifestOf(published(edited, first)).textLabels[0]).toBe(1)
    const tampered = new Map(first)
    const text = textFile(manifestOf(first), 0)
    tampered.set(text, `${first.get(text)} `)
    expect(manifestOf(published(edited, tampered)).textLabels[0]).toBe(0)
    tampered.delete(text)
    expect(manifestOf(published(edited, tampered)).textLabels[0]).toBe(0)
  })

  it('names a term file by its key: letters and digits as they are, anything else as the hex of its UTF-8 bytes', () => {
    expect(keyName('ab')).toBe('ab')
    expect(keyName('1/')).toBe('_312f')
    expect(keyName('é')).toBe('_c3a9')
    expect(keyName('日本')).toBe('_e697a5e69cac')
    expect(keyName('𝔸')).toBe('_f09d94b8')
    const keys = manifestOf(first).terms
    expect(keys.some((key) => !/^[a-z0-9]+$/.test(key))).toBe(true)
    expect(new Set(keys.map(keyName)).size).toBe(keys.length)
    for (const key of keys) expect(keyName(key)).toMatch(/^(?:[a-z0-9]+|_[0-9a-f]+)$/)
  })
})
