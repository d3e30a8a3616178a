/**
 * The components an `.mdx` page uses, checked against the ones it can have:
 * the MDX provider's (src/shared/mdx-components.ts), the people and team
 * blocks' component forms (replaced by their HTML before compiling), and
 * whatever the page itself imports or exports. Read from the MDX tree the
 * build already parses, before webpack compiles the page, so an unknown
 * component is `file:line:col: error: <CalloutBox> is not a component of
 * this handbook…` and the build stops there, instead of webpack's stack
 * trace for "Expected component CalloutBox to be defined".
 */
import type { Root } from 'mdast'
import { nearestName } from '../common/nearest-name'
import { visit } from '../common/visit'
import type { Node as UnistNode } from 'unist'

export interface ComponentProblem {
  code: 'mdx-component-unknown'
  message: string
  line?: number
  column?: number
}

interface JsxNode extends UnistNode {
  name?: string | null
}

interface EsmNode extends UnistNode {
  value: string
  data?: { estree?: { body?: EstreeStatement[] } }
}

interface EstreeStatement {
  type: string
  specifiers?: Array<{ local?: { name?: string } }>
  declaration?: { type: string; id?: { name?: string } | null; declarations?: Array<{ id?: EstreePattern }> } | null
}

interface EstreePattern {
  type: string
  name?: string
  properties?: Array<{ value?: EstreePattern; argument?: EstreePattern }>
  elements?: Array<EstreePattern | null>
}

/** Names a destructuring pattern binds (`const { A, B: C } = …` binds A and C). */
function boundNames(pattern: EstreePattern | undefined, out: Set<string>): void {
  if (!pattern) return
  if (pattern.type === 'Identifier' && pattern.name) out.add(pattern.name)
  for (const property of pattern.properties ?? []) boundNames(property.value ?? property.argument, out)
  for (const element of pattern.elements ?? []) boundNames(element ?? undefined, out)
}

/** Names the page's own `import` and `export` statements bring into scope. */
export function declaredNames(tree: Root): Set<string> {
  const names = new Set<string>()
  visit(tree as UnistNode, 'mdxjsEsm', (node) => {
    const esm = node as EsmNode
    const body = esm.data?.estree?.body
    if (!body) {
      // Without the parsed program (never with remark-mdx, which parses it), the names as written.
      for (const match of esm.value.matchAll(/\b(?:import\s+(\w+)|(?:const|let|var|function|class)\s+(\w+))/g)) names.add((match[1] ?? match[2])!)
      return
    }
    for (const statement of body) {
      for (const specifier of statement.specifiers ?? []) if (specifier.local?.name) names.add(specifier.local.name)
      const declaration = statement.declaration
      if (declaration?.id?.name) names.add(declaration.id.name)
      for (const declarator of declaration?.declarations ?? []) boundNames(declarator.id, names)
    }
  })
  return names
}

/** A JSX name MDX compiles to a component: capitalised (`Callout`), or a member (`Icons.Star`) whose object is one. */
function componentOf(name: string): string | undefined {
  if (name.includes(':')) return undefined // a namespaced name, such as svg's xlink:href element forms
  const base = name.split('.')[0]!
  return /^[A-Z]/.test(base) ? base : undefined
}

/** The known component a name is a typo or a shortening of (`<Calout>`, `<Warn>`), if one is close. */
function suggestion(name: string, known: readonly string[]): string {
  const lower = name.toLowerCase()
  const prefixed = lower.length >= 3 ? known.find((candidate) => candidate.toLowerCase().startsWith(lower)) : undefined
  const best = prefixed ?? nearestName(name, known, { ignoreCase: true })
  return best !== undefined ? ` Did you mean <${best}>?` : ''
}

/**
 * One problem for each use of a component the page cannot have, at the
 * element's line and column. `known`: the components every page has.
 */
export function unknownComponents(tree: Root, known: readonly string[]): ComponentProblem[] {
  const own = declaredNames(tree)
  const available = [...new Set(known)].sort()
  const problems: ComponentProblem[] = []
  visit(tree as UnistNode, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return
    const jsx = node as JsxNode
    const component = jsx.name ? componentOf(jsx.name) : undefined
    if (!component || own.has(component) || available.includes(component)) return
    problems.push({
      code: 'mdx-component-unknown',
      message: `<${jsx.name}> is not a component of this handbook. Components: ${available.join(', ')}.${suggestion(component, available) || ` To make it one, define it in _components/${component}.tsx at the root of the content folder`}`,
      ...(jsx.position ? { line: jsx.position.start.line, column: jsx.position.start.column } : {}),
    })
  })
  return problems
}
