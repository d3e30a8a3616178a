/**
 * Reading a page Gatsby wrote: the body of its article, for what is made
 * after the build from pages whose HTML only Gatsby has (the `.mdx` pages,
 * compiled by gatsby-plugin-mdx): their Markdown copies and their place in
 * the print views.
 */
import type { Element, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'

/** An element's classes. */
export function classesOf(node: Element): string[] {
  const value = node.properties?.className
  return Array.isArray(value) ? value.map(String) : []
}

function findElement(node: Root | Element, test: (element: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue
    if (test(child)) return child
    const found = findElement(child, test)
    if (found) return found
  }
  return undefined
}

/** The body of a page Gatsby wrote (`.mdx` and generated pages): the article's `.markdown` element, or undefined. */
export function bodyOfDocument(documentHtml: string): Root | undefined {
  const article = findElement(fromHtml(documentHtml), (element) => element.tagName === 'article')
  const body = article && findElement(article, (element) => classesOf(element).includes('markdown'))
  return body ? { type: 'root', children: body.children } : undefined
}
