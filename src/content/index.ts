/**
 * The build-time library: pure, Gatsby-free. Gatsby's handlers load it as a
 * bundle (see src/node/library.ts); tests and scripts import it directly.
 */
export * from './config'
export * from './diagnostics'
export * from './frontmatter'
export * from './handbook'
export * from './links'
export * from './edit-url'
export * from './navigation'
export * from './sidebar'
export * from './sidebars'
export * from './sidebars-file'
export * from './site-files'
export * from './slug'
export * from './title'
export * from './url'
export * from './mdx-plugins'
export * from './redirects'
export * from './checks'
export { findMojibake } from './checks/mojibake'
export { renderPage, type RenderedPage, type TocEntry } from './markdown/render'
export type { HeadingInfo } from './markdown/heading-ids'
