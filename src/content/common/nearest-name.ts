/**
 * "Did you mean" for a name an editor wrote (a field, a setting, an id): the
 * nearest candidate, when it is near enough to be what they meant, at most
 * two edits away or a third of the written name's length. Paths and anchors
 * allow more (see markdown/shortcodes/suggest-path.ts and checks/).
 */
import { closest, distance } from 'fastest-levenshtein'

export function nearestName(written: string, candidates: readonly string[], options: { ignoreCase?: boolean } = {}): string | undefined {
  if (candidates.length === 0) return undefined
  const near = closest(written, [...candidates])
  const edits = options.ignoreCase ? distance(written.toLowerCase(), near.toLowerCase()) : distance(written, near)
  return edits <= Math.max(2, written.length / 3) ? near : undefined
}
