/**
 * Serves a built public folder on 127.0.0.1 as a static host does (`/a/b`
 * → `a/b/index.html` or `a/b.html`, under an optional path prefix), plus
 * extra folders mounted at their own paths (the Pagefind index, written
 * outside the site so the built folder stays as it was). Uncompressed: the
 * benchmark gzips each body itself, so both engines are measured alike.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import express from 'express'

export interface BenchServer {
  /** Origin and path prefix, without a trailing slash. */
  url: string
  close(): Promise<void>
}

export function serveSite(publicDir: string, options: { pathPrefix?: string; mounts?: Record<string, string> } = {}): Promise<BenchServer> {
  const prefix = (options.pathPrefix ?? '').replace(/\/+$/, '')
  const site = express.Router()
  for (const [mount, dir] of Object.entries(options.mounts ?? {})) site.use(mount, express.static(dir, { redirect: false, etag: false }))
  site.use(express.static(publicDir, { redirect: false, etag: false, extensions: ['html'] }))
  site.use((request, response) => {
    const candidate = path.join(publicDir, decodeURIComponent(request.path), 'index.html')
    if (candidate.startsWith(publicDir) && fs.existsSync(candidate)) return response.sendFile(candidate)
    const notFound = path.join(publicDir, '404.html')
    return fs.existsSync(notFound) ? response.status(404).sendFile(notFound) : response.status(404).end()
  })
  const app = express()
  app.disable('x-powered-by')
  app.use(prefix || '/', site)
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      resolve({ url: `http://127.0.0.1:${port}${prefix}`, close: () => new Promise((done) => server.close(() => done())) })
    })
  })
}
