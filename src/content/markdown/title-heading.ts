/**
 * The page title and the `# heading` that often repeats it. A page shows one
 * H1: the title. So the H1 the title was taken from, or a leading H1 that says
 * the same as the frontmatter title, is removed from the body.
 */
import type { Content, Heading, Root } from 'mdast'
import { toString as mdastToString } from 'mdast-util-to-string'
import { sameTitle } from '../page/title'

export interface TitleHeading {
  /** Text of the first H1, when there is one. */
  text?: string
  /** Whether the body's H1 was removed because the title stands for it. */
  removed: boolean
}

function isIgnorableLead(node: Content): boolean {
  // Comments, badges and empty HTML that READMEs open with are not content before the title.
  if (node.type === 'html') return true
  if (node.type === 'mdxFlowExpression') return true
  if (node.type === 'mdxjsEsm') return true
  return false
}

export interface TitleHeadingOptions {
  /**
   * A page with no H1 that begins with a `## heading` takes it as its title (GitBook: its editor
   * writes the title apart, so pages begin at `##`; left in, the heading showed under a file-name title).
   */
  leadingSubheading?: boolean
  /**
   * The page's label in the old tool's navigation (GitBook's SUMMARY.md): it is the title of a page with
   * no H1, before a leading `## heading`, which then stays in the body unless it says the same.
   */
  navigationTitle?: string
  /**
   * The page hides its title (`showTitle: false`, drawn for screen readers only): the heading the title
   * is taken from, or one that repeats it, stays in the body, where readers see it.
   */
  keep?: boolean
}

function takeLeadingSubheading(tree: Root, navigationTitle: string | undefined, keep: boolean): TitleHeading {
  const index = tree.children.findIndex((node) => !isIgnorableLead(node))
  const node = tree.children[index]
  if (node?.type !== 'heading' || node.depth !== 2) return { removed: false }
  const text = mdastToString(node).trim()
  if (!text) return { removed: false }
  // The navigation's label is the title: a heading that says something else is the body's first section.
  if (navigationTitle !== undefined && !sameTitle(text, navigationTitle)) return { removed: false }
  if (keep) return { text, removed: false }
  tree.children.splice(index, 1)
  return { text, removed: true }
}

/**
 * Finds the first H1. Without a frontmatter title it becomes the title and
 * leaves the body; with one, a leading H1 with the same text leaves the body.
 * With `keep` (a hidden title) the body keeps it either way.
 */
export function takeTitleHeading(tree: Root, frontmatterTitle: string | undefined, options: TitleHeadingOptions = {}): TitleHeading {
  const index = tree.children.findIndex((node) => node.type === 'heading' && node.depth === 1)
  if (index < 0) return frontmatterTitle === undefined && options.leadingSubheading ? takeLeadingSubheading(tree, options.navigationTitle, options.keep === true) : { removed: false }
  const heading = tree.children[index] as Heading
  const text = mdastToString(heading).trim()
  if (!text) return { removed: false }
  if (options.keep) return { text, removed: false }
  if (frontmatterTitle === undefined) {
    tree.children.splice(index, 1)
    return { text, removed: true }
  }
  const leading = tree.children.slice(0, index).every(isIgnorableLead)
  if (leading && sameTitle(text, frontmatterTitle)) {
    tree.children.splice(index, 1)
    return { text, removed: true }
  }
  return { text, removed: false }
}
