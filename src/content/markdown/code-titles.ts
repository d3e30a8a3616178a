/**
 * Fenced code with a title, as Docusaurus writes it
 * (docusaurus.io/docs/markdown-features/code-blocks#code-title) and
 * Material for MkDocs too (its "Adding a title" of code blocks):
 *
 *     ```jsx title="/src/components/HelloCodeTitle.js"
 *
 * The title is shown over the code, in the figure `<CodeBlock title>` and
 * GitBook's `{% code title %}` make (docusaurus-theme.ts, gitbook-blocks.ts).
 * Run on the pages of a handbook from those tools, where the build reads a
 * page and in the MDX compiler alike.
 */
import type { Code, Content, Parent, Root } from 'mdast'
import { element, line, text } from './shortcodes/nodes'

/** The tools whose fences take a `title="…"`; elsewhere the meta is kept as written. */
const TITLED_FENCES: ReadonlySet<string> = new Set(['docusaurus', 'mkdocs'])

/** Whether the fences of a handbook from `tool` show their titles. */
export const fencesHaveTitles = (tool: string | undefined): boolean => tool !== undefined && TITLED_FENCES.has(tool)

/** `title="…"` or `title='…'` in a fence's meta. */
const TITLE = /(?:^|\s)title=(["'])(.*?)\1/

/** The title a fence's meta gives its code, if any. */
export function codeTitle(meta: string | null | undefined): string | undefined {
  const title = meta ? TITLE.exec(meta)?.[2]?.trim() : undefined
  return title || undefined
}

/** Puts each titled fence of the tree under its title. */
export function applyCodeTitles(tree: Root): void {
  const walk = (parent: Parent) => {
    parent.children = parent.children.map((child) => {
      if (child.type === 'code') {
        const title = codeTitle((child as Code).meta)
        return title ? element('figure', { className: ['code-block'] }, [line('code-title', [text(title)]), child as Content]) : child
      }
      if ('children' in child) walk(child as Parent)
      return child
    }) as Parent['children']
  }
  walk(tree)
}
