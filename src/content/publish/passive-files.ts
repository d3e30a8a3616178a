/**
 * Which files of the content folder are published next to the pages. Content
 * comes from pull requests, and the site serves a file from its own origin:
 * an .html, .js or .xml file there can run script as the site (read what a
 * reader sees, register a service worker that answers for every page). So
 * only passive types a handbook links to are published: images, PDF, office
 * documents, plain text and data tables, archives, audio and video. SVG is
 * published sanitised (svg.ts). Anything else is refused, with an error at
 * the link, unless a maintainer lists its path in `publishFiles` in
 * handbook.config.ts (never in handbook.yml, which pull requests change).
 */
import { extensionOf } from '../links/url'

/** Published as they are. */
// biome-ignore format: grouped by kind, one group a line, as the comments say
export const PASSIVE_EXTENSIONS: ReadonlySet<string> = new Set([
  // Raster images.
  'png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'ico', 'bmp', 'tif', 'tiff',
  'pdf',
  // Office documents (Microsoft, OpenDocument, Apple).
  'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'ods', 'odp', 'rtf', 'key', 'numbers', 'pages',
  // Plain text and tables.
  'txt', 'md', 'csv', 'tsv',
  // Archives.
  'zip', 'gz', 'tgz', 'tar', '7z',
  // Audio and video.
  'mp3', 'wav', 'ogg', 'oga', 'm4a', 'flac', 'mp4', 'webm', 'mov', 'm4v', 'ogv',
])

/** Image types a logo, icon or social image may be. */
export const IMAGE_EXTENSIONS: ReadonlySet<string> = new Set(['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'ico', 'bmp', 'svg'])

/** Types a browser runs or that can carry script, each with what it could do. */
const ACTIVE_EXTENSIONS: Readonly<Record<string, string>> = {
  html: "a page could run script on the handbook's site",
  htm: "a page could run script on the handbook's site",
  xhtml: "a page could run script on the handbook's site",
  js: "a script could run on the handbook's site",
  mjs: "a script could run on the handbook's site",
  cjs: "a script could run on the handbook's site",
  xml: "an XML document can carry script that runs on the handbook's site",
  xsl: "a stylesheet can carry script that runs on the handbook's site",
  json: 'a script of the site could load it as data or as a manifest',
  webmanifest: 'it could install the handbook as an app with another name and start page',
  wasm: "a script could run it on the handbook's site",
  php: 'a server could run it',
  swf: "a plug-in could run it on the handbook's site",
}

/** A service worker answers for every page under its folder once registered. */
const SERVICE_WORKER = /(^|\/)(sw|service-?worker)[^/]*\.m?js$/i

/**
 * Whether a `publishFiles` entry names the file: an exact content path, or a pattern where `*` is any
 * part of one name and `**` any folders (`downloads/**`, `exports/*.json`).
 */
export function matchesPublishEntry(entry: string, sourcePath: string): boolean {
  const pattern = entry
    .trim()
    .replace(/\\/g, '/')
    .replace(/^(?:\.\/|\/)+/, '')
  if (!pattern.includes('*')) return pattern === sourcePath
  const source = pattern
    .split(/(\*\*\/|\*\*|\*)/)
    .map((part) => (part === '**/' ? '(?:[^/]+/)*' : part === '**' ? '.*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('')
  return new RegExp(`^${source}$`).test(sourcePath)
}

export type PublishRule =
  /** Copied as it is. */
  | { publish: 'copy' }
  /** Written sanitised (svg.ts). */
  | { publish: 'svg' }
  | { publish: 'refused'; message: string }

const FIX = 'or a maintainer lists it in publishFiles in handbook.config.ts'

/** How a linked content file is published, or why it is not; `publishFiles` from handbook.config.ts. */
export function publishRuleOf(sourcePath: string, publishFiles: readonly string[] = []): PublishRule {
  if (publishFiles.some((entry) => matchesPublishEntry(entry, sourcePath))) return { publish: 'copy' }
  const ext = extensionOf(sourcePath)
  if (SERVICE_WORKER.test(sourcePath)) {
    return {
      publish: 'refused',
      message: `${sourcePath}: a script named as a service worker is not published from the content folder (once registered it would answer for every page of the site): remove the link, ${FIX}`,
    }
  }
  const active = ACTIVE_EXTENSIONS[ext]
  if (active) return { publish: 'refused', message: `${sourcePath}: .${ext} files are not published from the content folder (${active}): link to a PDF or a page instead, ${FIX}` }
  if (ext === 'svg') return { publish: 'svg' }
  if (PASSIVE_EXTENSIONS.has(ext)) return { publish: 'copy' }
  const kind = ext ? `.${ext} files are` : 'files without an extension are'
  return {
    publish: 'refused',
    message: `${sourcePath}: ${kind} not among the types published from the content folder (images, PDF, office documents, text and CSV, archives, audio and video): save it as one of those, ${FIX}`,
  }
}
