/** The brand wing: the logo, icon and social image the settings name, published from the content folder, and the letter icon made when there is no icon. */
import type { Feature } from '../feature'
import { brandSettings } from './settings'
import { brandFiles, generatedFavicon } from './chrome'

export const brandWing: Feature = {
  name: 'brand',
  settings: brandSettings,
  publishes: brandFiles,
  outputs: ({ settings }) => {
    const icon = generatedFavicon(settings)
    if (!icon) return undefined
    return { files: [icon], summary: (rewritten) => `the letter icon ${icon.path}: ${rewritten} rewritten` }
  },
}
