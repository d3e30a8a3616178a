/**
 * Hugo's `ref` and `relref`: the URL of the page a path names, as Hugo
 * finds it — relative to the page's folder, then from the content root,
 * then, for a bare name, the one page of that file name anywhere — with
 * the extension optional and a `#anchor` kept. Unresolved, it is a problem
 * at the tag with "Did you mean" (the page's pages by file name).
 */
import path from 'node:path'
import { suggestPath } from './suggest-path'
import type { RefResolver } from '../../links/link-lookups'
import type { LinkIndex, Route } from '../../links/links'

// Where pipeline/ imports it from.

const resolvers = new WeakMap<LinkIndex, RefResolver>()

function baseName(sourcePath: string): string {
  return path.posix
    .basename(sourcePath)
    .replace(/\.(mdx?|markdown)$/i, '')
    .toLowerCase()
}

export function refResolver(routes: readonly Route[], index: LinkIndex): RefResolver {
  let resolver = resolvers.get(index)
  if (resolver) return resolver
  const byName = new Map<string, Route | null>()
  for (const route of routes) {
    const name = baseName(route.sourcePath)
    byName.set(name, byName.has(name) ? null : route)
  }
  resolver = (target, from) => {
    const hashAt = target.indexOf('#')
    const pathPart = (hashAt >= 0 ? target.slice(0, hashAt) : target).trim()
    const anchor = hashAt >= 0 ? target.slice(hashAt) : ''
    if (pathPart === '') return anchor ? { url: anchor } : { problem: 'needs the path of a page, e.g. {{< ref "handbook/values.md" >}}' }
    const clean = (p: string) =>
      path.posix
        .normalize(p)
        .replace(/^\/+|\/+$/g, '')
        .replace(/^\.$/, '')
    const candidates = pathPart.startsWith('/') ? [clean(pathPart)] : [clean(path.posix.join(path.posix.dirname(from), pathPart)), clean(pathPart)]
    for (const candidate of candidates) {
      const found = index.pageAtContentPath(candidate)
      if (found) return { url: found.url + anchor }
    }
    const named = pathPart.includes('/') ? undefined : byName.get(baseName(pathPart))
    if (named) return { url: named.url + anchor }
    if (named === null) return { problem: `"${pathPart}" is the file name of several pages: write its path, e.g. {{< ref "${routes.find((r) => baseName(r.sourcePath) === baseName(pathPart))!.sourcePath}" >}}` }
    const hint = suggestPath(
      candidates[0]!,
      routes.map((route) => route.sourcePath),
    )
    return { problem: `no page at "${pathPart}" (looked from this page's folder, then from the content root).${hint}` }
  }
  resolvers.set(index, resolver)
  return resolver
}
