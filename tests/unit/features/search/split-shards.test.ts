/**
 * A two-letter key too large for one shard is cut by its third letter; its
 * vocabulary file lets a typo after the second letter still be corrected.
 */
import { describe, expect, it } from 'vitest'
import { buildSearchIndex, searchIndexFiles, type SearchPage } from '../../../../src/content/features/search/build'
import { SEARCH_MANIFEST, type SearchManifest } from '../../../../src/shared/search/format'
import { SearchEngine } from '../../../../src/shared/search/engine'

const letters = 'abcdefghijklmnopqrstuvwxyz'
/** Many made-up words starting with "re", so the key "re" is split. */
const filler = Array.from({ length: 2500 }, (_, i) => `re${letters[i % 26]}${letters[Math.floor(i / 26) % 26]}${letters[Math.floor(i / 676) % 26]}x`).join(' ')

const PAGES: SearchPage[] = [
  { url: '/remote', title: 'Working from anywhere', crumbs: [], sections: [{ anchor: '', heading: '', depth: 0, text: 'Remote work is welcome. Remote teams meet once a year.', code: '' }] },
  { url: '/filler', title: 'Glossary', crumbs: [], sections: [{ anchor: '', heading: '', depth: 0, text: filler, code: '' }] },
]

describe('split term keys', () => {
  it('cuts a large key by its third letter and still corrects typos after the second', async () => {
    const files = new Map(searchIndexFiles(buildSearchIndex(PAGES)).map((file) => [file.path.split('/').pop()!, file.contents]))
    const manifest = JSON.parse(files.get(SEARCH_MANIFEST)!) as SearchManifest
    expect(manifest.vocabulary).toEqual(['re'])
    expect(manifest.terms).toContain('rem')
    const loaded: string[] = []
    const engine = await SearchEngine.open(async (name) => {
      loaded.push(name)
      return JSON.parse(files.get(name)!) as unknown
    })
    expect((await engine.search('remote')).pages[0]!.url).toBe('/remote')
    expect(loaded.some((name) => name.startsWith('vocab-'))).toBe(false)
    const typo = await engine.search('reomte')
    expect(typo.pages[0]!.url).toBe('/remote')
    expect(typo.correctedQuery).toBe('remote')
    expect(loaded.some((name) => name.startsWith('vocab-'))).toBe(true)
  })
})
