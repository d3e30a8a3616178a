/**
 * The address Docusaurus gives a doc, in our URL form (segments slugified,
 * without its `routeBasePath`): the doc's folder without number prefixes,
 * then its id's last part (frontmatter `id:`, else the file's name without
 * its number prefix); a folder's index (`index`, `README`, or a file named
 * like its folder) is the folder. Frontmatter `slug:` replaces the address:
 * from the docs' root when it begins with `/`, else from the doc's folder.
 */
import { numberPrefix } from './number-prefix'
import { slugUrl, stripPageExtension, urlFromSourcePath } from './url'

export interface DocusaurusUrlOptions {
  /** Number prefixes are removed (Docusaurus' default; `numberPrefixParser: false` keeps them). */
  numberPrefixes: boolean
}

/** A written frontmatter value, trimmed; undefined when it is no text or empty. */
function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
}

/**
 * The URL Docusaurus served the doc at `sourcePath` at, from its `slug` and
 * `id`; undefined when a slug cannot be an address (page-sources.ts reports
 * it and keeps the file's URL).
 */
export function docusaurusUrl(sourcePath: string, frontmatter: Readonly<Record<string, unknown>>, options: DocusaurusUrlOptions): string | undefined {
  const segments = stripPageExtension(sourcePath).split('/')
  const fileName = segments.pop()!
  const strip = (name: string) => (options.numberPrefixes ? numberPrefix(name).name : name)
  const folder = segments.map(strip)
  // A path in the doc's folder, as Docusaurus resolves a relative slug or an id against it.
  const inFolder = (name: string) => [...folder, name].join('/')
  const slug = text(frontmatter.slug)
  if (slug !== undefined) {
    const result = slugUrl(slug, slug.startsWith('/') ? sourcePath : `${inFolder('page')}.md`)
    return result.ok ? result.url : undefined
  }
  const lower = fileName.toLowerCase()
  if (lower === 'index' || lower === 'readme' || (segments.length > 0 && lower === segments.at(-1)!.toLowerCase())) return urlFromSourcePath(`${inFolder('index')}.md`)
  return urlFromSourcePath(`${inFolder(text(frontmatter.id) ?? strip(fileName))}.md`)
}
