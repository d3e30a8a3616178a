/**
 * A handbook's own MDX components: React components in `_components/` at
 * the root of the content folder, one per file, named after it
 * (`_components/TeamMember.tsx` is `<TeamMember>`, its default export).
 * Every `.mdx` page has them without an import. Files in subfolders are
 * helpers the components import. The folder is code: it runs at build time
 * and needs the review code gets.
 */
import { error, warning, type Diagnostic } from '../common/diagnostics'
import { MDX_PROVIDER_COMPONENTS } from '../../shared/mdx-components'
import { DIRECTIVE_COMPONENTS } from './builtin'

export const COMPONENTS_FOLDER = '_components'

export interface ContentComponent {
  /** The JSX name: the file's name without its extension. */
  name: string
  /** Relative to the content folder. */
  sourcePath: string
}

const COMPONENT_FILE = new RegExp(`^${COMPONENTS_FOLDER}/([^/]+)\\.(tsx|jsx)$`)

/** The components of a content folder's files, and what is wrong with their names. */
export function contentComponentsOf(files: Iterable<string>): { components: ContentComponent[]; diagnostics: Diagnostic[] } {
  const components: ContentComponent[] = []
  const diagnostics: Diagnostic[] = []
  const taken = new Set<string>([...MDX_PROVIDER_COMPONENTS, ...Object.keys(DIRECTIVE_COMPONENTS)])
  for (const sourcePath of [...files].sort()) {
    const match = COMPONENT_FILE.exec(sourcePath)
    if (!match) continue
    const name = match[1]!
    if (!/^[A-Z][A-Za-z0-9]*$/.test(name)) {
      const suggested = name.replace(/(^|[-_ .])([a-z0-9])/g, (_, __, c: string) => c.toUpperCase()).replace(/[^A-Za-z0-9]/g, '')
      diagnostics.push(
        warning(
          'component-name',
          sourcePath,
          `is not a component: a component's file is named after it in PascalCase, e.g. ${COMPONENTS_FOLDER}/${suggested || 'TeamMember'}.${match[2]}. Put helpers in a subfolder`,
        ),
      )
      continue
    }
    if (taken.has(name)) {
      diagnostics.push(error('component-name', sourcePath, `<${name}> is already a component of this handbook: rename the file (e.g. ${COMPONENTS_FOLDER}/Our${name}.${match[2]}) and use that name`))
      continue
    }
    components.push({ name, sourcePath })
  }
  return { components, diagnostics }
}
