/**
 * The core file carries its pages column by column, each URL as a folder
 * from a list and a last segment left out where it is the title as a slug:
 * reading them back gives every page exactly as it was.
 */
import { describe, expect, it } from 'vitest'
import { packPages, unpackPages, type PageRow } from '../../../../src/shared/search/format'

const ROWS: PageRow[] = [
  ['/', 'Home', -1, 1],
  ['/people/planned-time-off', 'Planned time off', 0, 3],
  ['/people/planned-time-off-2', 'Planned time off', 0, 2],
  ['/people/pto', 'Planned time off', 0, 1],
  ['/tools/+plus', 'Plus', 1, 1],
  ['/tools/=equals', 'Equals', 1, 1],
  ['/tools/', 'Tools', 1, 1],
  ['/people/values', 'Values', 0, 4],
  ['no-slash', 'No slash', -1, 1],
  ['/ja/休暇', '休暇', 2, 2],
]

describe('pages packed by column', () => {
  it('gives back every URL, title, breadcrumb and section count exactly', () => {
    expect(unpackPages(JSON.parse(JSON.stringify(packPages(ROWS))))).toEqual(ROWS)
  })

  it('leaves out a last segment that is the title as a slug, and lists each folder once', () => {
    const columns = packPages(ROWS)
    expect(columns.slug.slice(1, 4)).toEqual(['', '+-2', 'pto'])
    expect(columns.slug.slice(4, 7)).toEqual(['=+plus', '==equals', '='])
    expect(columns.folders).toEqual(['/', '/people/', '/tools/', '', '/ja/'])
    expect(columns.folder.slice(0, 8)).toEqual([0, 1, 0, 0, 1, 0, 0, -1])
  })
})
