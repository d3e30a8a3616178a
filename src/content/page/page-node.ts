/**
 * The page's node, declared once: every field Gatsby stores for a page (and
 * the templates query), with its GraphQL type, its description and how it
 * is taken from a page. From here come the schema's HandbookPage type and
 * its nested types (createSchemaCustomization), the node fields of content
 * pages and pages made from data alike (sourceNodes), and, through
 * graphqlTypegen, the types the templates and the page view read
 * (src/gatsby-types.d.ts; src/shared/page-view/page-node.ts).
 *
 * A field a page shows is one line here, plus the feature that computes it
 * and the component that draws it. The fields that had a GraphQL
 * description keep it (graphqlTypegen makes it the doc comment of the
 * generated type); the others are documented by a comment here only, so the
 * generated schema stays as it was.
 */
import path from 'node:path'
import type { Page } from './page'
import type { ReviewState } from '../features/ownership/types'
import { fieldDeclarer, nodeFieldsOf, typeDefinitions, type FieldsOf, type ObjectTypes } from './node-type'

/** What a page's node is made from: a content page, or a page made from data given a content page's defaults (sourceOfGenerated). */
export type PageSource = Pick<
  Page,
  | 'sourcePath'
  | 'absolutePath'
  | 'format'
  | 'url'
  | 'title'
  | 'titleRuns'
  | 'subtitle'
  | 'titleFrom'
  | 'description'
  | 'sidebar'
  | 'showTitle'
  | 'draft'
  | 'internal'
  | 'lang'
  | 'languages'
  | 'image'
  | 'position'
  | 'html'
  | 'stylesheets'
  | 'toc'
  | 'backlinks'
  | 'ownerLinks'
  | 'editUrl'
  | 'historyUrl'
  | 'lastUpdated'
> & {
  /** All frontmatter fields, unknown ones included; none on a page made from data. */
  frontmatter: Record<string, unknown>
  /** Its review date and whether it is past due; none on a page made from data. */
  review: ReviewState | null
  /** Kept out of search engines and the sitemap (a print view); content pages never are. */
  noindex?: boolean
  /** A page not yet translated (features/languages): the default language's page it shows, and that page's language. */
  untranslated?: { url: string; lang: string }
}

/** The types of the node's nested fields, in the order the schema declares them. */
const pageTypes = {
  HandbookTitleRun: { fields: { text: 'String!', marks: '[String!]' } },
  HandbookTocEntry: { fields: { depth: 'Int!', id: 'String!', text: 'String!' } },
  HandbookBacklinkSection: { fields: { heading: 'String!', anchor: 'String!' } },
  HandbookBacklink: {
    description: 'A page whose body links to this one, and the section (h2/h3) the link is in.',
    fields: { url: 'String!', title: 'String!', section: 'HandbookBacklinkSection' },
  },
  HandbookOwner: { fields: { kind: 'String!', label: 'String!', url: 'String!', channel: 'String', channelUrl: 'String' } },
  HandbookReview: { fields: { stale: 'Boolean!', reviewed: 'String' } },
  HandbookLanguageLink: {
    description: "The page in one of the handbook's languages (features/languages): that language's version, else its home.",
    fields: { code: 'String!', label: 'String!', url: 'String!', current: 'Boolean!', isDefault: 'Boolean!', translated: 'Boolean!' },
  },
  HandbookUntranslated: {
    description: "The default language's page a page not yet translated shows (features/languages): its URL and its language.",
    fields: { url: 'String!', lang: 'String!' },
  },
} as const satisfies ObjectTypes

const field = fieldDeclarer<PageSource, typeof pageTypes>()

