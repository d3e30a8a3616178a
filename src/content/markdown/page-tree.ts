/**
 * The treatment every page's HTML tree gets, `.md` and `.mdx` alike, and what
 * the rest of the site reads from it: links rewritten (and recorded), heading
 * ids (with their "#" anchors, and the ids of the generator the handbook came
 * from kept beside them), Prism highlighting, labelled task checkboxes,
 * tables reachable from the keyboard.
 * `.md` rendering and the MDX rehype plugin both call `finishPageTree`, and
 * the build reads an `.mdx` page's headings and links through it too, so the
 * ids and links it checks are the ones the compiled page has.
 */
import type { Root } from 'hast'
import type { Options as ToHastOptions } from 'mdast-util-to-hast'
import { visit } from '../common/visit'
import { addHeadingAnchors, assignHeadingIds } from './heading-ids'
import { addHeadingAliases, formerHeadingIds, type FormerIds } from './heading-aliases'
import type { HeadingInfo } from '../links/heading'
import { highlightCodeBlocks } from './highlight'
import { labelTaskCheckboxes } from './task-lists'
import { focusableTables } from './scrollable-tables'
import { rewriteLinks, type LinkContext } from './rewrite-links'
import type { LinkUse } from '../links/links'

/**
 * Options of the Markdown-to-HTML tree step, for `.md` and for MDX's
 * remark-rehype: footnote ids without GitHub's user-content- prefix, like
 * every other id (links copied from GitHub lose it too).
 */
export const TO_HAST_OPTIONS = { clobberPrefix: '' } as const satisfies ToHastOptions

export interface PageTreeContext {
  /** Where the page's links resolve; without it (an MDX file outside the handbook) links are left as written. */
  link?: LinkContext
  /** The generator the handbook comes from: its heading ids are kept beside ours (heading-aliases.ts). */
  formerIds?: FormerIds
}

export interface PageTreeFacts {
  links: LinkUse[]
  headings: HeadingInfo[]
  /** Every id a link can point to with #fragment: headings, raw HTML anchors, footnotes. */
  anchors: string[]
}

function anchorsOf(tree: Root): string[] {
  const ids: string[] = []
  visit(tree, 'element', (node) => {
    const id = node.properties?.id ?? (node.tagName === 'a' ? node.properties?.name : undefined)
    if (typeof id === 'string' && id) ids.push(id)
  })
  return ids
}

/** Applies the shared treatment to `tree` in place and returns what it found. */
export function finishPageTree(tree: Root, context: PageTreeContext): PageTreeFacts {
  const links = context.link ? rewriteLinks(tree, context.link) : []
  const former = context.formerIds ? formerHeadingIds(tree, context.formerIds) : undefined
  const headings = assignHeadingIds(tree)
  addHeadingAnchors(tree)
  if (former) addHeadingAliases(tree, former)
  highlightCodeBlocks(tree)
  labelTaskCheckboxes(tree)
  focusableTables(tree)
  return { links, headings, anchors: anchorsOf(tree) }
}
