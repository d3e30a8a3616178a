/** The banner wing: its setting; the chrome carries the banner to every page (chrome.ts), and the build log says once when it has ended. */
import type { Feature } from '../feature'
import { bannerSettings } from './settings'
import { bannerShown } from './chrome'

export const bannerWing: Feature = {
  name: 'banner',
  settings: bannerSettings,
  outputs: ({ settings }) => {
    const { banner, today } = settings
    if (!banner || bannerShown(banner.until, today)) return undefined
    const warning = `handbook.yml: the banner "${banner.id}" ended on ${banner.until}, so no page shows it (today is ${today}): remove banner from handbook.yml, or set a later until`
    return { files: [], warnings: [warning], summary: () => `the banner "${banner.id}": not shown, it ended on ${banner.until}` }
  },
}
