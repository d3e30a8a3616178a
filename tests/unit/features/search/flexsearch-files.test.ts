/**
 * The search files are FlexSearch's own: the core and term files hold the
 * exported `map` entries of one FlexSearch index per field, which a plain
 * FlexSearch `Index` imports and answers from, with the term frequency (text,
 * code) or first position (titles, headings) as each hit's resolution slot.
 * The files carry each slot's ids as differences (packEntries), a
 * transport encoding: unpacked, they are FlexSearch's export exactly.
 * Run on FlexSearch's compact build, the one the browser gets
 * (src/node/client-bundle.ts), which answers a term's ids without their slots.
 */
import FlexSearch from 'flexsearch'
import { describe, expect, it, vi } from 'vitest'
import { buildSearchIndex, searchIndexFiles, type SearchPage } from '../../../../src/content/features/search/build'
import { SEARCH_MANIFEST, coreFile, termShardFile, type SearchCoreFile, type SearchManifest, type SearchTermShard } from '../../../../src/shared/search/format'
import { fieldIndex, packEntries, unpackEntries, type FlexMapEntry } from '../../../../src/shared/search/flex'
import { SearchEngine } from '../../../../src/shared/search/engine'

// @ts-expect-error: the build file has no typings of its own (they are the package's, as 'flexsearch').
vi.mock('flexsearch', () => import('../../../../node_modules/flexsearch/dist/flexsearch.compact.module.min.js'))

const PAGES: SearchPage[] = [
  {
    url: '/time-off',
    title: 'Planned time off',
    crumbs: ['People'],
    sections: [
      { anchor: '', heading: '', depth: 0, text: 'Book the rota early. The rota is shared.', code: '' },
      { anchor: 'booking', heading: 'Booking your rota', depth: 2, text: 'Use the rota form. Rota, rota, rota.', code: 'rota --book' },
    ],
  },
  { url: '/values', title: 'Values', crumbs: [], sections: [{ anchor: '', heading: '', depth: 0, text: 'We value candour and keep a rota of hosts.', code: '' }] },
]

function files(): Map<string, string> {
  return new Map(searchIndexFiles(buildSearchIndex(PAGES)).map((file) => [file.path.split('/').pop()!, file.contents]))
}

/** A plain FlexSearch index of a file's entries, unpacked. */
function importInto(packed: FlexMapEntry[]): InstanceType<typeof FlexSearch.Index> {
  const index = new FlexSearch.Index({ encode: (term: string) => [term] })
  index.import('map', JSON.stringify(unpackEntries(packed)))
  return index
}

describe('search files as FlexSearch exports', () => {
  it('holds the title index in the core: page numbers filed by the word’s position in the title', () => {
    const published = files()
    const manifest = JSON.parse(published.get(SEARCH_MANIFEST)!) as SearchManifest
    const core = JSON.parse(published.get(coreFile(manifest))!) as SearchCoreFile
    const titles = importInto(core.index.title)
    expect(titles.search('time')).toEqual([0])
    expect(titles.search('value')).toEqual([1])
    // "Planned time off": "off" is the third word of the title.
    expect(core.index.title.find(([term]) => term === 'off')![1]).toEqual([null, null, [0]])
    // Breadcrumbs by trail: "People" is trail 0, which the first page has.
    expect(importInto(core.index.crumbs).search('people')).toEqual([0])
    expect(core.crumbs[core.pages.crumbs[0]!]).toEqual(['People'])
  })

  it('packs ids as differences and unpacks them to FlexSearch’s own export', () => {
    const index = fieldIndex('text', (text) => text.split(' '))
    for (const [id, text] of [
      [3, 'a b'],
      [40_017, 'a'],
      [40_020, 'a a'],
      [40_100, 'a a'],
    ] as const)
      index.add(id, text)
    const exported: FlexMapEntry[] = []
    void index.export((key: string, data: string) => {
      if (key.endsWith('map')) exported.push(...(JSON.parse(data) as FlexMapEntry[]))
    })
    const packed = packEntries(exported)
    expect(packed.find(([term]) => term === 'a')![1]).toEqual([
      [3, 40_014],
      [40_020, 80],
    ])
    expect(unpackEntries(packed)).toEqual(exported)
  })

  it('holds the section fields per term key: section numbers filed by term frequency in text', () => {
    const published = files()
    const manifest = JSON.parse(published.get(SEARCH_MANIFEST)!) as SearchManifest
    const shard = JSON.parse(published.get(termShardFile(manifest, manifest.terms.indexOf('ro')))!) as SearchTermShard
    expect(shard.index.text.map(([term]) => term)).toEqual(['rota'])
    // Sections are numbered over the pages: 0 and 1 on the first page, 2 on the second.
    const text = importInto(shard.index.text)
    expect([...(text.search('rota') as number[])].sort()).toEqual([0, 1, 2])
    // Twice in the top section (slot 1), four times in "Booking" (slot 3), once on the second page (slot 0).
    expect(unpackEntries(shard.index.text)[0]![1]).toEqual([[2], [0], null, [1]])
    expect(importInto(shard.index.heading).search('rota')).toEqual([1])
    expect(importInto(shard.index.code).search('rota')).toEqual([1])
  })

  it('answers the engine from those indexes: more occurrences in a section rank it higher', async () => {
    // The compact build answers ids only, its slots flattened (no Resolver): the engine cuts them back by the imported sizes.
    expect(importInto(packEntries([['rota', [[2], [0]]]])).search('rota', { resolve: false })).toEqual([2, 0])
    const published = files()
    const engine = await SearchEngine.open(async (name) => JSON.parse(published.get(name)!) as unknown)
    const results = await engine.search('rota')
    expect(results.pages.map((page) => page.url)).toEqual(['/time-off', '/values'])
    expect(results.pages[0]!.sections[0]!.anchor).toBe('booking')
  })
})
