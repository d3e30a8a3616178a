/**
 * Pages as the import of a navigation receives them, made in memory: a
 * page's URL follows its file unless given, its text is its frontmatter as
 * YAML (so a field's line is where YAML puts it), its `sidebar` field is read
 * as the pipeline reads it.
 */
import { stringify } from 'yaml'
import { frontmatterSchema } from '../../../../src/content/frontmatter/schema'
import { navigationPageInput, type NavigationPageInput } from '../../../../src/content/sidebars/import/input'
import { urlFromSourcePath } from '../../../../src/content/links/url'

/** A page of `sourcePath` with this frontmatter (its title: `title`, else the path). */
export function navPage(sourcePath: string, frontmatter: Record<string, unknown> = {}, url = urlFromSourcePath(sourcePath)): NavigationPageInput {
  const text = `---\n${stringify(frontmatter)}---\n\nText.\n`
  const parsed = frontmatterSchema.parse(frontmatter)
  const sidebarLine = text.split('\n').findIndex((line) => line.startsWith('sidebar:')) + 1
  return navigationPageInput({ sourcePath, url, title: typeof frontmatter.title === 'string' ? frontmatter.title : sourcePath, frontmatter: parsed, source: text }, sidebarLine || undefined)
}
