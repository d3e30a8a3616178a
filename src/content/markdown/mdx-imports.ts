/**
 * An `.mdx` page's `import … from './chart'` that names no file of the
 * content folder: webpack would stop with "Module not found" and its stack
 * trace. Checked against the content folder's files before webpack runs, at
 * the import's line. An import whose bindings are all the handbook's own
 * components (`_components/`) resolves to them, whatever its path (the
 * compiler drops it: mdx.ts); a package import of something else must name
 * a package the project has installed.
 */
import path from 'node:path'
import type { Root } from 'mdast'
import { visit } from '../common/visit'
import type { Node as UnistNode } from 'unist'
import { DOCUSAURUS_THEME_MODULES } from './docusaurus-theme'

export interface ImportProblem {
  code: 'mdx-import-missing'
  message: string
  line?: number
  column?: number
}

/** What webpack tries after the path as written, in this order (its resolve.extensions, then a folder's index). */
const EXTENSIONS = ['', '.js', '.jsx', '.mjs', '.cjs', '.ts', '.tsx', '.json', '.mdx', '.md']
const CANDIDATES = [...EXTENSIONS, ...EXTENSIONS.filter((ext) => ext !== '').map((ext) => `/index${ext}`)]

interface ImportStatement {
  type: string
  source?: { value?: unknown } | null
  specifiers?: Array<{ type: string; local?: { name?: string }; imported?: { name?: string } }>
  loc?: { start: { line: number; column: number } }
}

interface EsmNode extends UnistNode {
  data?: { estree?: { body?: ImportStatement[] } }
}

export interface ImportOptions {
  /** The handbook's components (`_components/`): an import whose bindings are all components resolves to them, whatever its path. */
  components?: readonly string[]
  /** Whether a package import (`recharts`, `components/Docs/CalloutBox`) names a package the project has installed; without it, packages are left to webpack. */
  installed?: (specifier: string) => boolean
}

/** The component of `_components/` an import binding is (`import { CalloutBox as Box }` is CalloutBox), if any. */
export function componentOfBinding(specifier: { local?: { name?: string }; imported?: { name?: string } }, components: ReadonlySet<string>): string | undefined {
  const local = specifier.local?.name
  const imported = specifier.imported?.name
  return local && components.has(local) ? local : imported && components.has(imported) ? imported : undefined
}

/** Whether every binding of an import statement is a component of `_components/`: the page has them without it. */
export function importsOnlyComponents(statement: ImportStatement, components: ReadonlySet<string>): boolean {
  const specifiers = statement.specifiers ?? []
  return (
    statement.type === 'ImportDeclaration' && specifiers.length > 0 && specifiers.every((specifier) => specifier.type !== 'ImportNamespaceSpecifier' && componentOfBinding(specifier, components) !== undefined)
  )
}

/** `exists`: whether a path relative to the content folder is one of its files (page or not). */
export function missingImports(tree: Root, sourcePath: string, exists: (contentPath: string) => boolean, options: ImportOptions = {}): ImportProblem[] {
  const folder = path.posix.dirname(sourcePath)
  const components = new Set(options.components ?? [])
  const problems: ImportProblem[] = []
  visit(tree as UnistNode, (node: UnistNode) => {
    if (node.type !== 'mdxjsEsm') return
    for (const statement of (node as EsmNode).data?.estree?.body ?? []) {
      const from = statement.source?.value
      if ((statement.type !== 'ImportDeclaration' && !statement.type.startsWith('Export')) || typeof from !== 'string') continue
      // estree columns count from 0, unist's from 1.
      const place = statement.loc ? { line: statement.loc.start.line, column: statement.loc.start.column + 1 } : node.position?.start
      const at = place ? { line: place.line, column: place.column } : {}
      // PostHog's `import { CalloutBox } from 'components/Docs/CalloutBox'`: the handbook's own CalloutBox.
      // Docusaurus' theme modules become our blocks before compiling (docusaurus-theme.ts).
      if (importsOnlyComponents(statement, components) || Object.hasOwn(DOCUSAURUS_THEME_MODULES, from)) continue
      if (!/^\.\.?\//.test(from)) {
        if (!options.installed || from.startsWith('/') || options.installed(from)) continue
        const others = (statement.specifiers ?? []).filter((specifier) => !componentOfBinding(specifier, components)).map((specifier) => specifier.local?.name ?? '')
        for (const name of others.length ? others : ['']) {
          problems.push({
            code: 'mdx-import-missing',
            message: name
              ? `${name} is not a component of _components/: add _components/${name}.tsx (or .jsx) or remove the import (import from "${from}", which is no package the project has installed)`
              : `import "${from}": no package the project has installed. Remove the import, or install the package (npm install ${from.startsWith('@') ? from.split('/').slice(0, 2).join('/') : from.split('/')[0]})`,
            ...at,
          })
        }
        continue
      }
      const target = path.posix.normalize(path.posix.join(folder, from))
      if (target.startsWith('../') || CANDIDATES.some((candidate) => exists(`${target}${candidate}`))) continue
      problems.push({
        code: 'mdx-import-missing',
        message: `import from "${from}": no file ${target} (nor ${target}.js, .jsx, .ts, .tsx…) in the content folder. Check the path: it starts from this file's folder`,
        ...at,
      })
    }
  })
  return problems
}
