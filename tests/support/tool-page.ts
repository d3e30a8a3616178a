/**
 * One `.md` page rendered as a handbook from another tool renders it (its
 * heading ids, attribute lists, blocks and Markdown extras), at one route,
 * with the default settings: what the tests of each tool's syntax render.
 */
import { renderPage, type RenderedPage } from '../../src/content/markdown/render'
import type { MarkdownExtras } from '../../src/content/markdown/dialect'
import { createLinkIndex, type Route } from '../../src/content/links/links'
import { defaultSettings } from '../../src/content/settings'
import type { SourceTool } from '../../src/content/source/tool'

export interface ToolPageOptions {
  sourceTool?: SourceTool
  markdownExtras?: MarkdownExtras
  frontmatterTitle?: string
  /** The page's route; `docs/page.md` at `/docs/page` by default. */
  route?: Route
}

export function renderToolPage(body: string, options: ToolPageOptions = {}): RenderedPage {
  const route = options.route ?? { sourcePath: 'docs/page.md', url: '/docs/page' }
  return renderPage({
    body,
    format: 'md',
    ...(options.frontmatterTitle ? { frontmatterTitle: options.frontmatterTitle } : {}),
    link: { from: route, index: createLinkIndex([route], () => false), site: { siteUrl: 'https://example.com', pathPrefix: '' }, hrefPrefix: '' },
    iframeHosts: defaultSettings.iframeHosts,
    ...(options.sourceTool ? { sourceTool: options.sourceTool } : {}),
    ...(options.markdownExtras ? { markdownExtras: options.markdownExtras } : {}),
  })
}
