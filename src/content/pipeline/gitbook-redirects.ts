/**
 * GitBook's `.gitbook.yaml` `redirects:` (`old/path: new/page.md`) as the
 * pages' own old addresses: each becomes a `redirect_from` of the page it
 * names, so the redirects wing publishes it and the link check finds links
 * to it, as for any moved page. A redirect to no page is a warning at its
 * line, with the fix.
 */
import { warning, type Diagnostic } from '../common/diagnostics'
import type { GitBookConfig } from '../source/gitbook'
import type { LoadedSource } from './page-sources'

/** `sources` with the redirects of `gitbook` added to the `redirect_from` of the pages they name. */
export function withGitBookRedirects(sources: LoadedSource[], gitbook: GitBookConfig | undefined, diagnostics: Diagnostic[]): LoadedSource[] {
  if (!gitbook?.redirects.length) return sources
  const bySource = new Map(sources.map((source, index) => [source.file.sourcePath, index]))
  const added = new Map<number, string[]>()
  for (const redirect of gitbook.redirects) {
    let target = redirect.to.split('#')[0]!
    try {
      target = decodeURI(target)
    } catch {}
    const index = bySource.get(target)
    if (index === undefined) {
      diagnostics.push(
        warning(
          'redirect-missing-page',
          gitbook.file,
          `redirects: "${redirect.from}" goes to "${redirect.to}", which is no page of the handbook, so it is not published: write the path of the page's file, from the content folder`,
          redirect.line,
        ),
      )
      continue
    }
    added.set(index, [...(added.get(index) ?? []), `/${redirect.from}`])
  }
  return sources.map((source, index) => {
    const more = added.get(index)
    return more ? { ...source, frontmatter: { ...source.frontmatter, redirect_from: [...(source.frontmatter.redirect_from ?? []), ...more] } } : source
  })
}
