/**
 * The generator's defaults for any handbook built here. A company's own
 * settings (title, logo, colour, header links, footer…) live in its content
 * folder's handbook.yml (contents/handbook.yml for the starter), which wins
 * over this file. Every field is optional (each declared, with its default, in src/content/settings/schema.ts)
 * and each can be overridden by an environment variable
 * at build time: HANDBOOK_TITLE, HANDBOOK_SITE_URL, HANDBOOK_PATH_PREFIX,
 * HANDBOOK_LANG, HANDBOOK_CONTENT_DIR, HANDBOOK_REPOSITORY_URL,
 * HANDBOOK_REPOSITORY_BRANCH, HANDBOOK_REPOSITORY_CONTENT_PATH, HANDBOOK_SHORTCODES (JSON). HANDBOOK_TODAY=YYYY-MM-DD
 * sets the date review dates are compared with (the build's clock otherwise).
 */
import { defineConfig } from './src/content/settings'

export default defineConfig({
  siteUrl: 'http://localhost:9000',
  lang: 'en',
  contentDir: 'contents',
  defaultSidebar: 'Handbook',
  // Where the pages made from people.yml and teams.yml live (the org chart is at <peopleUrl>/org-chart).
  peopleUrl: '/people',
  teamsUrl: '/teams',
  // Pages without an owner (frontmatter `owner:` or a folder's _meta.yml) are warnings when true.
  requireOwner: false,
  // How often a page is due for review unless its folder's _meta.yml or its own review_every says otherwise.
  reviewEvery: '1 year',
  // Shortcodes of a handbook moved from Hugo, each drawn as one of our blocks (see contents/editing/migrating.md), e.g.
  // { 'member-by-name': { block: 'person', args: ['name'] }, 'engineering/header': { block: 'none' } }
  shortcodes: {},
  repository: {
    url: '',
    branch: 'main',
    contentPath: 'contents',
  },
})
