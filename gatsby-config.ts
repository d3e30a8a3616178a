/** The site's Gatsby config, made in src/node/site-config.ts (bundled by esbuild, see src/node/handlers-bundle.ts). */
import { handlers } from './src/node/handlers-bundle'

export default handlers().siteConfig()
