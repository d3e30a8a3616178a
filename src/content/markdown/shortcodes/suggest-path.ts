/**
 * "Did you mean" for a path an include or a ref names: the nearest existing
 * path, when it is near enough to be a typo, measured against the longer of
 * the two (a ref is often written without the `.md` the path has).
 */
import { closest, distance } from 'fastest-levenshtein'

export function suggestPath(wanted: string, paths: readonly string[]): string {
  if (paths.length === 0) return ''
  const near = closest(wanted, [...paths])
  return distance(wanted, near) <= Math.max(3, Math.max(wanted.length, near.length) / 3) ? ` Did you mean ${near}?` : ''
}
