import type { GatsbyNode } from 'gatsby'
import { buildClientBundle } from './client-bundle'

/**
 * Hands the production client script's URL to the server renderer, which
 * puts it in every page instead of Gatsby's runtime.
 */
export const onCreateWebpackConfig: GatsbyNode['onCreateWebpackConfig'] = ({ stage, actions, plugins }) => {
  const script = stage === 'build-html' ? buildClientBundle() : ''
  actions.setWebpackConfig({
    plugins: [plugins.define({ HANDBOOK_CLIENT_SCRIPT: JSON.stringify(script) })],
  })
}
