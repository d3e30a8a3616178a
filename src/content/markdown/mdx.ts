/**
 * `.mdx` pages get the same treatment as `.md` ones, as unified plugins for
 * gatsby-plugin-mdx: GFM, the title H1 rule, then `finishPageTree` on the
 * HTML tree (links, heading ids and anchors, Prism, task lists). The build
 * reads an MDX page's headings and links by taking its syntax tree through
 * the same HTML tree step and the same `finishPageTree`, so what it checks is
 * what the compiled page has.
 *
 * The compiler runs inside webpack, so the routes links resolve against come
 * from a manifest the source step writes; these factories take a function
 * returning it (reading the file is load/route-manifest.ts's job).
 */
import type { Root as MdastRoot } from 'mdast'
import type { Root as HastRoot } from 'hast'
import { toHast } from 'mdast-util-to-hast'
import remarkGfm from 'remark-gfm'
import { createLinkIndex, type LinkIndex, type Route, type SiteAddress } from '../links'
import { takeTitleHeading } from './title-heading'
import { finishPageTree, TO_HAST_OPTIONS, type PageTreeContext } from './page-tree'

/** MDX's own node types, which @mdx-js/mdx passes through remark-rehype untouched (its `nodeTypes`). */
const MDX_NODE_TYPES = ['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm']

/** An MDX syntax tree as the HTML tree the MDX compiler makes of it (remark-rehype with our options). */
export function mdxTreeToHast(tree: MdastRoot): HastRoot {
  return toHast(tree, { ...TO_HAST_OPTIONS, allowDangerousHtml: true, passThrough: MDX_NODE_TYPES }) as HastRoot
}

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

/** What the plugins read of the file being compiled. */
export interface VFileLike {
  path?: string
}

/**
 * Remark and rehype plugins (and remark-rehype options) for gatsby-plugin-mdx's
 * `mdxOptions`. `current` is asked for the manifest on every file: in develop
 * it changes whenever the content is reloaded.
 */
export function handbookMdxPlugins(current: () => RouteManifest) {
  let indexed: { manifest: RouteManifest; index: LinkIndex } | undefined
  const linkIndex = (manifest: RouteManifest): LinkIndex => {
    if (indexed?.manifest !== manifest) {
      const files = new Set(manifest.files)
      indexed = { manifest, index: createLinkIndex(manifest.routes, (p) => files.has(p)) }
    }
    return indexed.index
  }
  const entryFor = (file: VFileLike) => (file.path ? current().mdx[file.path] : undefined)

  function remarkHandbookTitle() {
    return (tree: MdastRoot, file: VFileLike) => {
      const entry = entryFor(file)
      if (entry) takeTitleHeading(tree, entry.frontmatterTitle)
    }
  }

  function rehypeHandbook() {
    return (tree: HastRoot, file: VFileLike) => {
      const entry = entryFor(file)
      let context: PageTreeContext = {}
      if (entry) {
        const manifest = current()
        context = {
          link: { from: { sourcePath: entry.sourcePath, url: entry.url }, index: linkIndex(manifest), site: manifest.site, hrefPrefix: manifest.hrefPrefix },
        }
      }
      finishPageTree(tree, context)
    }
  }

  // A fresh options object: gatsby-plugin-mdx adds its own passThrough to it.
  return { remarkPlugins: [remarkGfm, remarkHandbookTitle], rehypePlugins: [rehypeHandbook], remarkRehypeOptions: { ...TO_HAST_OPTIONS } }
}
