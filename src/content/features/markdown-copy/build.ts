/**
 * Every Markdown file of the site, made once per build from the handbook:
 * each published page's copy, llms.txt and llms-full.txt. `.md` and
 * generated pages are converted from their rendered HTML; `.mdx` pages from
 * the HTML Gatsby wrote for them, which the caller reads (`documentOf`).
 */
import type { Handbook } from '../../handbook'
import { absoluteUrl } from '../../links/url'
import { isSearchable } from '../search/build'
import { bodyOfHtml, pageMarkdown } from './to-markdown'
import { bodyOfDocument } from '../../publish/built-page'
import { llmsFullTxt, llmsTxt, markdownCopyFile, type CopiedPage, type LlmsSite } from './llms'

export interface MarkdownFile {
  /** Relative to the public folder. */
  path: string
  contents: string
}

export interface MarkdownFiles {
  files: MarkdownFile[]
  /** Pages whose written HTML could not be found (an `.mdx` page Gatsby did not write): they have no copy. */
  missing: string[]
}

export const LLMS_FILE = 'llms.txt'
export const LLMS_FULL_FILE = 'llms-full.txt'

export function buildMarkdownFiles(handbook: Pick<Handbook, 'pages' | 'sidebars' | 'generated'>, site: LlmsSite, documentOf: (url: string) => string | undefined): MarkdownFiles {
  const missing: string[] = []
  const copied: CopiedPage[] = []
  const origin = site.siteUrl.replace(/\/+$/, '')
  const copy = (url: string, title: string, description: string, body: ReturnType<typeof bodyOfHtml>, listed: boolean): void => {
    const markdown = pageMarkdown({ title, body, pageUrl: absoluteUrl(site.siteUrl, site.pathPrefix, url), siteUrl: origin })
    copied.push({ url, title, description, markdown, listed })
  }
  for (const page of handbook.pages) {
    if (page.draft) continue
    // Made while the page was rendered (and cached with it): see page-copy.ts.
    if (page.markdownCopy !== undefined) {
      copied.push({ url: page.url, title: page.title, description: page.description, markdown: page.markdownCopy, listed: isSearchable(page) })
      continue
    }
    const document = page.format === 'mdx' ? documentOf(page.url) : undefined
    const body = page.format === 'mdx' ? document && bodyOfDocument(document) : bodyOfHtml(page.html)
    if (!body) {
      missing.push(page.url)
      continue
    }
    copy(page.url, page.title, page.description, body, isSearchable(page))
  }
  // A print view repeats pages that have their copies (noindex): llms-full.txt would hold them twice.
  for (const page of handbook.generated) if (!page.noindex) copy(page.url, page.title, page.description, bodyOfHtml(page.html), true)
  const files = copied.map((page) => ({ path: markdownCopyFile(page.url), contents: page.markdown }))
  files.push({ path: LLMS_FILE, contents: llmsTxt(site, handbook.sidebars, copied) })
  files.push({ path: LLMS_FULL_FILE, contents: llmsFullTxt(handbook.sidebars, copied) })
  return { files, missing }
}
