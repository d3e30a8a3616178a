/**
 * Settings of this handbook site. Every field is optional (defaults in
 * src/content/config.ts) and each can be overridden by an environment variable
 * at build time: HANDBOOK_TITLE, HANDBOOK_SITE_URL, HANDBOOK_PATH_PREFIX,
 * HANDBOOK_LANG, HANDBOOK_CONTENT_DIR, HANDBOOK_REPOSITORY_URL,
 * HANDBOOK_REPOSITORY_BRANCH, HANDBOOK_REPOSITORY_CONTENT_PATH.
 */
import { defineConfig } from './src/content/config'

export default defineConfig({
  title: 'Northwind Handbook',
  description: 'How Northwind works: our values, how we manage, grow and run the company.',
  siteUrl: 'http://localhost:9000',
  lang: 'en',
  contentDir: 'contents',
  defaultSidebar: 'Handbook',
  // Where the pages made from people.yml and teams.yml live (the org chart is at <peopleUrl>/org-chart).
  peopleUrl: '/people',
  teamsUrl: '/teams',
  repository: {
    url: '',
    branch: 'main',
    contentPath: 'contents',
  },
})
