/**
 * The one line that says what was recognised around the content folder and
 * what of it was imported, printed by the build log and `npm run check`:
 * `Source: Eleventy (../_data/navigation.yml, ../_includes/): navigation 10 sections, 168 redirects, 3 includes`.
 * An editor migrating sees at once whether the old tool's files were found.
 */
import type { Handbook } from '../handbook'
import { TOOL_NAMES } from './tool'
import { fromContent } from './read-source'
import { CATEGORY_FILE } from './docusaurus'

export interface SourceSummary {
  tool: Handbook['source']['tool']
  guessed: boolean
  /** What was read around the content folder, as paths from it. */
  read: string[]
  /** What it gave, each counted: `navigation 10 sections`. */
  imported: string[]
}

function counted(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}

/** What the handbook's source gave it. */
export function sourceSummary(handbook: Pick<Handbook, 'source' | 'pages' | 'importedNavigation'>): SourceSummary {
  const { source } = handbook
  const navigation = handbook.importedNavigation
  const sections = navigation ? { file: navigation.from, count: navigation.sections } : undefined
  const includes = Object.keys(source.includes).length
  // A site may keep dozens of Docusaurus' _category_ files: counted, not listed.
  const categories = source.dataFiles.filter((file) => CATEGORY_FILE.test(file.path.split('/').pop()!)).length
  const listed = source.dataFiles.map((file) => file.path).filter((file) => file !== sections?.file && !CATEGORY_FILE.test(file.split('/').pop()!))
  // Hugo's configuration is read for the content folder, static/ and the shortcodes, not kept as data: named here all the same.
  const config = source.configFile && source.configFile !== sections?.file && !listed.includes(source.configFile) ? [source.configFile] : []
  const read = [...config, ...(sections ? [sections.file] : []), ...listed, ...(categories ? [counted(categories, '_category_ file')] : []), ...(includes ? [`${fromContent(source, '_includes')}/`] : [])]
  const redirects = handbook.pages.reduce((sum, page) => sum + (page.frontmatter.redirect_from?.length ?? 0) + (page.frontmatter.aliases?.length ?? 0), 0)
  const imported = [
    ...(sections ? [`navigation ${counted(sections.count, 'section')}`] : []),
    ...(redirects ? [counted(redirects, 'redirect')] : []),
    ...(includes ? [counted(includes, 'include')] : []),
    ...(source.files.size ? [`${counted(source.files.size, 'file')} beside the content folder`] : []),
    ...(source.siteShortcodes?.size ? [`${counted(source.siteShortcodes.size, 'shortcode')} your site defines (to map)`] : []),
  ]
  return { tool: source.tool, guessed: source.guessed, read, imported }
}

/** The `Source:` line. */
export function sourceLine(summary: SourceSummary): string {
  const how = summary.guessed ? '' : ' (source: in handbook.yml)'
  if (summary.tool === 'none') return `Source: none recognised${how}: the content folder alone`
  const read = summary.read.length ? ` (${summary.read.join(', ')})` : ''
  const imported = summary.imported.length ? summary.imported.join(', ') : 'nothing to import'
  return `Source: ${TOOL_NAMES[summary.tool]}${how}${read}: ${imported}`
}
