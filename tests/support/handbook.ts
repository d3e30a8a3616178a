/**
 * A loaded handbook built in memory, for unit tests of what works on one
 * (the checks): a page or a page made from data with every field filled
 * with the value of a plain page, and a handbook of such pages with nothing
 * else in it. A test names what differs; a page's URL follows its file
 * unless given.
 */
import { noSource } from '../../src/content/source/read-source'
import type { Handbook, HandbookGeneratedPage, Page } from '../../src/content/handbook'
import { frontmatterSchema } from '../../src/content/frontmatter/schema'
import { EMPTY_DIRECTORY } from '../../src/content/features/people/types'
import { GATSBY_ROOT_FILES, reservedUrls } from '../../src/content/links/site-addresses'
import type { LinkUse } from '../../src/content/links/links'
import type { LinkTarget } from '../../src/content/links/links'
import { urlFromSourcePath } from '../../src/content/links/url'

/** prepare.ts's GENERATED_SOURCE, written out: importing prepare.ts loads the whole pipeline, seconds per test file. */
const GENERATED_SOURCE = '(generated)'

/** A `.md` page of `sourcePath` ("page.md" unless given) with a title of its own, no links and no headings. */
export function pageOf(fields: Partial<Page> = {}): Page {
  const sourcePath = fields.sourcePath ?? 'page.md'
  return {
    sourcePath,
    absolutePath: `/content/${sourcePath}`,
    format: /\.mdx$/i.test(sourcePath) ? 'mdx' : 'md',
    url: urlFromSourcePath(sourcePath),
    title: 'Page',
    titleFrom: 'frontmatter',
    description: '',
    sidebar: 'Handbook',
    showTitle: true,
    draft: false,
    internal: false,
    frontmatter: frontmatterSchema.parse({}),
    source: '',
    html: '',
    headings: [],
    toc: [],
    links: [],
    backlinks: [],
    anchors: [],
    fieldLines: {},
    frontmatterLines: 0,
    ownership: { owners: [] },
    review: { overdueDays: 0, stale: false },
    ownerLinks: [],
    ...fields,
  }
}

/** A page made from data at `url` ("/people" unless given), from people.yml. */
export function generatedPageOf(fields: Partial<HandbookGeneratedPage> = {}): HandbookGeneratedPage {
  const url = fields.url ?? '/people'
  return {
    kind: 'people',
    url,
    title: 'People',
    description: '',
    dataFile: 'people.yml',
    toc: [],
    anchors: [],
    sections: [],
    files: [],
    html: '',
    links: [],
    sourcePath: `${GENERATED_SOURCE}${url}`,
    sidebar: 'Handbook',
    ...fields,
  }
}

/** A handbook of these pages, with no sidebars, people, changes or problems unless given. */
export function handbookOf(pages: readonly Partial<Page>[], fields: Partial<Handbook> = {}): Handbook {
  return {
    pages: pages.map(pageOf),
    redirectPages: [],
    sidebars: [],
    linkedFiles: [],
    contentFiles: [],
    directory: EMPTY_DIRECTORY,
    peopleUrls: { people: '/people', teams: '/teams', orgChart: '/people/org-chart' },
    synonyms: [],
    // The core's own addresses only: the registry (features.ts) loads every wing, seconds per test file; a test of the wings' addresses passes siteAddresses().
    addresses: { reserved: reservedUrls(), rootFiles: GATSBY_ROOT_FILES },
    generated: [],
    changes: { state: 'none', today: '2026-12-01', days: 90, limit: 100, changes: [] },
    source: noSource('/content'),
    renderedPages: 0,
    diagnostics: [],
    ...fields,
  }
}

/** A link or embedded file as the page's renderer records it: written at line 1, column 1 unless told. */
export function linkOf(href: string, target: LinkTarget, fields: Partial<Omit<LinkUse, 'href' | 'target'>> = {}): LinkUse {
  return { href, target, embedded: false, line: 1, column: 1, ...fields }
}
