/**
 * The redirects an old tool's configuration lists, as the pages' own old
 * addresses: GitBook's `.gitbook.yaml` `redirects:` (`old/path: new/page.md`)
 * and the `redirect_maps` of MkDocs' redirects plugin (`old.md: new.md`).
 * Each becomes a `redirect_from` of the page it names, so the redirects wing
 * publishes it and the link check finds links to it, as for any moved page.
 * A redirect to no page is a warning at its line, with the fix.
 */
import { warning, type Diagnostic } from '../common/diagnostics'
import { pageFolderSegments } from '../links/url'
import type { HandbookSource } from '../source/read-source'
import type { MkdocsData } from '../source/mkdocs'
import type { LoadedSource } from './page-sources'

/** One redirect of a tool's configuration. */
export interface ToolRedirect {
  /** The old address, a site path (`/help`). */
  from: string
  /** The file of the page it leads to, from the content folder (`#…` allowed), or a full address of another site. */
  to: string
  /** How the configuration writes it, for messages: `redirects: "help" goes to "support.md"`. */
  written: { key: string; from: string; to: string }
  line?: number
}

/** The redirects of the tool the handbook comes from, and the file that lists them (as messages name it). */
export function toolRedirects(source: Pick<HandbookSource, 'gitbook' | 'data'>): { file: string; redirects: ToolRedirect[] } | undefined {
  if (source.gitbook?.redirects.length) {
    return {
      file: source.gitbook.file,
      redirects: source.gitbook.redirects.map((redirect) => ({
        from: `/${redirect.from}`,
        to: redirect.to,
        written: { key: 'redirects', from: redirect.from, to: redirect.to },
        ...(redirect.line !== undefined ? { line: redirect.line } : {}),
      })),
    }
  }
  const mkdocs = source.data.mkdocs as MkdocsData | undefined
  if (mkdocs?.redirects?.length) {
    return {
      file: mkdocs.redirects[0]!.file,
      // The old page's address on the MkDocs site (`old/index.md` was /old/), to the page's file under docs_dir.
      redirects: mkdocs.redirects.map((redirect) => ({
        from: `/${pageFolderSegments(redirect.from.replace(/^\/+/, '')).join('/')}`,
        to: /^[a-z][a-z0-9+.-]*:/i.test(redirect.to) ? redirect.to : `${mkdocs.navBase}${redirect.to.replace(/^\/+/, '')}`,
        written: { key: 'redirect_maps', from: redirect.from, to: redirect.to },
        line: redirect.line,
      })),
    }
  }
  return undefined
}

/** `sources` with the redirects of the old tool's configuration added to the `redirect_from` of the pages they name. */
export function withToolRedirects(sources: LoadedSource[], source: Pick<HandbookSource, 'gitbook' | 'data'>, diagnostics: Diagnostic[]): LoadedSource[] {
  const listed = toolRedirects(source)
  if (!listed) return sources
  const bySource = new Map(sources.map((page, index) => [page.file.sourcePath, index]))
  const added = new Map<number, string[]>()
  for (const redirect of listed.redirects) {
    const { key, from, to } = redirect.written
    if (/^[a-z][a-z0-9+.-]*:/i.test(redirect.to)) {
      diagnostics.push(
        warning(
          'redirect-external',
          listed.file,
          `${key}: "${from}" goes to another site (${to}), which a redirect of this handbook does not publish: write a page ${/\.mdx?$/.test(from) ? from : `${from}.md`} whose frontmatter says redirect_to: ${to}`,
          redirect.line,
        ),
      )
      continue
    }
    let target = redirect.to.split('#')[0]!
    try {
      target = decodeURI(target)
    } catch {}
    const index = bySource.get(target)
    if (index === undefined) {
      diagnostics.push(
        warning(
          'redirect-missing-page',
          listed.file,
          `${key}: "${from}" goes to "${to}", which is no page of the handbook, so it is not published: write the path of the page's file, from the content folder`,
          redirect.line,
        ),
      )
      continue
    }
    added.set(index, [...(added.get(index) ?? []), redirect.from])
  }
  return sources.map((page, index) => {
    const more = added.get(index)
    return more ? { ...page, frontmatter: { ...page.frontmatter, redirect_from: [...(page.frontmatter.redirect_from ?? []), ...more] } } : page
  })
}
