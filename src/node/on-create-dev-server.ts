import express from 'express'
import type { GatsbyNode } from 'gatsby'
import { settings } from './settings'

/** In develop, images and files next to the Markdown are served from the content folder itself. */
export const onCreateDevServer: GatsbyNode['onCreateDevServer'] = ({ app }) => {
  app.use(express.static(settings.contentDir, { index: false, redirect: false, dotfiles: 'ignore' }))
}
