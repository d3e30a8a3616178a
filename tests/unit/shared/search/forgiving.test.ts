/**
 * Search that forgives, on a small handbook of our own text: typos,
 * synonyms (built in and synonyms.yml), and the page about the topic first
 * (BM25 over fields, page-level aggregation, phrase bonus).
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { buildSearchIndex, searchIndexFiles, type SearchPage } from '../../../../src/content/features/search/build'
import { readSynonyms } from '../../../../src/content/features/search/synonyms-file'
import type { Diagnostic } from '../../../../src/content/common/diagnostics'
import { SearchEngine } from '../../../../src/shared/search/engine'
import { inflectionStems } from '../../../../src/shared/search/inflection'
import { Synonyms } from '../../../../src/shared/search/synonyms'
import { queryTerms, tokenize } from '../../../../src/shared/search/tokenize'

const section = (heading: string, text: string, code = '') => ({
  anchor: heading
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .replace(/ /g, '-'),
  heading,
  depth: 2,
  text,
  code,
})
const top = (text: string) => ({ anchor: '', heading: '', depth: 0, text, code: '' })

const PAGES: SearchPage[] = [
  {
    url: '/people/compensation',
    title: 'Compensation',
    crumbs: ['People'],
    sections: [
      top('How we decide what everyone is paid, and how salary changes over time.'),
      section('Salary bands', 'Every role has a salary band. Your salary sits inside the band for your level.'),
      section('Reviews and raises', 'Salary reviews happen twice a year; a raise follows a promotion.'),
      section('Equity', 'Everyone gets stock options.'),
    ],
  },
  {
    url: '/finance/invoices',
    title: 'Invoicing customers',
    crumbs: ['Finance'],
    sections: [
      top('How finance bills customers each month.'),
      section('Non-Salary Invoice Line Items', 'Line items for hardware, travel and licences are listed separately.'),
      section('Sending invoices', 'Invoices go out on the first working day of the month.'),
    ],
  },
  {
    url: '/people/leave-policy',
    title: 'Leave policy',
    crumbs: ['People'],
    sections: [
      top('Everyone needs rest. This policy covers vacation and other leave.'),
      section('Booking', 'Book vacation in the calendar two weeks ahead. Vacation of more than ten days needs your lead. Unused vacation carries over.'),
      section('Vacation days', 'You get 25 vacation days a year, plus public holidays.'),
      section('Sick leave', 'Tell your lead when you are ill; no note is needed for three days.'),
    ],
  },
  {
    url: '/company/offsites',
    title: 'Team offsites',
    crumbs: ['Company'],
    sections: [top('Once a year each team meets in person.'), section('Vacation rentals', 'We book a house for the team. Days are planned in advance.')],
  },
  {
    url: '/company/meetings',
    title: 'Meetings',
    crumbs: ['Company'],
    sections: [
      top('How we meet, and when not to.'),
      section('Weekly one-on-ones', 'Every report has a weekly 1:1 with their manager, thirty minutes.'),
      section('All hands', 'Monthly, recorded for those in other time zones.'),
    ],
  },
  {
    url: '/tools/ci',
    title: 'Continuous integration',
    crumbs: ['Engineering'],
    sections: [top('Every pull request runs the test suite. Ask the platform team (the PLT) for help.')],
  },
  {
    url: '/security/accounts',
    title: 'Accounts',
    crumbs: ['Security'],
    sections: [top('Sign in to every work tool through Okta SSO.'), section('2FA', 'Turn on 2FA with a hardware key on the first day.')],
  },
  {
    url: '/engineering/incidents',
    title: 'Incident response',
    crumbs: ['Engineering'],
    sections: [top('When a customer-facing incident starts, page the on-call engineer and open a channel.')],
  },
  {
    url: '/people/offboarding',
    title: 'Offboarding',
    crumbs: ['People'],
    sections: [top('What happens in your last two weeks: handing over work and returning equipment.')],
  },
  {
    url: '/finance/expenses',
    title: 'Expenses',
    crumbs: ['Finance'],
    sections: [top('Claim reimbursement within a month; attach every receipt.'), section('Travel', 'Book travel through the portal.')],
  },
  { url: '/it/laptops', title: 'Ordering a laptop', crumbs: ['IT'], sections: [top('IT ships the laptop to your home.')] },
  { url: '/it/hardware', title: 'Ordering hardware', crumbs: ['IT'], sections: [top('IT ships the hardware to your home.')] },
  {
    url: '/offices/tokyo',
    title: '東京オフィス',
    crumbs: ['Offices'],
    sections: [top('東京オフィスは渋谷にあります。'), section('入館方法', '受付で名前を伝えてください。')],
  },
]

let engine: SearchEngine

async function pagesFor(query: string): Promise<string[]> {
  return (await engine.search(query)).pages.map((page) => page.url)
}

beforeAll(async () => {
  const files = new Map(searchIndexFiles(buildSearchIndex(PAGES, [['PLT', 'platform team', 'devops']])).map((file) => [file.path.split('/').pop()!, file.contents]))
  engine = await SearchEngine.open(async (name) => JSON.parse(files.get(name)!) as unknown)
})

describe('ranking: the page about the topic first', () => {
  it('"salary" finds the compensation page before a page with one heading "Non-Salary Invoice Line Items"', async () => {
    const pages = await pagesFor('salary')
    expect(pages[0]).toBe('/people/compensation')
    expect(pages.indexOf('/finance/invoices')).toBeGreaterThan(0)
  })

  it('"vacation" finds the policy whose text says vacation many times before a stray heading', async () => {
    expect((await pagesFor('vacation'))[0]).toBe('/people/leave-policy')
  })

  it('"compe" finds compensation as a prefix', async () => {
    expect((await pagesFor('compe'))[0]).toBe('/people/compensation')
  })

  it('"vacation days" puts the section with the phrase first', async () => {
    const results = await engine.search('vacation days')
    expect(results.pages[0]!.url).toBe('/people/leave-policy')
    expect(results.pages[0]!.sections[0]!.anchor).toBe('vacation-days')
  })

  it('keeps results grouped by page, best section first', async () => {
    const results = await engine.search('salary')
    const compensation = results.pages[0]!
    expect(compensation.sections.map((s) => s.anchor)).toContain('salary-bands')
    const scores = compensation.sections.map((s) => s.score)
    expect([...scores].sort((a, b) => b - a)).toEqual(scores)
    expect(new Set(results.pages.map((page) => page.url)).size).toBe(results.pages.length)
  })
})

describe('words in another form than the pages use', () => {
  it('"reimbursed" finds the page that says "reimbursement", typed whole or still being typed', async () => {
    expect((await pagesFor('reimbursed '))[0]).toBe('/finance/expenses')
    expect((await pagesFor('reimbursed'))[0]).toBe('/finance/expenses')
    expect((await pagesFor('how do I get reimbursed for travel'))[0]).toBe('/finance/expenses')
  })

  it('marks the words of that form in the snippet', async () => {
    const results = await engine.addSnippets(await engine.search('reimbursed '))
    const marked = results.pages[0]!.sections.flatMap((s) => (s.snippet ? s.snippet.marks.map(([a, b]) => s.snippet!.text.slice(a, b).toLowerCase()) : []))
    expect(marked).toEqual(['reimbursement'])
  })

  it('strips an ending only for a word no page uses, and never below four letters', () => {
    expect(inflectionStems('reimbursed')).toEqual(['reimburs'])
    expect(inflectionStems('travelled')).toEqual(['travell', 'travel'])
    expect(inflectionStems('hiring')).toEqual([])
    expect(inflectionStems('休暇')).toEqual([])
  })
})

describe('typos', () => {
  it('finds words one edit away and says what it searched', async () => {
    const results = await engine.search('vacaton')
    expect(results.pages[0]!.url).toBe('/people/leave-policy')
    expect(results.correctedQuery).toBe('vacation')
  })

  it('counts a transposition as one edit', async () => {
    expect((await pagesFor('compensaiton'))[0]).toBe('/people/compensation')
    expect((await pagesFor('salray'))[0]).toBe('/people/compensation')
  })

  it('corrects one word of two', async () => {
    const results = await engine.search('vacaton days')
    expect(results.pages[0]!.url).toBe('/people/leave-policy')
    expect(results.correctedQuery).toBe('vacation days')
  })

  it('ranks corrections below the word itself', async () => {
    // "rentals" is a word of the offsites page; "rental" typed exactly wins over any near word.
    expect((await pagesFor('rentals'))[0]).toBe('/company/offsites')
    expect((await engine.search('rentals')).correctedQuery).toBeUndefined()
  })

  it('leaves words under four letters and Japanese alone', async () => {
    expect(await pagesFor('ekv')).toEqual([])
    expect((await pagesFor('東京'))[0]).toBe('/offices/tokyo')
    expect((await pagesFor('入館'))[0]).toBe('/offices/tokyo')
    expect(await pagesFor('西京')).toEqual([])
  })

  it('marks corrected words in the results', async () => {
    const results = await engine.addSnippets(await engine.search('vacaton'))
    const marked = results.pages[0]!.sections.flatMap((s) => (s.snippet ? s.snippet.marks.map(([a, b]) => s.snippet!.text.slice(a, b).toLowerCase()) : []))
    expect(marked).toContain('vacation')
  })
})

describe('synonyms', () => {
  it('"pto" and "time off" find the leave policy (built in, one word and several)', async () => {
    expect((await pagesFor('pto'))[0]).toBe('/people/leave-policy')
    expect((await pagesFor('time off'))[0]).toBe('/people/leave-policy')
  })

  it('"pay" finds compensation; a synonym ranks below the word itself', async () => {
    expect((await pagesFor('pay'))[0]).toBe('/people/compensation')
    expect((await pagesFor('remuneration'))[0]).toBe('/people/compensation')
    // Two pages alike but for the word: each query finds its own word's page first, the synonym's next.
    expect((await pagesFor('laptop')).slice(0, 2)).toEqual(['/it/laptops', '/it/hardware'])
    expect((await pagesFor('hardware')).slice(0, 2)).toEqual(['/it/hardware', '/it/laptops'])
  })

  it('"1:1" and "one on one" find the one-on-ones', async () => {
    expect((await pagesFor('1:1'))[0]).toBe('/company/meetings')
    expect((await pagesFor('one on one'))[0]).toBe('/company/meetings')
  })

  it('knows the common abbreviations of accounts, incidents and leaving (built in)', async () => {
    expect((await pagesFor('single sign-on'))[0]).toBe('/security/accounts')
    expect((await pagesFor('two-factor authentication'))[0]).toBe('/security/accounts')
    expect((await pagesFor('mfa'))[0]).toBe('/security/accounts')
    expect((await pagesFor('outage'))[0]).toBe('/engineering/incidents')
    expect((await pagesFor('pager duty'))[0]).toBe('/engineering/incidents')
    expect((await pagesFor('quitting'))[0]).toBe('/people/offboarding')
  })

  it("uses the handbook's own groups (synonyms.yml)", async () => {
    expect((await pagesFor('devops'))[0]).toBe('/tools/ci')
  })

  it('marks synonym words in the results', async () => {
    const results = await engine.addSnippets(await engine.search('pto'))
    const marked = results.pages[0]!.sections.flatMap((s) => (s.snippet ? s.snippet.marks.map(([a, b]) => s.snippet!.text.slice(a, b).toLowerCase()) : []))
    expect(marked.some((word) => word.startsWith('vacation') || word === 'leave')).toBe(true)
  })

  it('groups a multi-word entry of the query into one unit', () => {
    const units = new Synonyms().units(queryTerms('time off policy'))
    expect(units.map((unit) => unit.words.map((w) => w.term).join(' '))).toEqual(['time off', 'policy'])
    expect(units[0]!.synonyms.map((s) => s.label)).toContain('vacation')
    expect(units[0]!.synonyms.map((s) => s.label)).toContain('pto')
  })
})

describe('punctuated terms', () => {
  it('keeps numbers joined by ":" or "/" as one term, in text and in queries alike', () => {
    expect(tokenize('a weekly 1:1, on call 24/7 from 10:30')).toEqual(['weekly', '1:1', 'call', '24/7', '10:30'])
    expect(queryTerms('1:1').map((t) => t.term)).toEqual(['1:1'])
    expect(tokenize('one-on-one')).toEqual(['one', 'one', 'oneonone'])
  })
})

describe('synonyms.yml', () => {
  const read = (text: string) => {
    const diagnostics: Diagnostic[] = []
    const groups = readSynonyms('synonyms.yml', text, diagnostics)
    return { groups, problems: diagnostics.map((d) => `${d.severity} ${d.line}:${d.column} ${d.message}`) }
  }

  it('reads a list of groups, in either YAML list form', () => {
    expect(read('- [PTO, time off]\n- - OKR\n  - objectives and key results\n')).toEqual({
      groups: [
        ['PTO', 'time off'],
        ['OKR', 'objectives and key results'],
      ],
      problems: [],
    })
    expect(read('')).toEqual({ groups: [], problems: [] })
  })

  it('reports mistakes at their line with the fix, and keeps the good groups', () => {
    const { groups, problems } = read('- [PTO, time off]\n- vacation\n- [alone]\n- [ok, fine, {a: 1}]\n- ["--", leave, holiday]\n')
    expect(groups).toEqual([['PTO', 'time off']])
    expect(problems[0]).toMatch(/^error 2:3 a group must be a list of terms/)
    expect(problems[1]).toMatch(/^error 3:3 a group needs two or more terms/)
    expect(problems[2]).toMatch(/^error 4:14 a term must be a word/)
    expect(problems[3]).toMatch(/^error 5:4 the term "--" has no searchable word/)
  })

  it('reports malformed YAML and a file that is not a list', () => {
    expect(read('- [PTO, time off\n').problems[0]).toMatch(/^error \d+:\d+ malformed YAML/)
    expect(read('pto: vacation\n').problems).toEqual([expect.stringMatching(/^error 1:1 this file must be a list of groups/)])
  })

  it('warns about a term written twice in a group', () => {
    expect(read('- [PTO, pto, time off]\n')).toEqual({ groups: [['PTO', 'time off']], problems: [expect.stringMatching(/^warning 1:9 "pto" is already in this group/)] })
  })
})