/** The node's fields, in the schema's order. */
const pageFields = {
  /** The page's file, relative to the content folder; `(generated)/<url>` for a page made from data. */
  sourcePath: field('String!', (page) => page.sourcePath),
  /** The file on disk (a page made from data: its data file); gatsby-plugin-mdx compiles an `.mdx` page from it. */
  absolutePath: field('String!', (page) => page.absolutePath),
  /** `md` or `mdx`. */
  format: field('String!', (page) => page.format),
  /** The page's URL, without the path prefix. */
  url: field('String!', (page) => page.url),
  title: field('String!', (page) => page.title),
  /** The title's runs (src/shared/title.ts), only when it has em/strong/code/sub/sup; `title` is its plain text. */
  titleRuns: field('[HandbookTitleRun!]', (page) => page.titleRuns?.map((run) => ({ text: run.text, marks: run.marks ?? null })) ?? null),
  /** A line under the title (frontmatter `subtitle:`), when the page has one. */
  subtitle: field('String', (page) => page.subtitle ?? null),
  /** Where the title came from: `frontmatter`, `heading` or `file` (the page gave none). */
  titleFrom: field('String!', (page) => page.titleFrom),
  /** Frontmatter description, else the first paragraph. */
  description: field('String!', (page) => page.description),
  /** Name of the sidebar the page shows. */
  sidebar: field('String!', (page) => page.sidebar),
  /** Whether the title is drawn as the page's h1. */
  showTitle: field('Boolean!', (page) => page.showTitle),
  draft: field('Boolean!', (page) => page.draft),
  /** Only the internal build publishes it (features/audience). Not `internal`: Gatsby's own field of every node. */
  internalOnly: field('Boolean!', (page) => page.internal),
  /** The page's language, when it has its own. */
  lang: field('String', (page) => page.lang ?? null),
  /** Its versions in the handbook's languages (the switcher, hreflang); empty with one language. */
  languages: field('[HandbookLanguageLink!]!', (page) => page.languages ?? []),
  image: field('String', (page) => page.image ?? null, 'Open Graph image of the page (frontmatter image:): a site path or a full URL.'),
  /** Order among siblings: `sidebar_position`, else Hugo's `weight`. */
  position: field('Float', (page) => page.position ?? null),
  /** Rendered body (an `.mdx` page's comes from gatsby-plugin-mdx instead). */
  html: field('String!', (page) => page.html),
  /** Stylesheets its content needs, as URLs from the site's root (KaTeX's on a page with math): the head links them. */
  stylesheets: field('[String!]!', (page) => page.stylesheets ?? []),
  /** The h2/h3 headings the table of contents lists. */
  toc: field('[HandbookTocEntry!]!', (page) => page.toc),
  /** Pages whose body links here, each with the section the link is in. */
  backlinks: field('[HandbookBacklink!]!', (page) => page.backlinks.map((link) => ({ url: link.url, title: link.title, section: link.section ?? null }))),
  owners: field(
    '[HandbookOwner!]!',
    (page) => page.ownerLinks.map((owner) => ({ kind: owner.kind, label: owner.label, url: owner.url, channel: owner.channel ?? null, channelUrl: owner.channelUrl ?? null })),
    'Who owns the page, as it shows them (none on pages made from data).',
  ),
  review: field(
    'HandbookReview',
    (page) => (page.review ? { stale: page.review.stale, reviewed: page.review.reviewed ?? null } : null),
    'Whether the page is past its review date; null on pages made from data.',
  ),
  /** All frontmatter fields, unknown ones included. */
  frontmatter: field('JSON!', (page) => page.frontmatter),
  /** Where to edit the page's file (a page made from data: its data file), when a repository is configured. */
  editUrl: field('String', (page) => page.editUrl ?? null),
  historyUrl: field('String', (page) => page.historyUrl ?? null, "The page file's history on the repository host (none on pages made from data)."),
  /** ISO date of the page's last change (git history, else file time). */
  lastUpdated: field('Date', (page) => page.lastUpdated ?? null),
  /** Whether the head tells search engines not to index it (`<meta name="robots" content="noindex">`): pages made from data that repeat others (the print views). */
  noindex: field('Boolean!', (page) => page.noindex ?? false),
  /** On a page not yet translated: the default language's page it shows (its title and body are in that page's language, its Markdown copy is that page's). */
  untranslated: field('HandbookUntranslated', (page) => page.untranslated ?? null),
  /** Whether the page shows "Was this page helpful?" when the site asks for feedback: frontmatter `feedback: false` turns it off. */
  feedback: field('Boolean!', (page) => page.frontmatter.feedback !== false),
}

/** The node fields a page takes from its render (pipeline/assemble.ts renderedFields): develop resolves them when a page left for later is asked for. */
export const RENDERED_NODE_FIELDS = ['html', 'stylesheets', 'toc', 'title', 'titleRuns', 'titleFrom', 'description'] as const satisfies readonly (keyof typeof pageFields)[]

/** The page's node type: HandbookPage, its nested types and its fields. */
export const pageNode = { name: 'HandbookPage', types: pageTypes, fields: pageFields } as const

/** A page's node fields as Gatsby stores them; graphqlTypegen writes the same as Queries.HandbookPage. */
export type PageNodeFields = FieldsOf<typeof pageFields>

/** The schema's HandbookPage type and its nested types, as SDL. */
export const pageTypeDefinitions: string = typeDefinitions(pageNode)

/** The node fields of a page: a content page, or a page made from data (sourceOfGenerated). */
export function pageNodeFields(page: PageSource): PageNodeFields {
  return nodeFieldsOf(pageFields, page)
}

/** What a page made from data (people, teams, changes) gives its node. */
export type GeneratedPageFields = Pick<PageSource, 'sourcePath' | 'url' | 'title' | 'description' | 'sidebar' | 'html' | 'toc' | 'editUrl' | 'noindex' | 'lang' | 'languages' | 'untranslated'> & {
  /** `mdx` when its body is an `.mdx` file's (an untranslated `.mdx` page's stand-in: `dataFile` is that page's file), compiled by gatsby-plugin-mdx. */
  format?: Page['format']
  /** The data file it is made from, relative to the content folder. */
  dataFile: string
}

/** A page made from data as a node's source: its data file stands for the page's file, the rest are a content page's defaults. */
export function sourceOfGenerated(page: GeneratedPageFields, contentDir: string): PageSource {
  return {
    sourcePath: page.sourcePath,
    absolutePath: path.join(contentDir, page.dataFile),
    format: page.format ?? 'md',
    url: page.url,
    title: page.title,
    titleFrom: 'frontmatter',
    description: page.description,
    sidebar: page.sidebar,
    showTitle: true,
    draft: false,
    internal: false,
    html: page.html,
    toc: page.toc,
    // Pages made from data show no "Linked from", no owners and no review note.
    backlinks: [],
    ownerLinks: [],
    review: null,
    frontmatter: {},
    ...(page.editUrl ? { editUrl: page.editUrl } : {}),
    ...(page.noindex ? { noindex: true } : {}),
    ...(page.lang ? { lang: page.lang } : {}),
    ...(page.languages?.length ? { languages: page.languages } : {}),
    ...(page.untranslated ? { untranslated: page.untranslated } : {}),
  }
}
