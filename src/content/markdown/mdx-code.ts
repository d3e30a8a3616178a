/**
 * The code an `.mdx` page carries, found by parsing it (remark-mdx, acorn)
 * and never by running it: `{…}` expressions (in text, as an attribute's
 * value, spread into a tag), `import` and `export` statements, and HTML that
 * runs script in a reader's browser (MDX's HTML is not cleaned as `.md`'s
 * is). What runs nothing is left out: a comment `{/* … *\/}`, a value written
 * out (`count={3}`, `items={["a", "b"]}`), an import of the handbook's own
 * components (`_components/`, reviewed on their own) or of another page's
 * text (a `.md`/`.mdx` snippet). `npm run check -- --untrusted` refuses what
 * is left when it is new (load/untrusted-code.ts).
 */
import path from 'node:path'
import type { Root } from 'mdast'
import { visit } from '../common/visit'
import type { Node as UnistNode } from 'unist'
import { parseMarkdown } from './parse'
import type { PluggableList } from 'unified'
import { COMPONENTS_FOLDER } from '../components/files'

export type CodeKind = 'expression' | 'attribute' | 'spread' | 'esm' | 'import' | 'html'

export interface CodeInPage {
  kind: CodeKind
  /** The code as written, on one line (what a maintainer approved is compared by it). */
  text: string
  line: number
  column: number
}

type Estree = { type: string; [key: string]: unknown }
type Loc = { start: { line: number; column: number } }

interface Program {
  body?: Array<Estree & { loc?: Loc; range?: [number, number]; source?: { value?: unknown } | null }>
}

interface MdxNode extends UnistNode {
  name?: string | null
  value?: unknown
  data?: { estree?: Program }
  attributes?: Array<{ type: string; name?: string; value?: unknown; data?: { estree?: Program } }>
}

/** Elements whose HTML runs script or loads a document into the page. */
const SCRIPT_ELEMENTS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'link', 'meta', 'style', 'form'])
const SCRIPT_URL = /^\s*(?:javascript|vbscript|data):/i

const isNode = (value: unknown): value is Estree => typeof value === 'object' && value !== null && typeof (value as Estree).type === 'string'

/** A value written out, which runs nothing: a literal, or arrays and objects of them. */
function isWrittenValue(node: unknown): boolean {
  if (!isNode(node)) return false
  switch (node.type) {
    case 'Literal':
      return true
    case 'TemplateLiteral':
      return (node.expressions as unknown[]).length === 0
    case 'UnaryExpression':
      return (node.operator === '-' || node.operator === '+') && isNode(node.argument) && node.argument.type === 'Literal' && typeof node.argument.value === 'number'
    case 'ArrayExpression':
      return (node.elements as unknown[]).every(isWrittenValue)
    case 'ObjectExpression':
      return (node.properties as Estree[]).every(
        (property) => property.type === 'Property' && property.kind === 'init' && !property.computed && !property.method && !property.shorthand && isWrittenValue(property.value),
      )
    default:
      return false
  }
}

/** Whether an expression's program runs nothing: only a comment, or a value written out. */
function runsNothing(program: Program | undefined): boolean {
  const body = program?.body
  if (!body) return false
  if (body.length === 0) return true
  return body.length === 1 && body[0]!.type === 'ExpressionStatement' && isWrittenValue(body[0]!.expression)
}

/** An import the page may have without review: the handbook's components, or a page's text, inside the content folder. */
function isContentImport(statement: Estree & { source?: { value?: unknown } | null }, sourcePath: string): boolean {
  const from = statement.source?.value
  if (statement.type !== 'ImportDeclaration' || typeof from !== 'string' || !/^\.\.?\//.test(from)) return false
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(sourcePath), from))
  if (target.startsWith('../') || target === '..') return false
  return target.startsWith(`${COMPONENTS_FOLDER}/`) || /\.mdx?$/i.test(target)
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim()

function codeIn(tree: Root, body: string, sourcePath: string): CodeInPage[] {
  const found: CodeInPage[] = []
  const at = (place: { line: number; column: number } | undefined, fallback: UnistNode) => place ?? { line: fallback.position?.start.line ?? 1, column: fallback.position?.start.column ?? 1 }
  const estreePlace = (program: Program | undefined) => {
    const loc = program?.body?.[0]?.loc
    return loc ? { line: loc.start.line, column: loc.start.column + 1 } : undefined
  }
  visit(tree as UnistNode, (node: UnistNode) => {
    const mdx = node as MdxNode
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      if (!runsNothing(mdx.data?.estree)) found.push({ kind: 'expression', text: `{${oneLine(String(mdx.value ?? ''))}}`, ...at(undefined, node) })
    } else if (node.type === 'mdxjsEsm') {
      const statements = mdx.data?.estree?.body
      if (!statements) {
        found.push({ kind: 'esm', text: oneLine(String(mdx.value ?? '')), ...at(undefined, node) })
        return
      }
      for (const statement of statements) {
        if (isContentImport(statement, sourcePath)) continue
        const text = statement.range ? body.slice(statement.range[0], statement.range[1]) : String(mdx.value ?? '')
        const place = statement.loc ? { line: statement.loc.start.line, column: statement.loc.start.column + 1 } : undefined
        found.push({ kind: statement.type === 'ImportDeclaration' ? 'import' : 'esm', text: oneLine(text), ...at(place, node) })
      }
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = mdx.name ?? ''
      if (SCRIPT_ELEMENTS.has(name.toLowerCase()) && /^[a-z]/.test(name)) found.push({ kind: 'html', text: `<${name}>`, ...at(undefined, node) })
      for (const attribute of mdx.attributes ?? []) {
        if (attribute.type === 'mdxJsxExpressionAttribute') {
          found.push({ kind: 'spread', text: `{${oneLine(String(attribute.value ?? ''))}}`, ...at(estreePlace(attribute.data?.estree), node) })
          continue
        }
        const attributeName = attribute.name ?? ''
        const value = attribute.value as MdxNode | string | null | undefined
        if (typeof value === 'object' && value !== null) {
          if (!runsNothing(value.data?.estree)) found.push({ kind: 'attribute', text: `${attributeName}={${oneLine(String(value.value ?? ''))}}`, ...at(estreePlace(value.data?.estree), node) })
        } else if (/^on/i.test(attributeName) || (typeof value === 'string' && SCRIPT_URL.test(value))) {
          found.push({ kind: 'html', text: oneLine(`${attributeName}="${value ?? ''}"`), ...at(undefined, node) })
        }
      }
    }
  })
  return found
}

/**
 * The code in an `.mdx` file's body (frontmatter blanked, lines kept), in
 * file order. Parsed both with and without the directive syntax, as the
 * compiler may read a block either way (mdx.ts); a body neither parses is
 * the syntax check's to report, and runs nowhere.
 */
export function codeInMdx(body: string, sourcePath: string, remark?: PluggableList): CodeInPage[] {
  const seen = new Map<string, CodeInPage>()
  for (const directives of [false, true]) {
    let tree: Root
    try {
      // With the wings' syntax when given, as the compiler parses: braces in math are TeX, not code.
      tree = parseMarkdown(body, 'mdx', { directives, ...(remark ? { remark } : {}) })
    } catch {
      continue
    }
    for (const code of codeIn(tree, body, sourcePath)) seen.set(`${code.line}:${code.column}:${code.kind}:${code.text}`, code)
  }
  return [...seen.values()].sort((a, b) => a.line - b.line || a.column - b.column)
}
