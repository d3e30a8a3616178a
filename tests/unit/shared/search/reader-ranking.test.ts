/**
 * Ranking that a reader expects and marks on only what matched (issue 35),
 * on a small handbook shaped like the real ones where the old ranking went
 * wrong: a page titled exactly as the query under pages whose titles hold a
 * longer word built on it, "time off" bringing up "Offboarding", a question
 * matched on "how", synonyms and their phrases marked word by word.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { buildSearchIndex, searchIndexFiles, type SearchPage } from '../../../../src/content/features/search/build'
import { SearchEngine, type SearchResults } from '../../../../src/shared/search/engine'

const section = (heading: string, text: string) => ({ anchor: heading.toLowerCase().replace(/ /g, '-'), heading, depth: 2, text, code: '' })
const top = (text: string) => ({ anchor: '', heading: '', depth: 0, text, code: '' })

const PAGES: SearchPage[] = [
  {
    url: '/company/evaluating-values',
    title: 'Evaluating values',
    crumbs: ['Company'],
    sections: [top('How we check that our values hold: values in interviews, values in reviews, values in promotions.'), section('Values in reviews', 'Reviews ask about our values.')],
  },
  {
    url: '/company/value-drivers',
    title: 'Value drivers',
    crumbs: ['Company'],
    sections: [top('The values behind each value driver, and the values of the sales team. Values, values, values.')],
  },
  { url: '/company/values', title: 'Values', crumbs: ['Company'], sections: [top('What we care about: candour, care and craft.')] },
  {
    url: '/people/offboarding',
    title: 'Offboarding',
    crumbs: ['People'],
    sections: [top('When someone leaves: the offboarding checklist, the offer of an exit interview, and time to hand over.'), section('Offboarding checklist', 'Return the laptop on your last day.')],
  },
  {
    url: '/people/planned-time-off',
    title: 'Planned Time Off',
    crumbs: ['People'],
    sections: [top('Book planned time off in the calendar two weeks ahead.'), section('Public holidays', 'Public holidays are not taken from your allowance.')],
  },
  {
    url: '/people/how-we-work',
    title: 'How we work',
    crumbs: ['People'],
    sections: [top('How we do things here: how to ask, how to decide, how to request help, how to disagree.')],
  },
  {
    url: '/people/out-of-office',
    title: 'Autoreplies',
    crumbs: ['People'],
    sections: [top('Set an out of office reply before you go. Some of the office plants need water.')],
  },
  { url: '/people/leave', title: 'Leave types', crumbs: ['People'], sections: [top('Annual leave, sick leave and unpaid leave: what each covers. Annual leave accrues monthly.')] },
  { url: '/data/metrics-guide', title: 'Metrics guide', crumbs: ['Data'], sections: [top('The metrics we track: metrics for sales and metrics for support.')] },
  { url: '/data/metric-checklist', title: 'Metric checklist', crumbs: ['Data'], sections: [top('Check each metric before a dashboard shows it.')] },
]

let engine: SearchEngine

beforeAll(async () => {
  const files = new Map(searchIndexFiles(buildSearchIndex(PAGES)).map((file) => [file.path.split('/').pop()!, file.contents]))
  engine = await SearchEngine.open(async (name) => JSON.parse(files.get(name)!) as unknown)
})

const pagesFor = async (query: string) => (await engine.search(query)).pages.map((page) => page.url)

function marked(results: SearchResults): string[] {
  return results.pages.flatMap((page) => page.sections.flatMap((s) => (s.snippet ? s.snippet.marks.map(([a, b]) => s.snippet!.text.slice(a, b).toLowerCase()) : [])))
}

describe('ranking a reader expects', () => {
  it('puts the page titled exactly as the query first, above titles with a longer word built on it and pages that repeat it', async () => {
    expect((await pagesFor('values'))[0]).toBe('/company/values')
    expect((await pagesFor('Values'))[0]).toBe('/company/values')
  })

  it('ranks a whole word above the words it begins: "time off" is not "Offboarding"', async () => {
    const pages = await pagesFor('time off')
    expect(pages[0]).toBe('/people/planned-time-off')
    expect(pages.indexOf('/people/offboarding')).not.toBe(1)
  })

  it('puts a title with the word as typed above one with a form of it that folds to the same word', async () => {
    // "metrics" is indexed as "metric": as written, "Metric checklist" has the word typed, "Metrics guide" a longer one.
    expect(await pagesFor('metric')).toEqual(['/data/metric-checklist', '/data/metrics-guide'])
    expect(await pagesFor('metrics')).toEqual(['/data/metrics-guide', '/data/metric-checklist'])
  })

  it('matches a question on its content words, not on "how"', async () => {
    expect((await pagesFor('how do I request time off'))[0]).toBe('/people/planned-time-off')
    // Alone, a question word is still a word: the page titled with it is found.
    expect((await pagesFor('how we work'))[0]).toBe('/people/how-we-work')
  })

  it('never puts a synonym above the word itself', async () => {
    // "annual leave" and "leave" are synonyms of "time off"; the page titled with "time off" comes first.
    const pages = await pagesFor('time off')
    expect(pages.indexOf('/people/planned-time-off')).toBeLessThan(pages.indexOf('/people/leave'))
  })
})

describe('marks only what matched', () => {
  it('never marks a common word or a word the typed word only begins', async () => {
    const words = marked(await engine.addSnippets(await engine.search('time off')))
    expect(words).toContain('time off'.split(' ')[1])
    expect(words).not.toContain('of')
    expect(words).not.toContain('offer')
    expect(words).not.toContain('offboarding')
  })

  it('marks a synonym of several words whole, where its words stand together, never word by word', async () => {
    const words = marked(await engine.addSnippets(await engine.search('pto')))
    expect(words).toContain('out of office')
    expect(words).toContain('annual leave')
    expect(words).not.toContain('office')
    expect(words).not.toContain('out')
  })
})
