/** Everything gatsby-node.ts and gatsby-config.ts hand to Gatsby: the entry of the handlers' bundle (./handlers-bundle.ts). */
export { onPreBootstrap } from './on-pre-bootstrap'
export { createSchemaCustomization } from './create-schema-customization'
export { sourceNodes } from './source-nodes'
export { createPages, onCreatePage } from './create-pages'
export { onCreateWebpackConfig } from './on-create-webpack-config'
export { onCreateDevServer } from './on-create-dev-server'
export { onPostBuild } from './on-post-build'
export { siteConfig } from './site-config'
