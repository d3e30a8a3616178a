/**
 * Whether a page is due for review, on calendar dates only: due = reviewed +
 * every; stale when today is past due. A page without `reviewed` has nothing
 * to compare, so it is never stale (commit dates do not count: a typo fix is
 * not a review).
 */
import { addInterval, daysBetween, formatDate, parseDate, parseInterval } from '../../common/calendar'
import type { ReviewState } from './types'

export function reviewState(reviewed: string | undefined, every: string | undefined, today: string): ReviewState {
  const state: ReviewState = { ...(reviewed ? { reviewed } : {}), ...(every ? { every } : {}), overdueDays: 0, stale: false }
  const on = reviewed ? parseDate(reviewed) : undefined
  const interval = every ? parseInterval(every) : undefined
  const now = parseDate(today)
  if (!on || !interval || !now) return state
  const due = addInterval(on, interval)
  const overdue = daysBetween(due, now)
  return { ...state, due: formatDate(due), overdueDays: Math.max(0, overdue), stale: overdue > 0 }
}
