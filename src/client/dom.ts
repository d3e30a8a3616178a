/**
 * DOM nodes built from strings as text only: labels, titles and snippets come
 * from pages, which come from pull requests, so none of them is ever parsed
 * as HTML (no innerHTML anywhere in src/client).
 */

/** A new element with an optional class and text content. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  if (className) node.className = className
  if (text !== undefined) node.textContent = text
  return node
}
