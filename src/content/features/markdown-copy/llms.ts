/**
 * The handbook as Markdown files (llmstxt.org): `<page URL>.md` for every
 * published page, `/llms.txt` (the site's title, description, and a list of
 * the pages' copies by sidebar section) and `/llms-full.txt` (every page's
 * Markdown in reading order). Pages with `search: false` keep their copy but
 * are left out of the two lists; drafts are never published at all. Pure:
 * takes the pages' Markdown and returns text; writing is the caller's.
 */
import { assertNever } from '../../../shared/assert-never'
import type { PhrasingContent } from 'mdast'
import type { Sidebar, SidebarItem } from '../../../shared/sidebar/types'
import { readingOrder } from '../../../shared/sidebar/navigation'
import { absoluteUrl } from '../../links/url'
import { markdownCopyPath } from '../../../shared/markdown-copy'
import { headingLine, inlineMarkdown, oneLine, textNode } from './markdown-text'

/** A page with its Markdown copy. */
export interface CopiedPage {
  url: string
  title: string
  description: string
  markdown: string
  /** In llms.txt and llms-full.txt: false for `search: false` pages. */
  listed: boolean
}

export interface LlmsSite {
  title: string
  description: string
  siteUrl: string
  pathPrefix: string
}

export { markdownCopyPath }

/** The copy's file in the public folder (no leading slash): the path prefix is the host's, not a folder. */
export function markdownCopyFile(url: string): string {
  return markdownCopyPath(url).slice(1)
}

interface Section {
  heading: string
  urls: string[]
}

/** Sections in sidebar order: a sidebar's top-level pages under its name, each top-level group's pages under the group's label. */
function sectionsOf(sidebars: readonly Sidebar[]): Section[] {
  const sections: Section[] = []
  for (const sidebar of sidebars) {
    let loose: Section | undefined
    for (const item of sidebar.items) {
      switch (item.type) {
        case 'group':
          sections.push({ heading: item.label, urls: readingOrder([item] as SidebarItem[]).map((link) => link.url) })
          break
        case 'page':
          if (!loose) {
            loose = { heading: sidebar.name, urls: [] }
            sections.push(loose)
          }
          loose.urls.push(item.url)
          break
        case 'link':
          // Not a page of the handbook: llms.txt lists pages only.
          break
        default:
          assertNever(item)
      }
    }
  }
  return sections
}

export function llmsTxt(site: LlmsSite, sidebars: readonly Sidebar[], pages: readonly CopiedPage[]): string {
  const byUrl = new Map(pages.filter((page) => page.listed).map((page) => [page.url, page]))
  const seen = new Set<string>()
  const entry = (page: CopiedPage): string => {
    const description = oneLine(page.description)
    const link: PhrasingContent = { type: 'link', url: absoluteUrl(site.siteUrl, site.pathPrefix, markdownCopyPath(page.url)), children: [textNode(page.title)] }
    return `- ${inlineMarkdown(description ? [link, textNode(`: ${description}`)] : [link])}`
  }
  const blocks: string[] = []
  const listSection = (heading: string, sectionPages: CopiedPage[]): void => {
    if (sectionPages.length) blocks.push(`${headingLine(2, heading)}\n\n${sectionPages.map(entry).join('\n')}`)
  }
  for (const section of sectionsOf(sidebars)) {
    const sectionPages = section.urls.flatMap((url) => {
      const page = byUrl.get(url)
      if (!page || seen.has(url)) return []
      seen.add(url)
      return [page]
    })
    listSection(section.heading, sectionPages)
  }
  listSection(
    'Other pages',
    [...byUrl.values()].filter((page) => !seen.has(page.url)),
  )
  const description = oneLine(site.description)
  return `${headingLine(1, site.title)}\n\n${description ? `> ${inlineMarkdown([textNode(description)])}\n\n` : ''}${blocks.join('\n\n')}\n`
}

/** Every listed page's Markdown, in reading order: sidebar by sidebar, then the pages no sidebar lists. */
export function llmsFullTxt(sidebars: readonly Sidebar[], pages: readonly CopiedPage[]): string {
  const byUrl = new Map(pages.filter((page) => page.listed).map((page) => [page.url, page]))
  const order = [...new Set([...sidebars.flatMap((sidebar) => readingOrder(sidebar.items).map((link) => link.url)), ...byUrl.keys()])]
  return (
    order
      .flatMap((url) => {
        const page = byUrl.get(url)
        return page ? [page.markdown.trim()] : []
      })
      .join('\n\n') + '\n'
  )
}
