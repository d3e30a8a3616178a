/**
 * A page's fields as the page view reads them: graphqlTypegen's types
 * (src/gatsby-types.d.ts), which it writes from the schema that the one
 * declaration of the page's node makes (src/content/page/page-node.ts) and
 * from the templates' queries. No shape of a page is written here: a field
 * declared there, once queried, is here when a build (or `gatsby develop`)
 * has written the types again.
 *
 * Every project that reads them includes src/gatsby-types.d.ts (see each
 * tsconfig): a project without it would see `Queries` as `any`, unchecked.
 */

/** The page's node: HandbookPage, without what every Gatsby node has. */
export type PageNode = Omit<Queries.HandbookPage, keyof Queries.Node>

/** What Article draws around a page's body besides its text, as the HandbookPageFacts fragment (src/components/Article.tsx) queries it; a fact left out is none. */
export type PageFacts = Partial<Queries.HandbookPageFactsFragment>

/** T, where a field that may be null may also be left out (absent reads as null). */
export type OrAbsent<T> = { [K in keyof T as null extends T[K] ? never : K]: T[K] } & { [K in keyof T as null extends T[K] ? K : never]?: T[K] }

/** An entry of a page's table of contents. */
export type TocItem = PageNode['toc'][number]

/** An owner as the page's data has it (an OwnerLink is one: its channels may be left out). */
export type OwnerFields = OrAbsent<PageNode['owners'][number]>

/** A page that links here, as the page's data has it. */
export type BacklinkFields = PageNode['backlinks'][number]
