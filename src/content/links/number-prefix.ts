/**
 * Docusaurus' number prefixes: a file or folder named `01-basics`,
 * `2. Deploy` or `03_setup` is ordered by its number and known without it
 * (`basics`), in its doc id and its URL alike. As Docusaurus' default
 * parser does, a name that looks like a date or a version (`2021-11-notes`,
 * `7.0-release`) has no prefix.
 */

/** A name that begins like a date or a version: not a number prefix. */
const DATE_OR_VERSION = /^\d+[-_.]\d+/
/** The number, its separators, and a rest that does not begin with another separator. */
const NUMBER_PREFIX = /^(\d+)\s*[-_.]+\s*([^-_.\s].*)$/

/** A file or folder name (without extension) split into its number prefix and the name it is known by. */
export function numberPrefix(name: string): { name: string; number?: number } {
  if (DATE_OR_VERSION.test(name)) return { name }
  const match = NUMBER_PREFIX.exec(name)
  return match ? { name: match[2]!, number: Number.parseInt(match[1]!, 10) } : { name }
}

/** A path with the number prefix of each segment removed: `01-basics/02-deploy` → `basics/deploy`. */
export function withoutNumberPrefixes(path: string): string {
  return path
    .split('/')
    .map((segment) => numberPrefix(segment).name)
    .join('/')
}
