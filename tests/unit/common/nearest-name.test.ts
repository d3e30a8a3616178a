import { describe, expect, it } from 'vitest'
import { nearest, nearestItems, nearestName, TOLERANCE } from '../../../src/content/common/nearest-name'

describe('TOLERANCE', () => {
  it('allows names two edits, or a third of their length', () => {
    expect(TOLERANCE.name(3, 3)).toBe(2)
    expect(TOLERANCE.name(12, 3)).toBe(4)
  })

  it('measures a path against the longer of the two, and allows it at least three edits', () => {
    expect(TOLERANCE.path(4, 4)).toBe(3)
    expect(TOLERANCE.path(12, 15)).toBe(5)
  })

  it('allows anchors three edits or a third, file names two or a quarter, images three or a quarter', () => {
    expect([TOLERANCE.anchor(6, 0), TOLERANCE.anchor(15, 0)]).toEqual([3, 5])
    expect([TOLERANCE.fileName(6, 0), TOLERANCE.fileName(16, 0)]).toEqual([2, 4])
    expect([TOLERANCE.image(6, 0), TOLERANCE.image(20, 0)]).toEqual([3, 5])
    expect(TOLERANCE.any(1, 100)).toBe(Infinity)
  })
})

describe('nearest', () => {
  it('is the nearest candidate within the tolerance, else nothing', () => {
    expect(nearest('titel', ['title', 'owner'], TOLERANCE.name)).toBe('title')
    expect(nearest('xyz', ['title', 'owner'], TOLERANCE.name)).toBeUndefined()
    expect(nearest('xyz', ['title', 'owner'], TOLERANCE.any)).toBe('title')
    expect(nearest('title', [], TOLERANCE.any)).toBeUndefined()
  })

  it('takes the first listed on a tie', () => {
    expect(nearest('ab', ['ax', 'ay'], TOLERANCE.any)).toBe('ax')
  })

  it('counts edits without case when asked, and gives the candidate as written', () => {
    expect(nearestName('CALOUT', ['Callout'])).toBeUndefined()
    expect(nearestName('CALOUT', ['Callout'], { ignoreCase: true })).toBe('Callout')
  })

  it('gives a path the tolerance of the longer of the two', () => {
    // 8 edits: over a third of the 16 characters written, within a third of the candidate's 24.
    expect(nearest('onboarding/first', ['onboarding/first-week.md'], TOLERANCE.path)).toBe('onboarding/first-week.md')
    expect(nearest('onboarding/firs', ['onboarding/first-week.md'], TOLERANCE.path)).toBeUndefined()
    expect(nearest('onboarding/first', ['onboarding/first-week.md'], TOLERANCE.anchor)).toBeUndefined()
  })
})

describe('nearestItems', () => {
  it('gives every item within the tolerance, nearest first, ties in the order given, at most count', () => {
    const items = [
      { id: 1, name: 'values' },
      { id: 2, name: 'valves' },
      { id: 3, name: 'value' },
      { id: 4, name: 'salary' },
      { id: 5, name: 'valuse' },
    ]
    expect(nearestItems('values', items, (item) => item.name, TOLERANCE.fileName, 3).map((item) => item.id)).toEqual([1, 2, 3])
    expect(nearestItems('values', items, (item) => item.name, TOLERANCE.fileName, 10).map((item) => item.id)).toEqual([1, 2, 3, 5])
  })
})
