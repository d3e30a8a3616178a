/**
 * The context a page renders in, for unit tests: a site at
 * https://handbook.test without a path prefix, no other files, no people, no
 * shortcodes, no embedded hosts. A test names what differs.
 */
import type { RenderContext } from '../../src/content/pipeline/render-jobs'
import { NO_PEOPLE } from './people'

export function renderContext(context: Pick<RenderContext, 'routes'> & Partial<RenderContext>): RenderContext {
  return { files: [], site: { siteUrl: 'https://handbook.test', pathPrefix: '' }, hrefPrefix: '', iframeHosts: [], people: NO_PEOPLE, shortcodes: {}, audience: 'public', ...context }
}
