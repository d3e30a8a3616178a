/**
 * DOM for results, built with createElement and textContent only: titles,
 * headings and snippets come from pages, which come from pull requests, so
 * nothing of them is ever parsed as HTML. Matches are wrapped in <mark>
 * elements around text nodes.
 */
import { crumbLabel, highlight, type Highlighted, type PageHit, type SectionHit } from '../../shared/search/engine'
import type { QueryTerm } from '../../shared/search/tokenize'
import { pageHref } from './engine'

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  if (className) node.className = className
  if (text !== undefined) node.textContent = text
  return node
}

/** Appends text with its marked ranges as <mark> elements. */
export function appendHighlighted(parent: HTMLElement, value: Highlighted): void {
  let at = 0
  for (const [start, end] of value.marks) {
    if (start > at) parent.append(document.createTextNode(value.text.slice(at, start)))
    parent.append(element('mark', undefined, value.text.slice(start, end)))
    at = end
  }
  if (at < value.text.length) parent.append(document.createTextNode(value.text.slice(at)))
}

export function highlighted(tag: 'span' | 'div' | 'p' | 'a', className: string, text: string, terms: readonly QueryTerm[]): HTMLElement {
  const node = element(tag, className)
  appendHighlighted(node, highlight(text, terms))
  return node
}

/** Where a page sits: its sidebar groups. */
export function crumbsOf(page: PageHit): string {
  return crumbLabel(page.crumbs)
}

export function sectionHref(page: PageHit, section: SectionHit): string {
  return pageHref(page.url, section.anchor)
}
