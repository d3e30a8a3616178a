/**
 * A pure function of a text, remembered for the last few texts it was given.
 * develop loads the handbook again on every save, and the old tool's data
 * files around the content folder (18F's navigation: hundreds of entries,
 * 30 ms to parse) rarely change between saves. For a handful of data files,
 * not for every page: what it returns is shared by every call with the same
 * text, so callers only read it.
 */
export function textMemo<T>(compute: (text: string) => T, size = 16): (text: string) => T {
  const remembered = new Map<string, T>()
  return (text) => {
    if (remembered.has(text)) {
      const value = remembered.get(text) as T
      // Most recently used last: the first key is the one to forget.
      remembered.delete(text)
      remembered.set(text, value)
      return value
    }
    const value = compute(text)
    remembered.set(text, value)
    if (remembered.size > size) remembered.delete(remembered.keys().next().value as string)
    return value
  }
}
