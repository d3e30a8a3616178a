/** Helpers for asserting on built HTML. */
import { parse, type HTMLElement } from 'node-html-parser'

export function parseHtml(html: string): HTMLElement {
  // `pre` parsed as elements (the parser keeps it as raw text by default).
  return parse(html, { comment: true, blockTextElements: { script: true, style: true, noscript: true } })
}

/** Text of the page's `<main>`, whitespace collapsed. */
export function mainText(root: HTMLElement): string {
  return (root.querySelector('main')?.textContent ?? '').replace(/\s+/g, ' ').trim()
}

export function hrefs(root: HTMLElement, selector = 'main .markdown a'): string[] {
  return root.querySelectorAll(selector).map((a) => a.getAttribute('href') ?? '')
}
