/**
 * Frontmatter from PostHog's site does not rearrange the handbook (issue 29,
 * part 3), on a fixture in its shape: pages under handbook/ with
 * `sidebar: Handbook`, one with `sidebar: Docs`, `showTitle: false` with and
 * without a `# heading`, a page without frontmatter whose first heading is
 * lowercase. The check (no Gatsby build) and the loaded handbook.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { loadHandbook, type Handbook, type Page } from '../../src/content'
import { resolveSettings } from '../../src/content/settings'
import { sectionCards } from '../../src/shared/page-view'
import { projectRoot } from '../../scripts/lib/site'
import { checkFixture, type CheckedFixture } from '../support/fixture-site'

let checked: CheckedFixture
let handbook: Handbook

beforeAll(async () => {
  checked = await checkFixture('posthog-nav')
  handbook = loadHandbook(resolveSettings({ title: 'PostHog' }, { HANDBOOK_CONTENT_DIR: checked.content }, projectRoot), { includeDrafts: false, hrefPrefix: '' })
}, 120_000)

const page = (url: string): Page => {
  const found = handbook.pages.find((p) => p.url === url)
  if (!found) throw new Error(`no page ${url}`)
  return found
}

describe('the check of a PostHog-shaped handbook', () => {
  it('passes, with a warning at the line of each field that would have lost readers something', () => {
    expect(checked.code).toBe(0)
    expect(checked.diagnostics('error')).toEqual([])
    expect(checked.diagnostics('warning')).toEqual([
      'handbook/careers.md:4: warning: "showTitle: false" hides this page\'s title "Careers", and the page has no "# heading" of its own: readers see no title at all (only screen readers get it). Remove showTitle: false, or start the page with "# Careers"',
      'handbook/engineering/api.md:3: warning: "sidebar: Docs" names a sidebar that this handbook does not define, so the page shows the sidebar "Handbook". Its sidebars are the top-level folders\' and those the sidebar field of two or more pages names: Handbook. Use one of them, or remove the field',
    ])
  })
})

describe('the loaded handbook', () => {
  it("shows every page the Handbook sidebar: sidebar: Handbook names its folder's, sidebar: Docs makes no sidebar", () => {
    expect(Object.fromEntries(handbook.pages.map((p) => [p.sourcePath, p.sidebar]))).toEqual({
      'index.md': 'Handbook',
      'handbook/index.md': 'Handbook',
      'handbook/careers.md': 'Handbook',
      'handbook/company/story.md': 'Handbook',
      'handbook/company/values.md': 'Handbook',
      'handbook/engineering/api.md': 'Handbook',
      'handbook/people/hiring.md': 'Handbook',
    })
    expect(handbook.sidebars.map((s) => s.name)).toEqual(['Handbook'])
    const group = (label: string, items: unknown[], url?: string) => ({ type: 'group', label, ...(url ? { url } : {}), items, collapsed: true })
    const link = (label: string, url: string) => ({ type: 'page', label, url })
    expect(handbook.sidebars[0]!.items).toEqual([
      link('PostHog', '/'),
      group(
        'Handbook',
        [
          link('Careers', '/handbook/careers'),
          group('Company', [link('Our story', '/handbook/company/story'), link('Values', '/handbook/company/values')]),
          group('Engineering', [link('API', '/handbook/engineering/api')]),
          // The first heading, as written, is the page's label too.
          group('People', [link('how we hire', '/handbook/people/hiring')]),
        ],
        '/handbook',
      ),
    ])
  })

  it('gives the home page one section, the handbook (no "Docs" card holding one page)', () => {
    const cards = sectionCards(new Map(handbook.sidebars.map((s) => [s.name, { ...s, dataPath: null }])))
    expect(cards.map((card) => card.name)).toEqual(['Handbook'])
  })

  it('keeps a first heading used as the title as written, and file-name titles as they were', () => {
    expect(page('/handbook/people/hiring').title).toBe('how we hire')
    expect(page('/handbook/people/hiring').titleFrom).toBe('heading')
  })

  it('keeps the # heading of a showTitle: false page in its body, and knows the other has none', () => {
    expect(page('/handbook/company/values').showTitle).toBe(false)
    expect(page('/handbook/company/values').html).toMatch(/^<h1 id="what-we-value-at-posthog">What we value at PostHog/)
    expect(page('/handbook/careers').headings.filter((h) => h.depth === 1)).toEqual([])
  })
})
