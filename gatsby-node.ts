/** Wires Gatsby's Node APIs to the handlers in src/node; no logic lives here. */
export { onPreBootstrap } from './src/node/on-pre-bootstrap'
export { createSchemaCustomization } from './src/node/create-schema-customization'
export { sourceNodes } from './src/node/source-nodes'
export { createPages, onCreatePage } from './src/node/create-pages'
export { onCreateWebpackConfig } from './src/node/on-create-webpack-config'
export { onCreateDevServer } from './src/node/on-create-dev-server'
export { onPostBuild } from './src/node/on-post-build'
