/**
 * The DOM of search results, for the three places that show them: the
 * header combobox (a group of options per page), the /search page (a list
 * of pages with their sections) and the 404 page's suggestions. Built with
 * createElement and textContent only (see ../dom.ts): titles, headings and
 * snippets come from pages, which come from pull requests, so nothing of
 * them is ever parsed as HTML. Matches are <mark> elements around text nodes.
 */
import { crumbLabel } from '../../shared/search/crumb-label'
import type { PageHit, SearchResults, SectionHit } from '../../shared/search/engine'
import { highlight, type Highlighted } from '../../shared/search/highlight'
import type { QueryTerm } from '../../shared/search/tokenize'
import { element } from '../dom'
import { siteRoot } from '../site-root'
import { parts, text } from '../messages'
import { languageFolder } from './engine'
import type { MessagePart } from '../../shared/i18n/message'

/** Link to a page, or to a section of it. */
export function pageHref(url: string, anchor = ''): string {
  return `${siteRoot()}${url.replace(/^\//, '')}${anchor ? `#${encodeURIComponent(anchor)}` : ''}`
}

/** The link to the search results page of the page's language (`/ja/search` has the folder its search files have) for a query; `exact` searches the words as typed, without corrections. */
export function resultsHref(query: string, exact = false): string {
  return `${siteRoot()}${languageFolder()}search?q=${encodeURIComponent(query)}${exact ? '&exact=1' : ''}`
}

/**
 * "Showing results for *vacation*" (with the query as typed as a link, to
 * search it without corrections) when only a corrected query found
 * anything; "Did you mean *vacation*?" when one may find more.
 */
export function correctionNote(results: SearchResults): HTMLElement | undefined {
  if (results.correctedQuery) {
    const note = element('span', 'search-correction')
    note.setAttribute('data-search-correction', '')
    const original = element('a', 'search-correction-original', results.query)
    original.href = resultsHref(results.query, true)
    note.append(...filled(parts('showingResultsFor'), { query: element('em', undefined, results.correctedQuery) }), ' ', ...filled(parts('searchInsteadFor'), { query: original }))
    return note
  }
  if (results.didYouMean) {
    const note = element('span', 'search-did-you-mean')
    note.setAttribute('data-search-did-you-mean', '')
    const link = element('a', undefined, results.didYouMean)
    link.href = resultsHref(results.didYouMean)
    note.append(...filled(parts('didYouMean'), { query: link }))
    return note
  }
  return undefined
}

/** A message's parts with nodes in its placeholders, to append. */
function filled(message: readonly MessagePart[], nodes: Readonly<Record<string, Node>>): Array<string | Node> {
  return message.flatMap((part): Array<string | Node> => {
    if (typeof part === 'string') return [part]
    const node = nodes[part.placeholder]
    return node ? [node] : []
  })
}

/** Appends text with its marked ranges as <mark> elements. */
function appendHighlighted(parent: HTMLElement, value: Highlighted): void {
  let at = 0
  for (const [start, end] of value.marks) {
    if (start > at) parent.append(document.createTextNode(value.text.slice(at, start)))
    parent.append(element('mark', undefined, value.text.slice(start, end)))
    at = end
  }
  if (at < value.text.length) parent.append(document.createTextNode(value.text.slice(at)))
}

function highlighted<K extends 'span' | 'div' | 'p' | 'a'>(tag: K, className: string, text: string, terms: readonly QueryTerm[]): HTMLElementTagNameMap[K] {
  const node = element(tag, className)
  appendHighlighted(node, highlight(text, terms))
  return node
}

function snippetOf(section: SectionHit, tag: 'span' | 'p'): HTMLElement | undefined {
  if (!section.snippet) return undefined
  const snippet = element(tag, 'search-snippet')
  appendHighlighted(snippet, section.snippet)
  return snippet
}

/** An option of the combobox: a link the input points at with aria-activedescendant, never focused itself. */
function option(className: string, href: string, index: number): HTMLAnchorElement {
  const link = element('a', className)
  link.href = href
  link.id = `search-option-${index}`
  link.setAttribute('role', 'option')
  link.setAttribute('aria-selected', 'false')
  link.tabIndex = -1
  return link
}

