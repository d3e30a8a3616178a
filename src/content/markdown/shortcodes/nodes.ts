/**
 * mdast nodes that become a given HTML element (`data.hName`), with their
 * children rendered as Markdown. They go through the page sanitizer like the
 * editor's own HTML, so they carry only what it keeps: classes, `open`,
 * `title`, addresses.
 */
import type { Content } from 'mdast'

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
