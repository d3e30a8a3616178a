/** Build settings that several test files build a fixture with: the same settings, one build (see fixture-site.ts). */
import fs from 'node:fs'
import path from 'node:path'
import { projectRoot } from '../../scripts/lib/site'

/** tests/fixtures/moved-pages as a company hosts it: under /docs, broken links as warnings, with its repository. */
export const MOVED_PAGES_SITE: Record<string, string> = {
  HANDBOOK_BROKEN_LINKS: 'warn',
  HANDBOOK_PATH_PREFIX: '/docs',
  HANDBOOK_SITE_URL: 'https://handbook.acme.test',
  HANDBOOK_REPOSITORY_URL: 'https://github.com/acme/handbook',
  HANDBOOK_REPOSITORY_CONTENT_PATH: 'docs',
}

/** The starter handbook (contents/) as the browser tests serve it: under a path prefix, as a GitHub Pages project site. */
export const STARTER_SITE: Record<string, string> = {
  HANDBOOK_PATH_PREFIX: '/northwind',
  HANDBOOK_SITE_URL: 'https://handbook.northwind.test',
}

/** tests/fixtures/hugo with the company shortcode mapping, as its README.txt writes it (one JSON line). */
export const HUGO_SITE: { HANDBOOK_SHORTCODES: string } = {
  HANDBOOK_SHORTCODES: fs
    .readFileSync(path.join(projectRoot, 'tests', 'fixtures', 'hugo', 'README.txt'), 'utf8')
    .split('\n')
    .find((line) => line.startsWith('{'))!,
}