/**
 * The combobox's listbox content: a group per page, labelled by the page
 * (its title and breadcrumb), holding an option per section, then a group
 * with the option "All results for …". Options are returned in order, as
 * the arrow keys move through them.
 */
export function comboboxResults(results: SearchResults): { groups: HTMLElement[]; options: HTMLAnchorElement[] } {
  const groups: HTMLElement[] = []
  const options: HTMLAnchorElement[] = []
  results.pages.forEach((page, pageIndex) => {
    const group = element('div', 'search-group')
    group.setAttribute('role', 'group')
    const labelId = `search-group-${pageIndex}`
    group.setAttribute('aria-labelledby', labelId)
    const crumbs = crumbLabel(page.crumbs)
    const pageLabel = (tag: 'div' | 'span', className: string) => {
      const label = element(tag, className)
      label.id = labelId
      label.append(highlighted('span', 'search-page-title', page.title, results.terms))
      if (crumbs) label.append(element('span', 'search-crumbs', crumbs))
      return label
    }
    // The page's top is the page itself: its option carries the title; otherwise the title labels the group.
    // Sections not named yet (their text comes once typing settles) stand as the page itself, once.
    const sections = page.sections.filter((section, i) => !section.pending || !page.sections.slice(0, i).some((other) => other.pending || other.anchor === ''))
    if (sections[0]?.anchor !== '') group.append(pageLabel('div', 'search-group-label'))
    for (const section of sections) {
      const link = option(section.anchor ? 'search-option search-option-section' : 'search-option search-option-page', pageHref(page.url, section.anchor), options.length)
      if (section.anchor) {
        const title = element('span', 'search-option-title')
        title.append(element('span', 'search-option-kind', '#'))
        title.append(highlighted('span', 'search-option-heading', section.heading, results.terms))
        link.append(title)
      } else {
        link.append(pageLabel('span', 'search-option-title'))
      }
      const snippet = snippetOf(section, 'span')
      if (snippet) link.append(snippet)
      group.append(link)
      options.push(link)
    }
    groups.push(group)
  })
  const all = option('search-option search-all', resultsHref(results.query), options.length)
  all.append(element('span', 'search-option-title', text('allResultsFor', { query: results.query })))
  const group = element('div', 'search-group search-group-all')
  group.setAttribute('role', 'group')
  group.setAttribute('aria-label', text('searchMore'))
  group.append(all)
  groups.push(group)
  options.push(all)
  return { groups, options }
}

function resultItem(page: PageHit, results: SearchResults): HTMLLIElement {
  const item = element('li', 'search-result')
  const title = highlighted('a', 'search-result-title', page.title, results.terms)
  title.href = pageHref(page.url)
  item.append(title)
  const crumbs = crumbLabel(page.crumbs)
  if (crumbs) item.append(element('div', 'search-crumbs', crumbs))
  const sections = element('ul', 'search-result-sections')
  for (const section of page.sections) {
    const entry = element('li')
    if (section.anchor) {
      const heading = highlighted('a', 'search-result-heading', section.heading, results.terms)
      heading.href = pageHref(page.url, section.anchor)
      entry.append(heading)
    }
    const snippet = snippetOf(section, 'p')
    if (snippet) entry.append(snippet)
    if (entry.childNodes.length > 0) sections.append(entry)
  }
  if (sections.childNodes.length > 0) item.append(sections)
  return item
}

/** The /search page's list: each page with its title, breadcrumb and matching sections. */
export function resultsList(results: SearchResults): HTMLOListElement {
  const list = element('ol', 'search-results-list')
  for (const page of results.pages) list.append(resultItem(page, results))
  return list
}

export interface Suggestion {
  url: string
  title: string
  crumbs: readonly string[]
}

/** The 404 page's suggestions: a linked title and its breadcrumb each. */
export function suggestionItems(suggestions: readonly Suggestion[]): HTMLLIElement[] {
  return suggestions.map((suggestion) => {
    const item = element('li')
    const link = element('a', 'search-result-title', suggestion.title)
    link.href = pageHref(suggestion.url)
    item.append(link)
    const crumbs = crumbLabel(suggestion.crumbs)
    if (crumbs) item.append(element('span', 'search-crumbs', crumbs))
    return item
  })
}
