/**
 * Bounded optimal-string-alignment distance: insertions, deletions,
 * substitutions and transpositions of two neighbouring characters each
 * count as one edit ("vacaiton" is one edit from "vacation";
 * fastest-levenshtein counts a transposition as two). Stops as soon as the
 * distance must exceed `max`, so checking a vocabulary is cheap. Pure.
 */

/** The OSA distance of `a` and `b`, or `max + 1` when it is more than `max`. */
export function boundedOsaDistance(a: string, b: string, max: number): number {
  const s = [...a]
  const t = [...b]
  if (Math.abs(s.length - t.length) > max) return max + 1
  if (s.length === 0 || t.length === 0) return Math.max(s.length, t.length)
  const width = t.length + 1
  let before = new Array<number>(width).fill(0)
  let previous = Array.from({ length: width }, (_, j) => j)
  let current = new Array<number>(width).fill(0)
  for (let i = 1; i <= s.length; i++) {
    current[0] = i
    let rowMin = i
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) value = Math.min(value, before[j - 2]! + 1)
      current[j] = value
      if (value < rowMin) rowMin = value
    }
    if (rowMin > max) return max + 1
    ;[before, previous, current] = [previous, current, before]
  }
  const distance = previous[t.length]!
  return distance > max ? max + 1 : distance
}

/** Edits a query word may be away from a vocabulary term: none under 4 letters, one from 4, two from 8. */
export function allowedEdits(word: string): number {
  const length = [...word].length
  return length >= 8 ? 2 : length >= 4 ? 1 : 0
}
