/**
 * Searching the starter handbook (contents/) as a person would: for each
 * query, the right section is among the first three results.
 */
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { resolveSettings } from '../../../../src/content/settings'
import { loadHandbook } from '../../../../src/content'
import { buildSearchIndex, searchIndexFiles, searchPages } from '../../../../src/content/features/search/build'
import { SearchEngine } from '../../../../src/shared/search/engine'

/** Query → the section (`url#anchor`, or `url` for the page itself) a reader wants. */
const STARTER_QUERIES: ReadonlyArray<[string, string]> = [
  ['onb', '/handbook/people/onboarding'],
  ['onboarding', '/handbook/people/onboarding'],
  ['first week', '/handbook/people/onboarding#your-first-week'],
  ['buddy', '/handbook/people/onboarding#your-buddy'],
  ['expenses', '/handbook/operations/spending-money#expense-claims'],
  ['expense claim', '/handbook/operations/spending-money#expense-claims'],
  ['home office budget', '/handbook/operations/spending-money#home-office'],
  ['time off', '/handbook/people/time-off'],
  ['how to book time off', '/handbook/people/time-off#how-to-book-time-off'],
  ['parental leave', '/handbook/people/time-off#parental-leave'],
  ['salary bands', '/handbook/people/compensation#salary-bands'],
  ['raise', '/handbook/people/compensation#reviews-and-raises'],
  ['promotion', '/handbook/people/career-progression#how-promotions-work'],
  ['one on one', '/handbook/company/management#one-on-ones'],
  ['feedback', '/handbook/people/feedback'],
  ['values', '/handbook/company/values'],
  ['meetings', '/handbook/company/communication#meetings'],
  ['laptop', '/handbook/operations/security#laptops'],
  ['passwords', '/handbook/operations/security#passwords-and-two-factor-authentication'],
  ['two-factor', '/handbook/operations/security#passwords-and-two-factor-authentication'],
  ['security incident', '/handbook/operations/security#reporting-an-incident'],
  ['東京', '/handbook/offices/tokyo'],
  ['入館方法', '/handbook/offices/tokyo#入館方法'],
  ['tokyo office', '/handbook/offices#the-tokyo-office'],
  ['frontmatter', '/editing/frontmatter'],
  ['draft', '/editing/frontmatter#draft'],
  ['custom heading id', '/editing/markdown#custom-ids'],
  ['callout', '/editing/markdown#callouts'],
  ['sidebar', '/editing/navigation'],
  ['onerror', '/editing/markdown#html'],
]

let engine: SearchEngine

beforeAll(async () => {
  const settings = resolveSettings({}, { HANDBOOK_CONTENT_DIR: path.join(__dirname, '..', '..', '..', '..', 'contents') }, process.cwd())
  const handbook = loadHandbook(settings, { includeDrafts: false, hrefPrefix: '' })
  const files = new Map(searchIndexFiles(buildSearchIndex(searchPages(handbook))).map((file) => [path.basename(file.path), file.contents]))
  engine = await SearchEngine.open(async (name) => JSON.parse(files.get(name)!) as unknown)
}, 30_000)

describe('the starter handbook', () => {
  for (const [query, wanted] of STARTER_QUERIES) {
    it(`"${query}" finds ${wanted} in the first three results`, async () => {
      const results = await engine.search(query)
      // In the order the results list shows them: pages best first, each with its best sections.
      const top = results.pages.flatMap((page) => page.sections.map((section) => (section.anchor ? `${page.url}#${section.anchor}` : page.url))).slice(0, 3)
      expect(top).toContain(wanted)
    })
  }
})
