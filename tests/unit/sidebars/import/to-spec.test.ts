import { describe, expect, it } from 'vitest'
import { navigationSpec, UNLISTED_GROUP } from '../../../../src/content/sidebars/import/to-spec'
import type { NavEntry, NavigationRead, NavList } from '../../../../src/content/sidebars/import/entry'
import type { NavigationPageInput } from '../../../../src/content/sidebars/import/input'
import { warning } from '../../../../src/content/common/diagnostics'
import { navPage } from './pages'

const FILE = '../_data/navigation.yml'
let line = 0

/** An entry linking to a page, with its children. */
const to = (page: NavigationPageInput, label = page.title, children: NavEntry[] = []): NavEntry => ({ label, page, children, file: FILE, line: ++line })
const section = (label: string, children: NavEntry[], fields: Partial<NavEntry> = {}): NavEntry => ({ label, children, file: FILE, line: ++line, ...fields })
const list = (key: string | undefined, entries: NavEntry[], fields: Partial<NavList> = {}): NavList => ({ ...(key !== undefined ? { key } : {}), entries, ...fields })
const navigation = (main: NavList | undefined, lists: NavList[] = [], fields: Partial<NavigationRead> = {}): NavigationRead => ({
  from: FILE,
  ...(main ? { main } : {}),
  lists,
  excluded: new Set(),
  diagnostics: [],
  ...fields,
})

const home = navPage('index.md', { title: 'Home' })
const history = navPage('about/history.md', { title: 'History' })
const values = navPage('about/values.md', { title: 'Values' })
const team = navPage('about/team/people.md', { title: 'People' })
const slack = navPage('tools/slack.md', { title: 'Slack' })
const slackRules = navPage('tools/slack/rules.md', { title: 'Rules' })
const slackBots = navPage('tools/slack/bots/index.md', { title: 'Bots' })
const faq = navPage('travel/faq.md', { title: 'FAQ', sidebar: { navigation: 'travel' } })
const booking = navPage('travel/booking.md', { title: 'Booking', sidebar: { navigation: 'travel' } })
const hotels = navPage('travel/hotels.md', { title: 'Hotels', sidebar: { navigation: 'travel' } })
const notes = navPage('misc/notes.md', { title: 'Notes' })
const zeta = navPage('zeta.md', { title: 'Zeta' })

