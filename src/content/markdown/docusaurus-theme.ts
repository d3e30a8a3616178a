/**
 * Docusaurus' theme components in `.mdx` pages, as our blocks:
 *
 *     import Tabs from '@theme/Tabs'
 *     import TabItem from '@theme/TabItem'
 *     <Tabs><TabItem value="npm" label="npm">…</TabItem></Tabs>
 *
 * The imports name modules only Docusaurus has (webpack would stop with
 * "Module not found"), so they are taken out, and the elements they name
 * become the blocks that render the same: `Tabs`/`TabItem` our tabs (each
 * labelled by its `label`, else by the `values` of its `Tabs`, the older
 * form), `Admonition` a callout, `Details` a details box, `CodeBlock` a
 * code block under its `title`. Run on the MDX tree both where the build reads a page and in the
 * MDX compiler (mdx.ts), so both see the same page.
 */
import type { Content, Parent, Root } from 'mdast'
import { ADMONITION_KINDS } from './admonitions'
import { namedCallout } from './shortcodes/builtins'
import { element, line, tabPanel, text } from './shortcodes/nodes'

/** The modules of Docusaurus' theme that have a block here, by what they become. */
export const DOCUSAURUS_THEME_MODULES = {
  '@theme/Tabs': 'tabs',
  '@theme/TabItem': 'tab',
  '@theme/Admonition': 'admonition',
  '@theme/Details': 'details',
  '@theme/CodeBlock': 'code',
} as const

type ThemeKind = (typeof DOCUSAURUS_THEME_MODULES)[keyof typeof DOCUSAURUS_THEME_MODULES]

interface EsmStatement {
  type: string
  source?: { value?: unknown } | null
  specifiers?: Array<{ type: string; local?: { name?: string } }>
}
interface EsmNode {
  type: 'mdxjsEsm'
  value: string
  data?: { estree?: { body?: EsmStatement[] } }
}
interface EstreeNode {
  type: string
  [key: string]: unknown
}
interface JsxAttribute {
  type: string
  name?: string
  value?: string | { type: string; value: string; data?: { estree?: { body?: EstreeNode[] } } } | null
}
interface JsxNode extends Parent {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement'
  name: string | null
  attributes: JsxAttribute[]
}

const isTheme = (from: unknown): from is keyof typeof DOCUSAURUS_THEME_MODULES => typeof from === 'string' && Object.hasOwn(DOCUSAURUS_THEME_MODULES, from)

/** An attribute's text: `label="npm"`, or `label={'npm'}`; true for a bare attribute. */
function attribute(node: JsxNode, name: string): string | true | undefined {
  const found = node.attributes.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === name)
  if (!found) return undefined
  if (found.value === null || found.value === undefined) return true
  if (typeof found.value === 'string') return found.value
  const literal = /^\s*(['"`])([\s\S]*)\1\s*$/.exec(found.value.value)
  return literal && !literal[2]!.includes('${') ? literal[2] : undefined
}
/** Whether a boolean attribute is set: `default`, `default={true}`. */
function isSet(node: JsxNode, name: string): boolean {
  const found = node.attributes.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === name)
  if (!found) return false
  return found.value === null || found.value === undefined || found.value === 'true' || (typeof found.value !== 'string' && found.value.value.trim() === 'true')
}
const textAttribute = (node: JsxNode, name: string): string | undefined => {
  const value = attribute(node, name)
  return typeof value === 'string' ? value : undefined
}

/** A literal's text in a program (`'npm'`, `` `npm` `` without `${}`). */
function literalText(node: unknown): string | undefined {
  const value = node as EstreeNode | undefined
  if (value?.type === 'Literal' && typeof value.value === 'string') return value.value
  if (value?.type === 'TemplateLiteral' && (value.expressions as unknown[]).length === 0) return ((value.quasis as Array<{ value: { cooked?: string } }>)[0]?.value.cooked ?? '') as string
  return undefined
}

/**
 * The labels of `<Tabs values={[{label: 'npm', value: 'npm'}, …]}>` (the
 * form before `<TabItem label>`), by value: read from the expression's
 * program, never run; entries written otherwise are skipped.
 */
function tabLabels(node: JsxNode): Map<string, string> {
  const labels = new Map<string, string>()
  const found = node.attributes.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === 'values')
  const value = found && typeof found.value === 'object' && found.value !== null ? found.value : undefined
  const statement = value?.data?.estree?.body?.[0]
  const array = statement?.type === 'ExpressionStatement' ? (statement.expression as EstreeNode) : undefined
  if (array?.type !== 'ArrayExpression') return labels
  for (const element of array.elements as Array<EstreeNode | null>) {
    if (element?.type !== 'ObjectExpression') continue
    const fields = new Map<string, string | undefined>()
    for (const property of element.properties as EstreeNode[]) {
      const key = property.key as EstreeNode | undefined
      const name = key?.type === 'Identifier' ? (key.name as string) : literalText(key)
      if (property.type === 'Property' && name !== undefined) fields.set(name, literalText(property.value))
    }
    const [tab, label] = [fields.get('value'), fields.get('label')]
    if (tab !== undefined && label !== undefined) labels.set(tab, label)
  }
  return labels
}

