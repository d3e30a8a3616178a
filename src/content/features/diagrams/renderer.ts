/**
 * The build-time renderer of diagrams (beautiful-mermaid), loaded when a
 * page first has a diagram, and its version, which joins the render-cache
 * key of every page with a diagram: a new renderer redraws them.
 *
 * Loaded by its file's path: the package exports its entry under the
 * `import` condition only, so CommonJS loaders (tsx for `npm run check`,
 * Gatsby's compiled gatsby-config, which read the wings through the
 * settings) cannot resolve it by name, while Node 20.19+ requires the ES
 * module itself. Loading it lazily also keeps it out of every process that
 * draws no diagram.
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type * as BeautifulMermaid from 'beautiful-mermaid'

const PACKAGE = 'beautiful-mermaid'

let folder: string | undefined
let loaded: typeof BeautifulMermaid | undefined

/** The package's folder, found as Node finds packages: the node_modules folders from here up. */
function packageFolder(): string {
  if (folder) return folder
  const require = createRequire(__filename)
  for (const dir of require.resolve.paths(PACKAGE) ?? []) {
    const candidate = path.join(dir, PACKAGE)
    if (fs.existsSync(path.join(candidate, 'package.json'))) return (folder = candidate)
  }
  throw new Error(`${PACKAGE} is not installed: run npm install`)
}

/** The renderer's module. */
export function diagramRenderer(): typeof BeautifulMermaid {
  if (loaded) return loaded
  const root = packageFolder()
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { main?: string }
  loaded = createRequire(__filename)(path.join(root, manifest.main ?? 'dist/index.js')) as typeof BeautifulMermaid
  return loaded
}

/** `beautiful-mermaid@1.1.3`: the renderer as installed. */
export function diagramRendererVersion(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(packageFolder(), 'package.json'), 'utf8')) as { version: string }
  return `${PACKAGE}@${manifest.version}`
}

/** What the drawn SVG of a page's diagrams depends on besides their text: the renderer and how the wing draws with it (draw.ts; raise the last part when that changes). */
export function diagramRenderKey(): string {
  return `${diagramRendererVersion()};css-variables;v1`
}
