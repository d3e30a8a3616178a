import type { GatsbyBrowser } from 'gatsby'
import { enhancePage, startHandbook } from './src/client/main'

// Only `gatsby develop` runs this file: production pages load src/client/entry.ts instead.
export const onClientEntry: GatsbyBrowser['onClientEntry'] = () => {
  startHandbook()
}

export const onRouteUpdate: GatsbyBrowser['onRouteUpdate'] = () => {
  enhancePage()
}
