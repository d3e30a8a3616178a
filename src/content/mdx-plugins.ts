/**
 * The same treatment for `.mdx` pages as for `.md` ones, as unified plugins
 * for gatsby-plugin-mdx: GFM, the title H1 rule, link rewriting, heading ids
 * and anchors, Prism highlighting. The compiler runs inside webpack, so the
 * routes it resolves links against are read from a manifest file the source
 * step writes.
 */
import fs from 'node:fs'
import type { Root as MdastRoot } from 'mdast'
import type { Root as HastRoot } from 'hast'
import remarkGfm from 'remark-gfm'
import { createLinkIndex, type Route, type SiteAddress } from './links'
import { takeTitleHeading } from './markdown/title-heading'
import { rewriteLinks } from './markdown/rewrite-links'
import { addHeadingAnchors, assignHeadingIds } from './markdown/heading-ids'
import { highlightCodeBlocks } from './markdown/highlight'
import { labelTaskCheckboxes } from './markdown/task-lists'

export interface MdxPageEntry {
  sourcePath: string
  url: string
  frontmatterTitle?: string
}

export interface RouteManifest {
  site: SiteAddress
  hrefPrefix: string
  routes: Route[]
  /** Non-page files links may point to. */
  files: string[]
  /** MDX pages by absolute file path. */
  mdx: Record<string, MdxPageEntry>
}

export function writeRouteManifest(file: string, manifest: RouteManifest): void {
  const temporary = `${file}.${process.pid}.tmp`
  fs.writeFileSync(temporary, JSON.stringify(manifest))
  fs.renameSync(temporary, file)
}

interface VFileLike {
  path?: string
}

/** Remark and rehype plugins for gatsby-plugin-mdx's `mdxOptions`. */
export function createMdxPlugins(manifestFile: string) {
  let cached: { mtimeMs: number; manifest: RouteManifest; index: ReturnType<typeof createLinkIndex> } | undefined
  const load = () => {
    const mtimeMs = fs.statSync(manifestFile).mtimeMs
    if (!cached || cached.mtimeMs !== mtimeMs) {
      const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as RouteManifest
      const files = new Set(manifest.files)
      cached = { mtimeMs, manifest, index: createLinkIndex(manifest.routes, (p) => files.has(p)) }
    }
    return cached
  }
  const entryFor = (file: VFileLike) => (file.path ? load().manifest.mdx[file.path] : undefined)

  function remarkHandbookTitle() {
    return (tree: MdastRoot, file: VFileLike) => {
      const entry = entryFor(file)
      if (entry) takeTitleHeading(tree, entry.frontmatterTitle)
    }
  }

  function rehypeHandbook() {
    return (tree: HastRoot, file: VFileLike) => {
      const entry = entryFor(file)
      if (entry) {
        const { manifest, index } = load()
        rewriteLinks(tree, {
          from: { sourcePath: entry.sourcePath, url: entry.url },
          index,
          site: manifest.site,
          hrefPrefix: manifest.hrefPrefix,
        })
      }
      assignHeadingIds(tree)
      addHeadingAnchors(tree)
      highlightCodeBlocks(tree)
      labelTaskCheckboxes(tree)
    }
  }

  return { remarkPlugins: [remarkGfm, remarkHandbookTitle], rehypePlugins: [rehypeHandbook] }
}
