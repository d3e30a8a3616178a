/**
 * "Did you mean" for a path an include or a ref names: the nearest existing
 * path, when it is near enough to be a typo (TOLERANCE.path).
 */
import { nearest, TOLERANCE } from '../../common/nearest-name'

export function suggestPath(wanted: string, paths: readonly string[]): string {
  const near = nearest(wanted, paths, TOLERANCE.path)
  return near === undefined ? '' : ` Did you mean ${near}?`
}
