/**
 * The audience wing: one content folder, two sites. Pages, folders
 * (`_meta.yml`), people and teams marked `visibility: internal`, and a
 * person's `internal_fields`, are published by the internal build only
 * (`audience: internal`); the public build (the default) leaves them out at
 * the one page filter (pipeline/page-filter.ts) and in the people data,
 * before any other wing sees them, so no page, search index, feed, copy,
 * sidebar or sitemap of it can hold them. Links from public pages to
 * internal ones show as their text (check.ts says where).
 */
import type { Feature } from '../feature'
import { audienceSettings } from './settings'
import { linkInternalCheck } from './check'

export const audienceWing: Feature = {
  name: 'audience',
  settings: audienceSettings,
  checks: [linkInternalCheck],
}
