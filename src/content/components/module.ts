/**
 * The module webpack gives `.mdx` pages their handbook components from
 * (`handbook-content-components`, an alias set in onCreateWebpackConfig):
 * each `_components/` file's default export, by name. Written the same for
 * the same components, so webpack's output does not change between builds.
 */
import path from 'node:path'
import { contentComponentsOf } from './files'

export function contentComponentsModule(contentDir: string, files: Iterable<string>): string {
  const { components } = contentComponentsOf(files)
  const imports = components.map((c, i) => `import c${i} from ${JSON.stringify(path.join(contentDir, c.sourcePath))}`)
  const entries = components.map((c, i) => `  ${JSON.stringify(c.name)}: c${i},`)
  return [...imports, `export default {`, ...entries, `}`, ''].join('\n')
}
