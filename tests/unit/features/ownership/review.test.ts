/** Review state on a fixed today: stale only past due, and never without a review date or an interval. */
import { describe, expect, it } from 'vitest'
import { reviewState } from '../../../../src/content/features/ownership/review'

describe('reviewState with a fixed today', () => {
  it('is stale only once today is past the due date, and counts the days', () => {
    expect(reviewState('2026-03-01', '6 months', '2026-09-01')).toEqual({ reviewed: '2026-03-01', every: '6 months', due: '2026-09-01', overdueDays: 0, stale: false })
    expect(reviewState('2026-03-01', '6 months', '2026-09-02')).toEqual({ reviewed: '2026-03-01', every: '6 months', due: '2026-09-01', overdueDays: 1, stale: true })
    expect(reviewState('2025-09-01', '6 months', '2026-12-01')).toMatchObject({ due: '2026-03-01', overdueDays: 275, stale: true })
    expect(reviewState('2026-01-31', '1 month', '2026-03-01')).toMatchObject({ due: '2026-02-28', overdueDays: 1, stale: true })
  })

  it('is never stale without a review date or an interval', () => {
    expect(reviewState(undefined, '6 months', '2030-01-01')).toEqual({ every: '6 months', overdueDays: 0, stale: false })
    expect(reviewState('2020-01-01', undefined, '2030-01-01')).toEqual({ reviewed: '2020-01-01', overdueDays: 0, stale: false })
  })
})
