/**
 * The site's settings: the one place their fields are declared, each in the
 * area it belongs to (core.ts, and each wing's features/<wing>/settings.ts)
 * with its doc comment, its default, handbook.yml's rule and its HANDBOOK_*
 * variable (setting-kinds/kinds.ts). Each wing also names its settings in
 * the registry (Feature.settings), and a test holds the two to the same
 * fields. handbook.yml is read (read-file.ts) and
 * handbook.config.ts and the environment are resolved (resolve.ts) field by
 * field from here, and the types below are this schema's. Adding a setting
 * means adding one field to its area's object, and a row to the README's
 * table (tests/unit/settings/schema.test.ts says when one is missing).
 */
import { z } from 'zod'
import { defaultOf } from '../setting-kinds/kinds'
import { coreSettings, shortcodeSettings } from './core'
import { peopleSettings } from '../features/people/settings'
import { ownershipSettings } from '../features/ownership/settings'
import { changesSettings } from '../features/changes/settings'
import { brandSettings } from '../features/brand/settings'
import { audienceSettings } from '../features/audience/settings'
import { feedbackSettings } from '../features/feedback/settings'
import { bannerSettings } from '../features/banner/settings'
import { languagesSettings } from '../features/languages/settings'

/** In handbook.yml's order: its message about an unknown key lists the settings as they come here. */
export const settingsSchema = z.object({
  ...coreSettings.shape,
  ...peopleSettings.shape,
  ...ownershipSettings.shape,
  ...shortcodeSettings.shape,
  ...changesSettings.shape,
  ...brandSettings.shape,
  ...audienceSettings.shape,
  ...feedbackSettings.shape,
  ...bannerSettings.shape,
  ...languagesSettings.shape,
})

/** The name of a setting. */
export type SettingName = keyof typeof settingsSchema.shape

/** The settings a build uses: every field resolved, defaults applied. */
export type HandbookSettings = z.output<typeof settingsSchema> & {
  /** The build's "today", YYYY-MM-DD, that review dates are compared with: HANDBOOK_TODAY, else the clock. Not a setting. */
  today: string
}

/** What handbook.config.ts and handbook.yml set: any field, a group's field by field. */
export type HandbookConfig = z.input<typeof settingsSchema>

export type RepositorySettings = HandbookSettings['repository']

/** A link of the site header: `{ label: Careers, href: https://acme.com/careers }`. */
export type HeaderLink = HandbookSettings['headerLinks'][number]

/** Every setting's default: the settings of a build that sets none (on 1 January 1970). */
export const defaultSettings: HandbookSettings = { ...(defaultOf(settingsSchema) as z.output<typeof settingsSchema>), today: '1970-01-01' }
