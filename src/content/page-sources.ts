/**
 * Each page's text as read, parsed: frontmatter, body, the lines of the
 * fields later messages point at, and the page's URL.
 */
import { parseSource, type Frontmatter, type FrontmatterField } from './frontmatter'
import type { Diagnostic } from './diagnostics'
import type { SourceFile } from './load/content-files'
import type { PageText } from './load/read-content'
import { urlFromSlug, urlFromSourcePath } from './url'

/** Frontmatter fields whose line is kept for messages about them. */
const LINED_FIELDS = ['sidebar', 'redirect_from', 'aliases', 'owner', 'reviewed', 'review_every', 'image'] as const satisfies readonly FrontmatterField[]
export type FieldLines = Partial<Record<(typeof LINED_FIELDS)[number], number>>

export interface LoadedSource {
  file: SourceFile
  /** The file's text as read, frontmatter included. */
  text: string
  frontmatter: Frontmatter
  body: string
  frontmatterLines: number
  url: string
  fieldLines: FieldLines
}

export function parsePageSources(pages: readonly PageText[], diagnostics: Diagnostic[]): LoadedSource[] {
  return pages.map(({ file, text }) => {
    const parsed = parseSource(file.sourcePath, text)
    diagnostics.push(...parsed.diagnostics)
    // Hugo's `url:` is from the site root, with or without its leading slash.
    const slug = parsed.frontmatter.slug ?? (parsed.frontmatter.url ? `/${parsed.frontmatter.url.replace(/^\/+/, '')}` : undefined)
    return {
      file,
      text,
      frontmatter: parsed.frontmatter,
      body: parsed.body,
      frontmatterLines: parsed.frontmatterLines,
      fieldLines: Object.fromEntries(
        LINED_FIELDS.flatMap((field) => {
          const line = parsed.lineOf(field)
          return line ? [[field, line]] : []
        }),
      ),
      url: slug ? urlFromSlug(slug, file.sourcePath) : urlFromSourcePath(file.sourcePath),
    }
  })
}
