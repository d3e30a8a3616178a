/** How many of the ascending `values` are at or before `value` (a binary search): the index just past the last one that is. */
export function countAtOrBefore(values: readonly number[], value: number): number {
  let low = 0
  let high = values.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (values[mid]! <= value) low = mid + 1
    else high = mid
  }
  return low
}
