/** The site's settings as Gatsby's config and handlers see them. */
import handbookConfig from '../../handbook.config'
import { resolveSettings, type HandbookSettings } from '../content/config'

// Gatsby runs from the project root; Parcel-compiled files cannot rely on __dirname.
export const projectRoot = process.cwd()

export const settings: HandbookSettings = resolveSettings(handbookConfig, process.env, projectRoot)
