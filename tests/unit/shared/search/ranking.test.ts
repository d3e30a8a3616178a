import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { resolveSettings } from '../../../../src/content/settings'
import { loadHandbook } from '../../../../src/content'
import { buildSearchIndex, searchIndexFiles, searchPages } from '../../../../src/content/features/search/build'
import { SearchEngine } from '../../../../src/shared/search/engine'
import { highlight, snippet } from '../../../../src/shared/search/highlight'
import { SEARCH_MANIFEST, coreFile, type SearchManifest } from '../../../../src/shared/search/format'
import { queryTerms } from '../../../../src/shared/search/tokenize'

let engine: SearchEngine
let files: Map<string, string>
const loaded: string[] = []

beforeAll(async () => {
  const settings = resolveSettings({}, { HANDBOOK_CONTENT_DIR: path.join(__dirname, '..', '..', '..', 'fixtures', 'search') }, process.cwd())
  const handbook = loadHandbook(settings, { includeDrafts: false, hrefPrefix: '' })
  files = new Map(searchIndexFiles(buildSearchIndex(searchPages(handbook))).map((file) => [file.path.split('/').pop()!, file.contents]))
  engine = await SearchEngine.open(async (name) => {
    loaded.push(name)
    const contents = files.get(name)
    if (contents === undefined) throw new Error(`no file ${name}`)
    return JSON.parse(contents) as unknown
  })
})

/** `url#anchor` of the best sections, best first. */
async function top(query: string, count = 3): Promise<string[]> {
  const results = await engine.search(query)
  return results.pages
    .flatMap((page) => page.sections.map((section) => ({ at: `${page.url}${section.anchor ? `#${section.anchor}` : ''}`, score: section.score })))
    .sort((a, b) => b.score - a.score)
    .slice(0, count)
    .map((hit) => hit.at)
}

async function pagesFor(query: string): Promise<string[]> {
  return (await engine.search(query)).pages.map((page) => page.url)
}

describe('ranking', () => {
  it('a title match beats many body matches', async () => {
    expect(await pagesFor('onboarding')).toEqual(['/people/onboarding', '/people/benefits'])
    expect((await top('onboarding', 1))[0]).toBe('/people/onboarding')
  })

  it('a heading match returns that section', async () => {
    expect((await top('first week', 1))[0]).toBe('/people/onboarding#your-first-week')
    expect((await top('equipment', 1))[0]).toBe('/people/onboarding#equipment')
    expect((await top('travel', 1))[0]).toBe('/people/expenses#travel-policies')
  })

  it('matches prefixes as you type', async () => {
    for (const typed of ['o', 'on', 'onb', 'onbo', 'onboard']) expect((await pagesFor(typed))[0], typed).toBe('/people/onboarding')
    expect((await top('equip', 1))[0]).toBe('/people/onboarding#equipment')
  })

  it('finds plurals and singulars alike', async () => {
    expect((await pagesFor('expense'))[0]).toBe('/people/expenses')
    expect((await pagesFor('expenses'))[0]).toBe('/people/expenses')
    expect((await top('travel policy', 1))[0]).toBe('/people/expenses#travel-policies')
    expect((await top('polici', 1))[0]).toBe('/people/expenses#travel-policies')
  })

  it('folds accents both ways', async () => {
    expect((await pagesFor('cafe'))[0]).toBe('/company/cafe')
    expect((await pagesFor('Café'))[0]).toBe('/company/cafe')
    expect((await pagesFor('creme brulee'))[0]).toBe('/company/cafe')
    expect((await pagesFor('zurich'))[0]).toBe('/company/cafe')
  })

  it('finds Japanese words, in the title and in sections', async () => {
    expect((await pagesFor('東京'))[0]).toBe('/offices/tokyo')
    expect((await pagesFor('オフィス'))[0]).toBe('/offices/tokyo')
    expect((await top('入館', 1))[0]).toBe('/offices/tokyo#入館方法')
    expect((await top('利用', 1))[0]).toBe('/offices/tokyo#利用時間')
    expect((await top('東', 1))[0]).toBe('/offices/tokyo')
    // Latin words inside Japanese text are words, not letters.
    expect((await pagesFor('tokyo'))[0]).toBe('/offices/tokyo')
    expect(await pagesFor('ky')).not.toContain('/offices/tokyo')
  })

  it('ranks text above code', async () => {
    expect(await pagesFor('kubectl')).toEqual(['/engineering/deploys', '/engineering/clusters'])
    expect((await top('rollout undo', 1))[0]).toBe('/engineering/deploys#rolling-back')
  })

  it('requires every word, and falls back to some of them', async () => {
    expect(await pagesFor('receipt photograph')).toEqual(['/people/expenses'])
    const partial = await engine.search('receipt zebra')
    expect(partial.partial).toBe(true)
    expect(partial.pages[0]!.url).toBe('/people/expenses')
    expect((await engine.search('zebra')).pages).toEqual([])
  })

  it('searches MDX pages: text inside components, not their code', async () => {
    expect((await pagesFor('production freeze'))[0]).toBe('/engineering/freeze')
    expect((await top('hotfix', 1))[0]).toBe('/engineering/freeze#hotfixes')
    expect(await pagesFor('const')).toEqual([])
  })

  it('leaves out pages with search: false', async () => {
    expect(await pagesFor('zanzibar')).toEqual([])
    expect(await pagesFor('board minutes')).toEqual([])
  })

  it('groups sections by page, with the breadcrumb', async () => {
    const results = await engine.search('onboarding')
    const [onboarding] = results.pages
    expect(onboarding!.title).toBe('Onboarding')
    expect(onboarding!.crumbs).toEqual(['People'])
    expect(onboarding!.sections[0]!.anchor).toBe('')
  })
})

describe('loading', () => {
  it('opens with the manifest and the core file; text for snippets comes with the results shown', async () => {
    const manifest = JSON.parse(files.get(SEARCH_MANIFEST)!) as SearchManifest
    expect(loaded.slice(0, 2)).toEqual([SEARCH_MANIFEST, coreFile(manifest)])
    const results = await engine.addSnippets(await engine.search('receipt'))
    const section = results.pages[0]!.sections.find((s) => s.anchor === 'receipts')!
    expect(section.snippet).toEqual({ text: 'Photograph every receipt.', marks: [[17, 24]] })
    expect(loaded.some((name) => name.startsWith('text-'))).toBe(true)
  })
})

describe('snippets and highlights', () => {
  const terms = queryTerms('onerror script')

  it('marks matched words and leaves the text as it is (the page escapes it)', () => {
    const marked = highlight('<img src=x onerror=alert(1)> <script>', terms)
    expect(marked.text).toBe('<img src=x onerror=alert(1)> <script>')
    expect(marked.marks.map(([a, b]) => marked.text.slice(a, b))).toEqual(['onerror', 'script'])
  })

  it('cuts a window around the first match at word boundaries', () => {
    const text = `${'word '.repeat(40)}the onerror handler ${'tail '.repeat(40)}`.trim()
    const cut = snippet(text, terms)!
    expect(cut.text.startsWith('…word')).toBe(true)
    expect(cut.text.endsWith('…')).toBe(true)
    expect(cut.marks.map(([a, b]) => cut.text.slice(a, b))).toEqual(['onerror'])
    expect(cut.text.length).toBeLessThanOrEqual(175)
  })

  it('marks CJK matches inside runs', () => {
    const marked = highlight('ビルの入館には', queryTerms('入館'))
    expect(marked.marks.map(([a, b]) => marked.text.slice(a, b))).toEqual(['入館'])
  })
})
