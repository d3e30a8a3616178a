/**
 * `{name}` in an `.mdx` page is JavaScript: a name the page never defines
 * compiles, then throws "ReferenceError: name is not defined" while Gatsby
 * renders the HTML, as a webpack stack trace. Most often the editor meant
 * literal braces. Found here from the expressions' parsed programs (remark-mdx
 * parses them with acorn), before webpack runs, at the expression's line.
 *
 * Free names are found simply: every identifier read in the expression, less
 * property names (`a.b`, `{ b: 1 }`) and names the expression binds itself
 * (parameters, declarations), less what any page has (`props`, JavaScript's
 * globals) and what this page imports or exports.
 */
import type { Root } from 'mdast'
import { visit } from '../common/visit'
import type { Node as UnistNode } from 'unist'
import { declaredNames } from './mdx-components'

export interface ExpressionProblem {
  code: 'mdx-expression-undefined'
  message: string
  line?: number
  column?: number
}

/** What every MDX page's expressions can read without defining it. */
// biome-ignore format: a list laid out by hand, several to a line
const AVAILABLE = new Set([
  'props', 'undefined', 'NaN', 'Infinity', 'globalThis', 'Math', 'Date', 'JSON', 'Number', 'String', 'Boolean', 'Array', 'Object', 'Intl',
  'RegExp', 'Symbol', 'Map', 'Set', 'Promise', 'Error', 'BigInt', 'parseInt', 'parseFloat', 'isNaN', 'isFinite', 'encodeURIComponent',
  'decodeURIComponent', 'encodeURI', 'decodeURI', 'console', 'React',
])

type EstreeNode = { type: string; [key: string]: unknown }

const isNode = (value: unknown): value is EstreeNode => typeof value === 'object' && value !== null && typeof (value as EstreeNode).type === 'string'

/** Names a pattern binds (`x`, `{ a, b: c }`, `[d, ...e]`, `f = 1`). */
function bindings(pattern: unknown, out: Set<string>): void {
  if (!isNode(pattern)) return
  if (pattern.type === 'Identifier') out.add(pattern.name as string)
  else if (pattern.type === 'ObjectPattern') for (const property of pattern.properties as EstreeNode[]) bindings(property.type === 'RestElement' ? property.argument : property.value, out)
  else if (pattern.type === 'ArrayPattern') for (const element of pattern.elements as unknown[]) bindings(element, out)
  else if (pattern.type === 'RestElement') bindings(pattern.argument, out)
  else if (pattern.type === 'AssignmentPattern') bindings(pattern.left, out)
}

/** The names an expression reads and the names it binds. */
function namesOf(program: unknown): { read: string[]; bound: Set<string> } {
  const read: string[] = []
  const bound = new Set<string>()
  const walk = (node: unknown, parent?: EstreeNode, key?: string): void => {
    if (Array.isArray(node)) {
      for (const child of node) walk(child, parent, key)
      return
    }
    if (!isNode(node)) return
    if (node.type === 'Identifier') {
      const property =
        parent && !parent.computed && ((parent.type === 'MemberExpression' && key === 'property') || (parent.type === 'Property' && key === 'key') || (parent.type === 'MethodDefinition' && key === 'key'))
      if (!property) read.push(node.name as string)
      return
    }
    if (node.type.startsWith('JSX')) return // components inside expressions are the component check's
    if (node.type === 'VariableDeclarator') bindings(node.id, bound)
    if (node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression' || node.type === 'FunctionDeclaration') {
      for (const param of node.params as unknown[]) bindings(param, bound)
      if (isNode(node.id)) bindings(node.id, bound)
    }
    if (node.type === 'CatchClause') bindings(node.param, bound)
    for (const [childKey, child] of Object.entries(node)) {
      if (childKey !== 'loc' && childKey !== 'range' && childKey !== 'position') walk(child, node, childKey)
    }
  }
  walk(program)
  return { read, bound }
}

interface ExpressionNode extends UnistNode {
  value?: string
  data?: { estree?: unknown }
  attributes?: Array<{ type: string; value?: unknown }>
}

/** Where an expression is: in the text, as an attribute's value (`title={x}`), or spread into a tag (`{...x}`). */
type Place = { kind: 'text' } | { kind: 'attribute'; name: string } | { kind: 'spread' }

function problemFor(written: string, name: string, where: Place, place: UnistNode['position']): ExpressionProblem {
  const define = `define it first, e.g. export const ${name} = …`
  const fix =
    where.kind === 'text'
      ? `For literal braces write \\{${written}\\}; for a value, ${define}`
      : where.kind === 'attribute'
        ? `For text, write ${where.name}="…"; for a value, ${define}`
        : `Remove it, or ${define}`
  const shown = where.kind === 'attribute' ? `${where.name}={${written}}` : `{${written}}`
  return {
    code: 'mdx-expression-undefined',
    message: `${shown} uses ${name}, which this page does not define, so the page would fail to render. ${fix}`,
    ...(place ? { line: place.start.line, column: place.start.column } : {}),
  }
}

/** One problem per expression (in text, or an attribute's `{…}`) that reads a name nothing defines. */
export function undefinedNames(tree: Root, components: readonly string[]): ExpressionProblem[] {
  const defined = new Set([...AVAILABLE, ...declaredNames(tree), ...components])
  const problems: ExpressionProblem[] = []
  const check = (written: string, estree: unknown, where: Place, place: UnistNode['position']) => {
    if (!estree) return
    const { read, bound } = namesOf(estree)
    const free = read.find((name) => !bound.has(name) && !defined.has(name))
    if (free !== undefined) problems.push(problemFor(written.trim(), free, where, place))
  }
  visit(tree as UnistNode, (node) => {
    const expression = node as ExpressionNode
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') check(expression.value ?? '', expression.data?.estree, { kind: 'text' }, node.position)
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attribute of expression.attributes ?? []) {
        if (attribute.type === 'mdxJsxExpressionAttribute') {
          const spread = attribute as ExpressionNode
          check((spread.value ?? '').replace(/^\s*\.\.\./, '...'), spread.data?.estree, { kind: 'spread' }, node.position)
        } else if (typeof attribute.value === 'object' && attribute.value !== null) {
          const value = attribute.value as ExpressionNode
          check(value.value ?? '', value.data?.estree, { kind: 'attribute', name: (attribute as { name?: string }).name ?? 'attribute' }, node.position)
        }
      }
    }
  })
  return problems
}
