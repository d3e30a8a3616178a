/** The banner wing: its setting; the chrome carries the banner to every page (chrome.ts), and the build log says once when it has ended. */
import type { Feature } from '../feature'
import { bannerSettings } from './settings'

export const bannerWing: Feature = {
  name: 'banner',
  settings: bannerSettings,
}
