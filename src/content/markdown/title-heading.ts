/**
 * The page title and the `# heading` that often repeats it. A page shows one
 * H1: the title. So the H1 the title was taken from, or a leading H1 that says
 * the same as the frontmatter title, is removed from the body.
 */
import type { Content, Heading, PhrasingContent, Root } from 'mdast'
import { toString as mdastToString } from 'mdast-util-to-string'
import { sameTitle } from '../page/title'
import { titleSource, titleText } from '../../shared/title'

export interface TitleHeading {
  /** Text of the first H1, when there is one. */
  text?: string
  /** The same H1 as a title is written (src/shared/title.ts): its text escaped, its `*x*`, `**x**`, `` `x` `` and inline HTML as tags. */
  markup?: string
  /** Whether the body's H1 was removed because the title stands for it. */
  removed: boolean
}

const MARK_TAGS: Partial<Record<PhrasingContent['type'], string>> = { emphasis: 'em', strong: 'strong', inlineCode: 'code' }

/** A heading's inline content as a title is written: Markdown's marks become the tags a title keeps, inline HTML stays as written (the title's parser decides what of it is kept). */
function markupOf(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map((node): string => {
      const tag = MARK_TAGS[node.type]
      if (node.type === 'text') return titleSource(node.value)
      if (node.type === 'html') return node.value
      if (node.type === 'inlineCode') return `<code>${titleSource(node.value)}</code>`
      if (node.type === 'break') return ' '
      if ('children' in node) return tag ? `<${tag}>${markupOf(node.children as PhrasingContent[])}</${tag}>` : markupOf(node.children as PhrasingContent[])
      return titleSource(mdastToString(node))
    })
    .join('')
}

/** The heading's markup and its plain text (entities decoded, tags removed: what titles are compared by). */
function read(heading: Heading): { text: string; markup: string } {
  const markup = markupOf(heading.children).trim()
  return { text: titleText(markup), markup }
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
  const { text, markup } = read(node)
  if (!text) return { removed: false }
  // The navigation's label is the title: a heading that says something else is the body's first section.
  if (navigationTitle !== undefined && !sameTitle(text, navigationTitle)) return { removed: false }
  if (keep) return { text, markup, removed: false }
  tree.children.splice(index, 1)
  return { text, markup, removed: true }
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
  const { text, markup } = read(heading)
  if (!text) return { removed: false }
  if (options.keep) return { text, markup, removed: false }
  if (frontmatterTitle === undefined) {
    tree.children.splice(index, 1)
    return { text, markup, removed: true }
  }
  const leading = tree.children.slice(0, index).every(isIgnorableLead)
  if (leading && sameTitle(text, titleText(frontmatterTitle))) {
    tree.children.splice(index, 1)
    return { text, markup, removed: true }
  }
  return { text, markup, removed: false }
}
