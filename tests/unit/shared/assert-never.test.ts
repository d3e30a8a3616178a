/**
 * assertNever (src/shared/assert-never.ts): a switch over a union that
 * misses a member fails the type check (`npm run typecheck` reads this file:
 * the @ts-expect-error below is itself an error once the call type-checks),
 * and a value no case handled throws, naming it.
 */
import { describe, expect, it } from 'vitest'
import { assertNever } from '../../../src/shared/assert-never'

type Shape = { kind: 'circle'; radius: number } | { kind: 'square'; side: number }

function area(shape: Shape): number {
  switch (shape.kind) {
    case 'circle':
      return Math.PI * shape.radius ** 2
    case 'square':
      return shape.side ** 2
    default:
      return assertNever(shape)
  }
}

/** As a switch reads when a kind was added to the union and no case handles it. */
function areaMissingSquare(shape: Shape): number {
  switch (shape.kind) {
    case 'circle':
      return Math.PI * shape.radius ** 2
    default:
      // @ts-expect-error a square reaches the default: the type check fails here
      return assertNever(shape)
  }
}

describe('assertNever', () => {
  it('is never reached by a switch that handles every kind', () => {
    expect(area({ kind: 'square', side: 3 })).toBe(9)
    expect(area({ kind: 'circle', radius: 1 })).toBeCloseTo(Math.PI)
  })

  it('throws, naming the value, when a kind reaches it', () => {
    expect(() => areaMissingSquare({ kind: 'square', side: 3 })).toThrow('Unhandled case: {"kind":"square","side":3}')
  })
})
