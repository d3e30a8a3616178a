import path from 'node:path'
import type { GatsbyNode } from 'gatsby'
import { currentHandbook } from './handbook-state'
import { projectRoot, settings } from './settings'
import { pageNodeId } from './source-nodes'

const pageTemplate = path.join(projectRoot, 'src', 'templates', 'page.tsx')
const homeTemplate = path.join(projectRoot, 'src', 'templates', 'home.tsx')

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
  // The people directory, org chart and team pages: drawn by the page template from their nodes.
  for (const page of generated) {
    actions.createPage({ path: page.url, component: pageTemplate, context: { id: pageNodeId(createNodeId, page.sourcePath), sidebar: page.sidebar } })
  }
  actions.createPage({
    path: '/',
    component: home ? componentFor(homeTemplate, home) : homeTemplate,
    // Its sidebar: the root page's (the one that lists it), else the default one.
    context: { id: home ? pageNodeId(createNodeId, home.sourcePath) : '', sidebar: home?.sidebar ?? settings.defaultSidebar },
  })
}
