/**
 * GitBook's first page: `.gitbook.yaml` `structure.readme` (`README.md` by
 * default) is the home page, wherever it is in the content folder
 * (`intro.md`, `product/README.md`). A README.md elsewhere is the page of its
 * folder as ours is (links/url.ts); the root README.md, when another file is
 * the readme, is an ordinary page at `/readme` so that the two do not fight
 * over `/`. A readme that names no page is a warning at `.gitbook.yaml`, with
 * the fix.
 */
import { warning, type Diagnostic } from '../common/diagnostics'
import { slugifySegment } from '../links/slug'
import { stripPageExtension, urlFromSourcePath } from '../links/url'
import type { GitBookConfig } from '../source/gitbook'
import type { LoadedSource } from './page-sources'

/** `sources` with the page `structure.readme` names at `/` (unless it sets its own URL). */
export function withGitBookReadme(sources: LoadedSource[], gitbook: GitBookConfig | undefined, diagnostics: Diagnostic[]): LoadedSource[] {
  if (!gitbook) return sources
  const readme = gitbook.readme.normalize('NFC')
  // README.md (or index.md) at the root is already the home page.
  if (urlFromSourcePath(readme) === '/') return sources
  const index = sources.findIndex((source) => source.file.sourcePath.normalize('NFC').toLowerCase() === readme.toLowerCase())
  if (index < 0) {
    diagnostics.push(
      warning(
        'source-data',
        gitbook.file,
        `structure.readme names "${gitbook.readme}", which is no page of the handbook, so the home page is the content folder's README.md or index.md: write the path of the first page's file, from the content folder`,
      ),
    )
    return sources
  }
  const first = sources[index]!
  // A URL the page sets itself (slug, permalink) stays: the readme is then where it says.
  if (first.url !== urlFromSourcePath(first.file.sourcePath)) return sources
  return sources.map((source, i) => {
    if (i === index) return { ...source, url: '/' }
    // The root's own index file, no longer the home page: at its name, as any page.
    if (source.url === '/' && urlFromSourcePath(source.file.sourcePath) === '/') return { ...source, url: `/${slugifySegment(stripPageExtension(source.file.sourcePath))}` }
    return source
  })
}
