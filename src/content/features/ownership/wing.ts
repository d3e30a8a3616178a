/**
 * The ownership wing: who owns each page (its own `owner:`, else the nearest
 * folder's `_meta.yml`) and when it is due for review. Owners and review
 * dates are read before rendering (the pipeline's prepare stage), since each
 * page shows them; what the wing adds here is its settings.
 */
import type { Feature } from '../feature'
import { ownershipSettings } from './settings'

export const ownershipWing: Feature = {
  name: 'ownership',
  settings: ownershipSettings,
}
