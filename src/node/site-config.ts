import fs from 'node:fs'
import path from 'node:path'
import type { GatsbyConfig } from 'gatsby'
import { contentLibrary, routeManifestFile } from './library'
import { settings } from './settings'
import { siteChromeJson } from './site-chrome'

/**
 * Only .mdx files become Gatsby File nodes (gatsby-plugin-mdx needs them); .md pages are sourced by our own handler.
 * Symbolic links are not content (the check reports them): never followed, so nothing outside the folder is read.
 */
function notMdx(filePath: string): boolean {
  const base = path.basename(filePath)
  if (/\.[^./]+$/.test(base) && !base.toLowerCase().endsWith('.mdx')) return true
  // The content folder itself may be named through a link (HANDBOOK_CONTENT_DIR=/path/to/link).
  if (path.resolve(filePath) === path.resolve(settings.contentDir)) return false
  return fs.lstatSync(filePath, { throwIfNoEntry: false })?.isSymbolicLink() ?? false
}

/** The site's Gatsby config (gatsby-config.ts exports it): settings, the content folder's `.mdx` files, MDX with our plugins. */
export function siteConfig(): GatsbyConfig {
  const mdxPlugins = contentLibrary().createMdxPlugins(routeManifestFile)
  return {
    siteMetadata: {
      title: settings.title,
      description: settings.description,
      siteUrl: settings.siteUrl,
      lang: settings.lang,
      repositoryUrl: settings.repository.url,
      // Logo, header links, footer, accent colour and icon (src/shared/site-chrome.ts), as one JSON string: no GraphQL type to infer from lists that may be empty.
      chrome: siteChromeJson(),
    },
    pathPrefix: settings.pathPrefix || undefined,
    // Page URLs have no trailing slash: relative links in Markdown resolve as editors expect.
    trailingSlash: 'never',
    // JSX without `import React`, as the check compiles a handbook's own components (_components/) and as React 17+ allows.
    jsxRuntime: 'automatic',
    // Our query types, written by `npm run develop`. Not by builds: a handbook's build has no use for them, and it
    // cost 0.5 s of each (the code generator loaded, the types written); tests/unit/page/page-node.test.ts says when they are stale.
    graphqlTypegen: { typesOutputPath: 'src/gatsby-types.d.ts', generateOnBuild: false },
    plugins: [
      {
        resolve: 'gatsby-source-filesystem',
        options: { name: 'handbook', path: settings.contentDir, ignore: [notMdx] },
      },
      {
        resolve: 'gatsby-plugin-mdx',
        options: {
          extensions: ['.mdx'],
          mdxOptions: {
            remarkPlugins: mdxPlugins.remarkPlugins,
            rehypePlugins: mdxPlugins.rehypePlugins,
            // The same HTML tree options as .md pages (footnote ids without GitHub's user-content- prefix).
            remarkRehypeOptions: mdxPlugins.remarkRehypeOptions,
          },
        },
      },
    ],
  }
}
