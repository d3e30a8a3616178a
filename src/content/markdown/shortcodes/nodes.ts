/**
 * mdast nodes that become a given HTML element (`data.hName`), with their
 * children rendered as Markdown. They go through the page sanitizer like the
 * editor's own HTML, so they carry only what it keeps: classes, `open`,
 * `title`, addresses.
 */
import type { Content, Paragraph } from 'mdast'
import type { Node as UnistNode } from 'unist'
import { visit } from '../../common/visit'
import { parseMarkdown } from '../parse'

type Properties = Record<string, string | boolean | number | string[]>

/** A block element (`div`, `details`, `figure`…) around Markdown. */
export function element(tagName: string, properties: Properties, children: readonly Content[]): Content {
  return { type: 'shortcodeElement', data: { hName: tagName, hProperties: properties }, children: [...children] } as unknown as Content
}

export function text(value: string): Content {
  return { type: 'text', value } as Content
}

/** A paragraph with a class: titles, headers, footers, labels. */
export function line(className: string, children: readonly Content[]): Content {
  return { type: 'paragraph', data: { hProperties: { className: [className] } }, children: [...children] } as Content
}

export function link(url: string, children: readonly Content[], className?: string): Content {
  return { type: 'link', url, children: [...children], ...(className ? { data: { hProperties: { className: [className] } } } : {}) } as Content
}

/**
 * A title written with inline Markdown or HTML (`{% alert "A <a href=…>Low</a> system" %}`: Docsy and the
 * US Web Design System's alerts show it as HTML): its inline nodes, placed at the tag, plain text otherwise.
 */
export function inline(value: string, place: { line: number; column: number }): Content[] {
  if (!/[<*_`[&]/.test(value)) return [text(value)]
  const first = parseMarkdown(value, 'md').children[0]
  if (first?.type !== 'paragraph') return [text(value)]
  const point = { line: place.line, column: place.column }
  for (const node of (first as Paragraph).children) visit(node as UnistNode, (child) => void (child.position = { start: { ...point }, end: { ...point } }))
  return (first as Paragraph).children
}

/** The class of the tab a set shows first (client/tabs.ts reads it; content-classes.ts keeps it): MkDocs' `===+`, Docusaurus' `<TabItem default>`. */
const TAB_DEFAULT_CLASS = 'tab-default'

/**
 * One tab of a set of tabs (`<div class="tabs">`), as every tool's tabs are drawn: a section with its label
 * first, which client/tabs.ts turns into the tab's button and shows above the panel without JavaScript.
 */
export function tabPanel(label: readonly Content[], children: readonly Content[], options: { first?: boolean } = {}): Content {
  return element('section', { className: ['tab-panel', ...(options.first ? [TAB_DEFAULT_CLASS] : [])] }, [line('tab-label', label), ...children])
}

/** Whether a node is a tab drawn by tabPanel. */
export function isTabPanel(node: Content): boolean {
  const className = (node.data as { hProperties?: { className?: unknown } } | undefined)?.hProperties?.className
  return node.type === ('shortcodeElement' as string) && Array.isArray(className) && className.includes('tab-panel')
}

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'list', 'blockquote', 'code', 'table', 'thematicBreak', 'html', 'shortcodeElement', 'handbookDirective', 'containerDirective', 'leafDirective'])

/** Inner text written on the tag's own line (`{{% tip %}}Short{{% /tip %}}`) as a paragraph, like text between blocks. */
export function asBlocks(inner: readonly Content[]): Content[] {
  if (inner.length === 0 || inner.some((node) => BLOCK_TYPES.has(node.type))) return [...inner]
  return [{ type: 'paragraph', children: inner } as Content]
}
