/** The site's defaults for who owns a page and how often it is reviewed. */
import { z } from 'zod'
import { flag, interval } from '../../setting-kinds/kinds'

export const ownershipSettings = z.object({
  /** Pages without an owner (their own `owner:` or a folder's `_meta.yml`) are warnings. */
  requireOwner: flag(true).default(false),
  /** Site default of how often a page is due for review (`6 months`); a folder's `_meta.yml` or the page's `review_every` wins. None by default. */
  reviewEvery: interval('6 months').optional(),
})
