import path from 'node:path'
import type { GatsbyNode } from 'gatsby'
import { currentHandbook } from './handbook-state'
import { projectRoot, settings } from './settings'
import { pageNodeId } from './source-nodes'
import { languagesOf } from '../content/features/languages/languages'
import { chromePages, type ChromePage } from '../content/features/languages/chrome-pages'

const pageTemplate = path.join(projectRoot, 'src', 'templates', 'page.tsx')
const homeTemplate = path.join(projectRoot, 'src', 'templates', 'home.tsx')
/** The site's own pages (src/pages), whose templates other languages' copies share. */
const chromeTemplates: Record<ChromePage['kind'], string> = {
  'not-found': path.join(projectRoot, 'src', 'pages', '404.tsx'),
  search: path.join(projectRoot, 'src', 'pages', 'search.tsx'),
}

/** gatsby-plugin-mdx compiles an .mdx page when its path rides on the template's. */
function componentFor(template: string, page: { format: string; absolutePath: string }): string {
  return page.format === 'mdx' ? `${template}?__contentFilePath=${page.absolutePath}` : template
}

/** A non-default language's home page: at its language's folder (`/ja`). */
function isLanguageHome(page: { url: string; languages?: readonly { code: string; current: boolean; isDefault: boolean }[] }): boolean {
  return page.languages?.some((language) => language.current && !language.isDefault && page.url === `/${language.code.toLowerCase()}`) === true
}

/** One Gatsby page per handbook page and per page made from data; the root index page (if any) is the home page. */
export const createPages: GatsbyNode['createPages'] = ({ actions, createNodeId }) => {
  const { pages, generated } = currentHandbook()
  const home = pages.find((page) => page.url === '/')
  for (const page of pages) {
    if (page === home) continue
    // A handbook in several languages: each language's own home (`ja/index.md` at /ja) is drawn as a home page, with that language's sections.
    if (isLanguageHome(page)) {
      actions.createPage({ path: page.url, component: componentFor(homeTemplate, page), context: { id: pageNodeId(createNodeId, page.sourcePath), sidebar: page.sidebar } })
      continue
    }
    actions.createPage({
      path: page.url,
      component: componentFor(pageTemplate, page),
      context: { id: pageNodeId(createNodeId, page.sourcePath), sidebar: page.sidebar },
    })
  }
  // The people directory, org chart and team pages: drawn by the page template from their nodes; an untranslated `.mdx` page's stand-in with that page's compiled body.
  for (const page of generated) {
    const component = page.format === 'mdx' ? componentFor(pageTemplate, { format: 'mdx', absolutePath: path.join(settings.contentDir, page.dataFile) }) : pageTemplate
    actions.createPage({ path: page.url, component, context: { id: pageNodeId(createNodeId, page.sourcePath), sidebar: page.sidebar } })
  }
  // A handbook in several languages: each other language's 404 and search pages (the default's are src/pages' own, given their context in onCreatePage).
  for (const page of chromePages(languagesOf(settings))) {
    if (page.srcPage) continue
    actions.createPage({ path: page.url, component: chromeTemplates[page.kind], context: page.context })
  }
  actions.createPage({
    path: '/',
    component: home ? componentFor(homeTemplate, home) : homeTemplate,
    // Its sidebar: the root page's (the one that lists it), else the default one.
    context: { id: home ? pageNodeId(createNodeId, home.sourcePath) : '', sidebar: home?.sidebar ?? settings.defaultSidebar },
  })
}

/**
 * src/pages' 404 and search pages in a handbook of several languages: given
 * their language's context (the switcher, the search files of the default
 * language), as the other languages' copies are. Gatsby copies the new
 * `/404` to `/404.html` again.
 */
export const onCreatePage: GatsbyNode['onCreatePage'] = ({ page, actions }) => {
  if ((page.context as { lang?: string } | undefined)?.lang !== undefined) return
  const own = chromePages(languagesOf(settings)).find((chrome) => chrome.srcPage && chrome.url === page.path)
  if (!own) return
  actions.deletePage(page)
  actions.createPage({ ...page, context: { ...page.context, ...own.context } })
}
