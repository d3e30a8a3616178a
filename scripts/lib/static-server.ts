/**
 * A small static file server for built sites, as a static host serves them:
 * `/a/b` → `a/b/index.html`, a path prefix, and for misses the nearest
 * `404.html` up the missing path (`/ja/x` → `ja/404.html`, else `404.html`,
 * as Cloudflare Pages looks for it: a language's own 404 page); other
 * folders may be mounted at their own paths (the benchmark's Pagefind index,
 * kept outside the site). Uncompressed, without caching headers: tests read
 * what the build wrote, and the benchmark gzips each body itself.
 */
import http from 'node:http'
import fs from 'node:fs'
import path from 'node:path'
import type { AddressInfo } from 'node:net'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.pdf': 'application/pdf',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
}

export interface StaticServer {
  url: string
  close(): Promise<void>
}

function fileFor(root: string, urlPath: string): string | undefined {
  const decoded = decodeURIComponent(urlPath)
  const candidate = path.join(root, decoded)
  if (!candidate.startsWith(root)) return undefined
  for (const file of [candidate, path.join(candidate, 'index.html'), `${candidate}.html`]) {
    if (fs.existsSync(file) && fs.statSync(file).isFile()) return file
  }
  return undefined
}

/** The `404.html` nearest to a missing path: in its folder or the closest one above it, the root's last. */
function notFoundFor(root: string, urlPath: string): string {
  const folders = decodeURIComponent(urlPath).split('/').filter(Boolean).slice(0, -1)
  for (let depth = folders.length; depth > 0; depth--) {
    const candidate = path.join(root, ...folders.slice(0, depth), '404.html')
    if (candidate.startsWith(root) && fs.existsSync(candidate)) return candidate
  }
  return path.join(root, '404.html')
}

export interface ServeOptions {
  /** Folders served at their own path under the prefix, e.g. `{ '/pagefind': dir }`. */
  mounts?: Record<string, string>
}

export function serveStatic(root: string, pathPrefix = '', options: ServeOptions = {}): Promise<StaticServer> {
  const mounts = Object.entries(options.mounts ?? {})
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    let urlPath = url.pathname
    if (pathPrefix) {
      if (urlPath !== pathPrefix && !urlPath.startsWith(`${pathPrefix}/`)) {
        response.writeHead(404).end('outside the path prefix')
        return
      }
      urlPath = urlPath.slice(pathPrefix.length) || '/'
    }
    const mount = mounts.find(([at]) => urlPath === at || urlPath.startsWith(`${at}/`))
    const file = mount ? fileFor(mount[1], urlPath.slice(mount[0].length) || '/') : fileFor(root, urlPath)
    const status = file ? 200 : 404
    const body = file ?? notFoundFor(root, urlPath)
    response.writeHead(status, { 'content-type': TYPES[path.extname(body)] ?? 'application/octet-stream' })
    fs.createReadStream(body).pipe(response)
  })
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      resolve({
        url: `http://127.0.0.1:${port}${pathPrefix}`,
        close: () => new Promise((done) => server.close(() => done())),
      })
    })
  })
}
