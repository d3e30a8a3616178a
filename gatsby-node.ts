/** Wires Gatsby's Node APIs to the handlers in src/node (bundled by esbuild, see src/node/handlers-bundle.ts); no logic lives here. */
import { handlers } from './src/node/handlers-bundle'

const node = handlers()
export const onPreBootstrap = node.onPreBootstrap
export const createSchemaCustomization = node.createSchemaCustomization
export const sourceNodes = node.sourceNodes
export const createResolvers = node.createResolvers
export const createPages = node.createPages
export const onCreatePage = node.onCreatePage
export const onCreateWebpackConfig = node.onCreateWebpackConfig
export const onCreateDevServer = node.onCreateDevServer
export const onPostBuild = node.onPostBuild
