/**
 * An `.mdx` page's `import … from './chart'` that names no file of the
 * content folder: webpack would stop with "Module not found" and its stack
 * trace. Checked against the content folder's files before webpack runs, at
 * the import's line. Only relative imports: a package import is resolved by
 * webpack against the project's node_modules.
 */
import path from 'node:path'
import type { Root } from 'mdast'
import { visit } from 'unist-util-visit'
import type { Node as UnistNode } from 'unist'

export interface ImportProblem {
  code: 'mdx-import-missing'
  message: string
  line?: number
  column?: number
}

/** What webpack tries after the path as written, in this order (its resolve.extensions, then a folder's index). */
const EXTENSIONS = ['', '.js', '.jsx', '.mjs', '.cjs', '.ts', '.tsx', '.json', '.mdx', '.md']
const CANDIDATES = [...EXTENSIONS, ...EXTENSIONS.filter((ext) => ext !== '').map((ext) => `/index${ext}`)]

interface EsmNode extends UnistNode {
  data?: { estree?: { body?: Array<{ type: string; source?: { value?: unknown } | null; loc?: { start: { line: number; column: number } } }> } }
}

/** `exists`: whether a path relative to the content folder is one of its files (page or not). */
export function missingImports(tree: Root, sourcePath: string, exists: (contentPath: string) => boolean): ImportProblem[] {
  const folder = path.posix.dirname(sourcePath)
  const problems: ImportProblem[] = []
  visit(tree as UnistNode, (node: UnistNode) => {
    if (node.type !== 'mdxjsEsm') return
    for (const statement of (node as EsmNode).data?.estree?.body ?? []) {
      const from = statement.source?.value
      if ((statement.type !== 'ImportDeclaration' && !statement.type.startsWith('Export')) || typeof from !== 'string' || !/^\.\.?\//.test(from)) continue
      const target = path.posix.normalize(path.posix.join(folder, from))
      if (target.startsWith('../') || CANDIDATES.some((candidate) => exists(`${target}${candidate}`))) continue
      // estree columns count from 0, unist's from 1.
      const place = statement.loc ? { line: statement.loc.start.line, column: statement.loc.start.column + 1 } : node.position?.start
      problems.push({
        code: 'mdx-import-missing',
        message: `import from "${from}": no file ${target} (nor ${target}.js, .jsx, .ts, .tsx…) in the content folder. Check the path: it starts from this file's folder`,
        ...(place ? { line: place.line, column: place.column } : {}),
      })
    }
  })
  return problems
}
