/** How far back `/changes` and its feed `/changes.xml` reach. */
import { z } from 'zod'
import { count } from '../../setting-kinds/kinds'

export const changesSettings = z.object({
  /** How many commits `/changes` and `/changes.xml` list at most (100). */
  changesCommits: count(100, 'commits', 'a whole number above 0').default(100),
  /** How many days back `/changes` and `/changes.xml` reach, today included (90). */
  changesDays: count(90, 'days').default(90),
})
