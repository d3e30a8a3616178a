import type { ReactElement, ReactNode } from 'react'
import { renderToString } from 'react-dom/server'
import { withPrefix, type GatsbySSR } from 'gatsby'
import { themeInitScript } from './src/client/theme-init'

/** URL path of the production client script; "" in develop (see src/node/on-create-webpack-config.ts). */
declare const HANDBOOK_CLIENT_SCRIPT: string

/** The site's root ("/" or "/prefix/") is given to the page's scripts once, here (read by src/client/site-root.ts). */
export const onRenderBody: GatsbySSR['onRenderBody'] = ({ setHtmlAttributes, setHeadComponents }) => {
  // A variable, not a literal: React's attribute types know data-* only in JSX.
  const htmlAttributes = { className: 'no-js', 'data-site-root': withPrefix('/') }
  setHtmlAttributes(htmlAttributes)
  // biome-ignore lint/security/noDangerouslySetInnerHtml: our own script (src/client/theme-init.ts), inline so the theme is set before the page paints
  setHeadComponents([<script key="handbook-theme" dangerouslySetInnerHTML={{ __html: themeInitScript }} />])
}

/**
 * Pages rendered to a string, not streamed: React 18's stream writer put NUL
 * bytes inside multi-byte text where it crossed its buffer's edge (「ペ\0\0ージ」
 * on 22 of the starter's 98 pages, all Japanese; facebook/react#24985). The
 * pages are static, with no Suspense to stream, so the markup is the same.
 */
export const replaceRenderer: GatsbySSR['replaceRenderer'] = ({ bodyComponent, replaceBodyHTMLString }) => {
  replaceBodyHTMLString(renderToString(bodyComponent as ReactElement))
}

function isElement(node: ReactNode): node is ReactElement<Record<string, unknown>> {
  return typeof node === 'object' && node !== null && 'type' in node && 'props' in node
}

/** Gatsby's runtime: the app and framework bundles, their preloads, page-data fetches. */
function isGatsbyRuntime(node: ReactNode): boolean {
  if (!isElement(node)) return false
  if (node.type === 'script') return true
  if (node.type === 'link' && (node.props.as === 'script' || node.props.as === 'fetch')) return true
  if (node.type === 'meta' && node.props.name === 'generator') return true
  return node.props.sliceId === '_gatsby-scripts'
}

/** Gatsby inlines all CSS into every page; a shared stylesheet is cached once instead. */
function inlineStyleToLink(node: ReactNode): ReactNode {
  if (isElement(node) && node.type === 'style' && node.props['data-identity'] === 'gatsby-global-css') {
    return <link key="handbook-styles" rel="stylesheet" href={String(node.props['data-href'])} />
  }
  return node
}

/**
 * Production pages are complete static HTML: Gatsby's ~65 KB React runtime is
 * removed and replaced by one small module script that adds interactivity.
 * `gatsby develop` keeps the runtime (hot reloading); there the same client
 * code runs from gatsby-browser.tsx.
 */
export const onPreRenderHTML: GatsbySSR['onPreRenderHTML'] = ({ getHeadComponents, replaceHeadComponents, getPostBodyComponents, replacePostBodyComponents }) => {
  if (!HANDBOOK_CLIENT_SCRIPT) return
  const head = getHeadComponents() as ReactNode[]
  replaceHeadComponents(head.filter((node) => !isGatsbyRuntime(node) || (isElement(node) && node.key === 'handbook-theme')).map(inlineStyleToLink))
  const body = getPostBodyComponents() as ReactNode[]
  replacePostBodyComponents([...body.filter((node) => !isGatsbyRuntime(node)), <script key="handbook-client" type="module" src={withPrefix(HANDBOOK_CLIENT_SCRIPT)} />])
}
