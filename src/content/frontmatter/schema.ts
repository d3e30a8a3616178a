/**
 * The fields the handbook understands: the one place frontmatter types are
 * declared. Their checks, coercions and messages all come from here (the
 * builders in kinds.ts carry the coercions; messages.ts words each kind's
 * message), so adding a field means adding one line below, with its doc
 * comment, and nothing else. Unknown fields are kept, not rejected.
 */
import { z } from 'zod'
import { address, date, flag, ids, interval, number, paths, sidebar, text } from './kinds'

export const frontmatterSchema = z
  .object({
    /** Page title; defaults to the first `# heading`, then to the file name. */
    title: text().transform((title) => title?.trim()),
    /** One or two sentences for search results and link previews. */
    description: text(),
    /** Name of the sidebar the page shows; defaults to its top-level folder's. Or the list of the old tool's navigation data it shows: `{navigation: travel}` (Minimal Mistakes: `{nav: docs}`). */
    sidebar: sidebar(),
    /** Render the title as the page's H1. */
    showTitle: flag(true),
    /** URL override: `/absolute/path`, or a bare name that replaces the last segment. */
    slug: text(),
    /** Hugo's own URL of a page, from the site root (`/offices/`); `slug` wins when both are set. */
    url: text(),
    /** Jekyll's and Eleventy's address of the page (`/offices/`, `offices/index.html`); `false`: the file makes no page. `slug` and `url` win. */
    permalink: address(),
    /** A line under the title. */
    subtitle: text(),
    /** Hugo's shorter label for the sidebar; the title stays the page's heading. */
    linkTitle: text(),
    /** Hugo's headless bundle: a file that exists to be included, not a page of its own. */
    headless: flag(),
    /** Left out of production builds. */
    draft: flag(false),
    /** `internal`: only the internal build publishes the page (features/audience); `public` overrides a folder's `visibility: internal`. */
    visibility: text(),
    /** Language of the page, e.g. `ja`, when it differs from the site's. */
    lang: text(),
    /** Order among siblings in a generated sidebar (lower first). */
    sidebar_position: number(),
    /** Hugo's name for `sidebar_position`. */
    weight: number(),
    /** `false` leaves the page out of the site's search. */
    search: flag(),
    /** `false`: no glossary term is marked on the page (glossary.yml). */
    glossary: flag(),
    /** `false` shows no "Was this page helpful?" at the end of the page (the `feedback` setting). */
    feedback: flag(),
    /** Old URLs of the page, each served as a redirect to it. */
    redirect_from: paths(),
    /** Hugo's name for `redirect_from`. */
    aliases: paths(),
    /** Jekyll's redirect page: the page is no page but sends the reader to this address (a page of this site or a full URL); a list's first is taken. */
    redirect_to: paths(),
    /** Who to ask about the page: a team slug of teams.yml or a person id of people.yml, or a list of them. */
    owner: ids(),
    /** When the page was last reviewed, YYYY-MM-DD (a calendar date, as written). */
    reviewed: date(),
    /** How often the page is due for review: `6 months`, `1 year`, `2 weeks`… */
    review_every: interval(),
    /** Jekyll's date of the page's last change (jekyll-last-modified-at), YYYY-MM-DD or a date and time: the "Last updated" date when git has none. */
    last_modified_at: date(),
    /** Hugo's date of the page's last change, YYYY-MM-DD or a date and time: the "Last updated" date when git has none. */
    lastmod: date(),
    /** The page's Open Graph / Twitter image: a file (relative to the page, or /from/the/content/root.png) or a full URL. */
    image: text(),
  })
  .passthrough()

export type Frontmatter = z.infer<typeof frontmatterSchema>

/** The name of a field the handbook understands. */
export type FrontmatterField = keyof typeof frontmatterSchema.shape
