/** Who a build is for: the public site, or the company's internal one with every page. */
import { z } from 'zod'
import { setting } from '../../setting-kinds/kinds'

/** The two audiences a handbook is built for. */
export const AUDIENCES = ['public', 'internal'] as const
export type Audience = (typeof AUDIENCES)[number]

export const audienceSettings = z.object({
  /** Who the build is for: `public` leaves out every page, folder, person and field marked `visibility: internal` (and `internal_fields`); `internal` publishes everything, internal pages marked. */
  audience: setting(z.enum(AUDIENCES), { expected: `one of ${AUDIENCES.join(', ')}`, example: 'internal', env: 'HANDBOOK_AUDIENCE' }).default('public'),
})
