/**
 * "Did you mean": of the names an editor could have meant, the nearest to
 * what they wrote (fewest edits; the first listed on a tie), when it is near
 * enough to be a typo. How near is a tolerance named for the kind of name,
 * so that each rule is written once and a new "Did you mean" picks one.
 */
import { closest, distance } from 'fastest-levenshtein'

/** The edits allowed between a name written `written` characters long and a candidate `candidate` long. */
export type Tolerance = (written: number, candidate: number) => number

const tolerances = {
  /** A name (a field, a setting, an id, a component): two edits, or a third of the name. */
  name: (written) => Math.max(2, written / 3),
  /** A path an include or a ref names: three edits, or a third of the longer of the two (a ref is often written without the `.md` the path has). */
  path: (written, candidate) => Math.max(3, Math.max(written, candidate) / 3),
  /** An anchor (`#heading`): three edits, or a third of it. */
  anchor: (written) => Math.max(3, written / 3),
  /** A page's file name, without folder or extension (sidebars.yml): two edits, or a quarter of it. */
  fileName: (written) => Math.max(2, written / 4),
  /** An image a data file names (a person's photo), as a path: three edits, or a quarter of it. */
  image: (written) => Math.max(3, written / 4),
  /** Any distance: the nearest of a short list shown with it, or the page nearest a URL that is gone. */
  any: () => Infinity,
} satisfies Record<string, Tolerance>

/** The tolerances by kind of name, each a Tolerance. */
export const TOLERANCE: { readonly [kind in keyof typeof tolerances]: Tolerance } = tolerances

export interface NearestOptions {
  /** Whether the tolerance counts edits without case (`<CALLOUT>` is then no edit from `<Callout>`); the nearest is still chosen, and given, as written. */
  ignoreCase?: boolean
}

/** The nearest candidate within the tolerance, or undefined (always undefined without candidates). */
export function nearest(written: string, candidates: readonly string[], tolerance: Tolerance, options: NearestOptions = {}): string | undefined {
  if (candidates.length === 0) return undefined
  const near = closest(written, [...candidates])
  const edits = options.ignoreCase ? distance(written.toLowerCase(), near.toLowerCase()) : distance(written, near)
  return edits <= tolerance(written.length, near.length) ? near : undefined
}

/** The nearest name (TOLERANCE.name): a field, a setting, an id. */
export function nearestName(written: string, candidates: readonly string[], options: NearestOptions = {}): string | undefined {
  return nearest(written, candidates, TOLERANCE.name, options)
}

/** Up to `count` items whose name is within the tolerance, nearest first (ties in the order given): for a hint naming several. */
export function nearestItems<T>(written: string, items: readonly T[], nameOf: (item: T) => string, tolerance: Tolerance, count: number): T[] {
  return items
    .map((item) => ({ item, name: nameOf(item) }))
    .map((candidate) => ({ ...candidate, edits: distance(written, candidate.name) }))
    .filter((candidate) => candidate.edits <= tolerance(written.length, candidate.name.length))
    .sort((a, b) => a.edits - b.edits)
    .slice(0, count)
    .map((candidate) => candidate.item)
}