describe('navigationSpec', () => {
  const read = navigation(
    list('primary', [
      section('About', [to(history), to(values, 'Our values'), to(history, 'History again'), { label: 'Org chart', href: 'https://example.com/org', children: [], file: FILE, line: 90 }], { folder: 'about' }),
      section('Tools', [to(slack, 'Slack chat')]),
      section('Travel', [to(faq, 'Travel FAQ'), to(booking)]),
    ]),
    [
      list('travel', [to(faq), to(hotels)], { line: 40, diagnostics: [warning('navigation-missing-page', FILE, 'in travel', 41)] }),
      list('footer', [], { line: 50, diagnostics: [warning('navigation-missing-page', FILE, 'in footer', 51)] }),
    ],
  )
  const spec = navigationSpec(read, [home, history, values, team, slack, slackRules, slackBots, faq, booking, hotels, notes, zeta], 'Handbook')
  const [main, travel] = spec.file.sidebars

  it('makes the main navigation the default sidebar and each list pages pick the sidebar named after it', () => {
    expect(spec.file.file).toBe(FILE)
    expect(spec.file.sidebars.map((sidebar) => [sidebar.name, sidebar.line])).toEqual([
      ['Handbook', 1],
      ['Travel', 40],
    ])
  })

  it('lists a page as a page once, in the sidebar it shows, and links to it elsewhere', () => {
    const about = main!.items[0]!
    expect(about).toMatchObject({ type: 'group', label: 'About' })
    expect(about.type === 'group' && about.items.slice(0, 4)).toEqual([
      // Its label is the page's title: none written.
      { type: 'page', page: 'about/history.md', line: expect.any(Number) },
      { type: 'page', page: 'about/values.md', label: 'Our values', line: expect.any(Number) },
      { type: 'link', label: 'History again', href: '/about/history', line: expect.any(Number) },
      { type: 'link', label: 'Org chart', href: 'https://example.com/org', line: 90 },
    ])
    // The FAQ picks Travel: listed there, linked from the main navigation; Booking picks Travel, which lists it not: it goes there.
    expect(main!.items[2]).toMatchObject({
      type: 'group',
      label: 'Travel',
      items: [
        { type: 'link', label: 'Travel FAQ', href: '/travel/faq' },
        { type: 'link', label: 'Booking', href: '/travel/booking' },
      ],
    })
    expect(travel!.items).toEqual([
      { type: 'page', page: 'travel/faq.md', line: expect.any(Number) },
      { type: 'page', page: 'travel/hotels.md', line: expect.any(Number) },
      { type: 'page', page: 'travel/booking.md', line: 40 },
    ])
  })

  it('puts a page the navigation lists nowhere under the deepest entry of its folder, by folder', () => {
    const about = main!.items[0]!
    // The section whose main-file-path names about/ gathers its pages, sub-folders as groups.
    expect(about.type === 'group' && about.items.slice(4)).toEqual([
      { type: 'group', label: 'Team', collapsed: true, items: [{ type: 'page', page: 'about/team/people.md', line: expect.any(Number) }], line: expect.any(Number) },
    ])
    // tools/slack.md is the page of tools/slack/: its entry becomes a group of that folder's pages.
    expect(main!.items[1]).toEqual({
      type: 'group',
      label: 'Tools',
      collapsed: true,
      line: expect.any(Number),
      items: [
        {
          type: 'group',
          label: 'Slack chat',
          page: 'tools/slack.md',
          collapsed: true,
          line: expect.any(Number),
          items: [
            { type: 'page', page: 'tools/slack/bots/index.md', line: expect.any(Number) },
            { type: 'page', page: 'tools/slack/rules.md', line: expect.any(Number) },
          ],
        },
      ],
    })
  })

  it('gathers the rest at the end of the main sidebar, under "Other pages", and leaves the home page out', () => {
    expect(main!.items.at(-1)).toEqual({
      type: 'group',
      label: UNLISTED_GROUP,
      collapsed: true,
      line: 1,
      items: [
        { type: 'group', label: 'Misc', collapsed: true, items: [{ type: 'page', page: 'misc/notes.md', line: 1 }], line: 1 },
        { type: 'page', page: 'zeta.md', line: 1 },
      ],
    })
    expect(JSON.stringify(spec.file.sidebars)).not.toContain('"index.md"')
  })

  it('reports the problems of the lists that became sidebars, and each list no page shows once', () => {
    expect(spec.diagnostics.map((d) => [d.line, d.code, d.message.split('(')[0]])).toEqual([
      [41, 'navigation-missing-page', 'in travel'],
      [50, 'navigation-unused', 'the list "footer" is shown by no page '],
    ])
    expect(spec.diagnostics[1]!.message).toBe(
      'the list "footer" is shown by no page (none has sidebar: {navigation: footer}), so it is no sidebar here. Pick it on the pages that showed it with sidebar: {navigation: footer}; the old site\'s templates may have shown it elsewhere (a footer or a menu)',
    )
  })
})

describe('navigationSpec: the pages’ sidebar fields', () => {
  it('drops, with a warning at its line, a field naming no list or sidebar; the main list is the default sidebar', () => {
    const lost = navPage('a.md', { title: 'A', sidebar: { navigation: 'nope' } })
    const named = navPage('b.md', { title: 'B', sidebar: 'Elsewhere' })
    const primary = navPage('c.md', { title: 'C', sidebar: { navigation: 'primary' } })
    const spec = navigationSpec(navigation(list('primary', [to(lost), to(named), to(primary)]), [list('travel', [])]), [lost, named, primary], 'Handbook')
    expect(spec.diagnostics).toEqual([
      warning(
        'navigation-unused',
        FILE,
        'the list "travel" is shown by no page (none has sidebar: {navigation: travel}), so it is no sidebar here. Pick it on the pages that showed it with sidebar: {navigation: travel}; the old site\'s templates may have shown it elsewhere (a footer or a menu)',
      ),
      warning(
        'navigation-unknown-list',
        'a.md',
        '"sidebar: {navigation: nope}" names no list of ../_data/navigation.yml (its lists: primary, travel), so the page shows the sidebar it is listed in. Name one of them',
        3,
      ),
      warning(
        'navigation-unknown-list',
        'b.md',
        '"sidebar: Elsewhere" names no sidebar of the imported navigation (Handbook), so the page shows the sidebar it is listed in. Name one of them, or remove the field',
        3,
      ),
    ])
    expect(spec.pages.map((page) => page.sidebarField?.name)).toEqual([undefined, undefined, 'Handbook'])
  })

  it('makes the main sidebar of unlisted pages alone when the data has no main list, and leaves excluded pages out', () => {
    const spec = navigationSpec(navigation(undefined, [], { excluded: new Set(['zeta.md']) }), [notes, zeta], 'Handbook')
    expect(spec.file.sidebars).toEqual([{ name: 'Handbook', line: 1, items: [{ type: 'page', page: 'misc/notes.md', line: 1 }] }])
  })
})