/** The text of nodes as written: a code block's `{`…`}` child, else its text. */
function plainText(nodes: readonly Content[]): string {
  return nodes
    .map((node): string => {
      const value = (node as { value?: unknown }).value
      if ((node.type as string) === 'mdxFlowExpression' || (node.type as string) === 'mdxTextExpression') {
        const literal = /^\s*(['"`])([\s\S]*)\1\s*$/.exec(String(value))
        return literal ? literal[2]! : String(value)
      }
      if (typeof value === 'string') return value
      return 'children' in node ? plainText((node as Parent).children as Content[]) : ''
    })
    .join('\n')
}

/** The imports of Docusaurus' theme taken out of the page: the names they bound, by the block each becomes. */
function takeImports(tree: Root): Map<string, ThemeKind> {
  const names = new Map<string, ThemeKind>()
  tree.children = tree.children.filter((node) => {
    if ((node.type as string) !== 'mdxjsEsm') return true
    const esm = node as unknown as EsmNode
    const body = esm.data?.estree?.body
    if (body) {
      const kept = body.filter((statement) => {
        if (statement.type !== 'ImportDeclaration' || !isTheme(statement.source?.value)) return true
        for (const specifier of statement.specifiers ?? []) if (specifier.local?.name) names.set(specifier.local.name, DOCUSAURUS_THEME_MODULES[statement.source.value])
        return false
      })
      if (kept.length === body.length) return true
      body.splice(0, body.length, ...kept)
    }
    // The text too, for what reads it rather than the program.
    esm.value = esm.value.replace(/^\s*import\s+(\w+)\s+from\s+(['"])(@theme\/\w+)\2;?[ \t]*$/gm, (all, name: string, _quote, from: string) => {
      if (!isTheme(from)) return all
      names.set(name, DOCUSAURUS_THEME_MODULES[from])
      return ''
    })
    return esm.value.trim() !== ''
  })
  return names
}

/** The labels a `<Tabs values>` gives each of its `<TabItem>`s, set while the tree is walked. */
const labelsOf = new WeakMap<JsxNode, Map<string, string>>()

function block(kind: ThemeKind, node: JsxNode, children: Content[]): Content {
  switch (kind) {
    case 'tabs':
      return element('div', { className: ['tabs'] }, children)
    case 'tab': {
      // Its own label, else the one its <Tabs values> gives its value, else its value.
      const value = textAttribute(node, 'value')
      const label = textAttribute(node, 'label') ?? (value !== undefined ? labelsOf.get(node)?.get(value) : undefined) ?? value ?? 'Tab'
      // `default`: the tab shown first, as in Docusaurus.
      return tabPanel([text(label)], children, { first: isSet(node, 'default') })
    }
    case 'admonition': {
      const type = textAttribute(node, 'type') ?? 'note'
      return namedCallout(ADMONITION_KINDS[type] ?? 'note', textAttribute(node, 'title'), type.charAt(0).toUpperCase() + type.slice(1), children)
    }
    case 'details': {
      // <Details summary="…">, or a <summary> child, as Docusaurus takes either.
      const index = children.findIndex((child) => (child.type as string).startsWith('mdxJsx') && (child as unknown as JsxNode).name === 'summary')
      const summary = index >= 0 ? ((children[index] as unknown as JsxNode).children as Content[]) : [text(textAttribute(node, 'summary') ?? 'Details')]
      const rest = children.filter((_, i) => i !== index)
      return element('details', { className: ['details'] }, [element('summary', {}, summary), ...rest])
    }
    default: {
      // 'code'
      const title = textAttribute(node, 'title')
      const code = {
        type: 'code',
        lang: textAttribute(node, 'language') ?? null,
        meta: null,
        value: plainText(node.children as Content[]).replace(/^\n+|\s+$/g, ''),
      } as Content
      // The title over the code, as GitBook's {% code title %} shows it (gitbook-blocks.ts).
      return title ? element('figure', { className: ['code-block'] }, [line('code-title', [text(title)]), code]) : code
    }
  }
}

/** Takes out the page's imports of Docusaurus' theme and makes its elements our blocks; whether it did anything. */
export function applyDocusaurusTheme(tree: Root): boolean {
  if (!tree.children.some((node) => (node.type as string) === 'mdxjsEsm')) return false
  const names = takeImports(tree)
  if (names.size === 0) return false
  const isJsx = (node: unknown): node is JsxNode => {
    const jsx = node as JsxNode
    return (jsx.type === 'mdxJsxFlowElement' || jsx.type === 'mdxJsxTextElement') && jsx.name !== null
  }
  const walk = (parent: Parent) => {
    parent.children = parent.children.map((child) => {
      const kind = isJsx(child) ? names.get(child.name!) : undefined
      // A <Tabs values> labels its items before they are made tabs.
      if (kind === 'tabs') {
        const labels = tabLabels(child as unknown as JsxNode)
        if (labels.size > 0) for (const item of (child as unknown as JsxNode).children) if (isJsx(item)) labelsOf.set(item, labels)
      }
      if ('children' in child) walk(child as Parent)
      return kind ? block(kind, child as unknown as JsxNode, (child as unknown as JsxNode).children as Content[]) : child
    }) as Parent['children']
  }
  walk(tree)
  return true
}
