/**
 * The build-time library: Gatsby-free, and pure but for its edges (load/
 * reads the content folder and git, the render cache and workers). Gatsby's
 * handlers load it as a bundle (see src/node/library.ts); tests and scripts
 * import it directly.
 */
export * from './config'
export * from './diagnostics'
export * from './frontmatter'
export * from './handbook'
export * from './links'
export * from './edit-url'
export * from '../shared/sidebar/navigation'
export * from '../shared/sidebar/walk'
export type { Sidebar, SidebarGroup, SidebarItem, SidebarLink, SidebarPage, SiteSidebar } from '../shared/sidebar/types'
export * from './sidebars'
export * from './page-lookup'
export * from './site-files'
export * from './slug'
export * from './title'
export * from './url'
export * from './load/route-manifest'
export * from './load/content-folder'
export { handbookMdxPlugins, type MdxPageEntry, type RouteManifest } from './markdown/mdx'
export * from './redirects'
export * from './render-cache'
export * from './report'
export { RENDER_WORKER, workerCount, type WorkerEntry } from './render-workers'
export * from './checks'
export * from './ownership'
export { findMojibake } from './checks/mojibake'
export { buildSearchFiles, searchPages, type SearchFile, type SearchBuildStats } from './search/build'
export { renderPage, type RenderedPage, type TocEntry } from './markdown/render'
export type { HeadingInfo } from './markdown/heading-ids'
