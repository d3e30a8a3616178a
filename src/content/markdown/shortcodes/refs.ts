/**
 * Hugo's `ref` and `relref`: the URL of the page a path names, as Hugo
 * finds it — relative to the page's folder, then from the content root,
 * then, for a bare name, the one page of that file name anywhere — with
 * the extension optional and a `#anchor` kept. Unresolved, the argument is
 * left as written, and the link check reports it like any broken link.
 */
import path from 'node:path'
import type { LinkIndex, Route } from '../../links'

export type RefResolver = (target: string, from: string) => string | undefined

const resolvers = new WeakMap<LinkIndex, RefResolver>()

function baseName(sourcePath: string): string {
  return path.posix.basename(sourcePath).replace(/\.(mdx?|markdown)$/i, '').toLowerCase()
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
    if (pathPart === '') return anchor || undefined
    const clean = (p: string) => path.posix.normalize(p).replace(/^\/+|\/+$/g, '').replace(/^\.$/, '')
    const candidates = pathPart.startsWith('/') ? [clean(pathPart)] : [clean(path.posix.join(path.posix.dirname(from), pathPart)), clean(pathPart)]
    for (const candidate of candidates) {
      const found = index.pageAtContentPath(candidate)
      if (found) return found.url + anchor
    }
    const unique = pathPart.includes('/') ? undefined : byName.get(baseName(pathPart))
    return unique ? unique.url + anchor : undefined
  }
  resolvers.set(index, resolver)
  return resolver
}
