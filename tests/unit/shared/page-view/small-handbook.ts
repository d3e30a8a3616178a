/** A small in-memory handbook for the page view's tests: its pages, resolved into sidebars the way the build does it. */
import { resolveSidebars, type SidebarPageInput } from '../../../../src/content/sidebars'
import type { PageFields, SiteContext, SiteSidebars } from '../../../../src/shared/page-view'
import type { SiteSidebar } from '../../../../src/shared/sidebar/types'

export const SITE: SiteContext = { title: 'Northwind', description: 'How we work.', siteUrl: 'https://handbook.example.com', lang: 'en', pathPrefix: '' }

export const INPUTS: SidebarPageInput[] = [
  { sourcePath: 'index.md', url: '/', title: 'Welcome' },
  { sourcePath: 'handbook/index.md', url: '/handbook', title: 'Handbook' },
  { sourcePath: 'handbook/company/index.md', url: '/handbook/company', title: 'Company', position: 1 },
  { sourcePath: 'handbook/company/values.md', url: '/handbook/company/values', title: 'Values', position: 1 },
  { sourcePath: 'handbook/company/structure.md', url: '/handbook/company/structure', title: 'Structure', position: 2 },
  { sourcePath: 'handbook/people/index.md', url: '/handbook/people', title: 'People', position: 2 },
  { sourcePath: 'handbook/people/time-off.md', url: '/handbook/people/time-off', title: 'Time off' },
  { sourcePath: 'editing/index.md', url: '/editing', title: 'Editing this handbook' },
  { sourcePath: 'editing/markdown.md', url: '/editing/markdown', title: 'Markdown' },
]
export const resolved = resolveSidebars({ file: undefined, pages: INPUTS, defaultSidebar: 'Handbook' })

/** The sidebars as pages receive them, each with its data path when given one. */
export function siteSidebars(dataPaths: Record<string, string> = {}): SiteSidebars {
  return new Map(resolved.sidebars.map((sidebar): [string, SiteSidebar] => [sidebar.name, { ...sidebar, dataPath: dataPaths[sidebar.name] ?? null }]))
}

/** The fields of the page at `url`, as its template queries them. */
export function fields(url: string, extra: Partial<PageFields> = {}): PageFields {
  const input = INPUTS.find((page) => page.url === url)!
  return {
    title: input.title,
    url,
    description: `About ${input.title}.`,
    showTitle: true,
    lang: null,
    html: `<p>${input.title}</p>`,
    sidebar: resolved.sidebarOf.get(input.sourcePath)!,
    draft: false,
    internalOnly: false,
    editUrl: null,
    lastUpdated: null,
    toc: [],
    ...extra,
  }
}
