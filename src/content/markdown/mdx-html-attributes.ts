/**
 * HTML attributes written in `.mdx` JSX as HTML writes them, given the form
 * React reads: every page migrated from an HTML-minded tool has them
 * (`<img style="float: right;" class="hog">`, `<label for="x">`,
 * `<td colspan="2">`). A `style` string becomes a style object and `class`,
 * `for`, `tabindex`… their React names, on lowercase (HTML) elements only: a
 * component's props are its own. Faithful, so no warning; a `style` string
 * that is not CSS is an error at its element, with the form to write.
 * Done on the MDX tree, so the check's compile and the build's are the same.
 */
import type { Root } from 'mdast'
import type { Node as UnistNode } from 'unist'
import { find, hastToReact, html, svg } from 'property-information'
import parseStyle from 'style-to-object'

export interface AttributeProblem {
  code: 'mdx-style-invalid'
  message: string
  line?: number
  column?: number
}

interface Attribute {
  type: string
  name?: string
  value?: unknown
  position?: UnistNode['position']
}

interface JsxElement extends UnistNode {
  name?: string | null
  attributes: Attribute[]
}

/** A JSX name of an HTML (or SVG) element, not a component: lowercase, no member access. */
function isHtmlElement(name: string | null | undefined): name is string {
  return !!name && /^[a-z]/.test(name) && !name.includes('.')
}

/** React's name for an HTML attribute written as HTML writes it (`class` → `className`), or undefined when React takes it as written. */
export function reactAttributeName(name: string, inSvg: boolean): string | undefined {
  // aria-* and data-* are React's as written; on* handlers are code, not attributes to rename.
  if (/^(aria|data)-/i.test(name) || /^on/i.test(name) || name === 'style') return undefined
  const schema = inSvg ? svg : html
  if (!(name.toLowerCase() in schema.normal)) return undefined
  const info = find(schema, name)
  const react = hastToReact[info.property] ?? info.property
  return react !== name ? react : undefined
}

/** A CSS property as React's style object names it: `margin-left` → `marginLeft`, `-webkit-x` → `WebkitX`, `-ms-x` → `msX`; custom properties as written. */
function styleKey(property: string): string {
  if (property.startsWith('--')) return property
  return property
    .toLowerCase()
    .replace(/^-ms-/, 'ms-')
    .replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
}

/** The style object of a `style` string, or undefined when it is not CSS. */
export function styleObject(style: string): Record<string, string> | undefined {
  let parsed: Record<string, string> | null
  try {
    parsed = parseStyle(style)
  } catch {
    return undefined
  }
  return Object.fromEntries(Object.entries(parsed ?? {}).map(([property, value]) => [styleKey(property), value]))
}

/** The object as it is written in JSX: `{float: 'right', marginLeft: '10px'}`. */
function objectSource(object: Record<string, string>): string {
  const key = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name.replace(/[\\']/g, '\\$&')}'`)
  return `{${Object.entries(object)
    .map(([name, value]) => `${key(name)}: '${value.replace(/[\\']/g, '\\$&')}'`)
    .join(', ')}}`
}

/** The attribute value MDX compiles as the expression `{…object}`: its text and its estree, which the compiler reads. */
function expressionValue(object: Record<string, string>) {
  const properties = Object.entries(object).map(([name, value]) => ({
    type: 'Property',
    key: /^[A-Za-z_$][\w$]*$/.test(name) ? { type: 'Identifier', name } : { type: 'Literal', value: name },
    value: { type: 'Literal', value },
    kind: 'init',
    method: false,
    shorthand: false,
    computed: false,
  }))
  return {
    type: 'mdxJsxAttributeValueExpression',
    value: objectSource(object),
    data: { estree: { type: 'Program', sourceType: 'module', body: [{ type: 'ExpressionStatement', expression: { type: 'ObjectExpression', properties } }] } },
  }
}

/**
 * Gives the HTML elements of an `.mdx` tree React's attributes, in place;
 * what cannot be converted, at its element.
 */
export function convertHtmlAttributes(tree: Root): AttributeProblem[] {
  const problems: AttributeProblem[] = []
  const walk = (node: UnistNode, inSvg: boolean): void => {
    let svgHere = inSvg
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const element = node as JsxElement
      if (isHtmlElement(element.name)) {
        svgHere = inSvg || element.name === 'svg'
        const present = new Set(element.attributes.map((attribute) => attribute.name))
        for (const attribute of element.attributes) {
          if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue
          const renamed = reactAttributeName(attribute.name, svgHere)
          // Both written (`class` and `className`): React's own is kept, the other left for React to name.
          if (renamed && !present.has(renamed)) attribute.name = renamed
          if (attribute.name === 'style' && typeof attribute.value === 'string') {
            const object = styleObject(attribute.value)
            if (object) attribute.value = expressionValue(object)
            else {
              const place = attribute.position?.start ?? element.position?.start
              problems.push({
                code: 'mdx-style-invalid',
                message: `style="${attribute.value}" on <${element.name}> is not CSS React can read (each declaration is "property: value", separated by ";"). In .mdx, write the style as an object, e.g. style={{float: 'right', marginLeft: '10px'}}`,
                ...(place ? { line: place.line, column: place.column } : {}),
              })
            }
          }
        }
      }
    }
    for (const child of (node as UnistNode & { children?: UnistNode[] }).children ?? []) walk(child, svgHere)
  }
  walk(tree as UnistNode, false)
  return problems
}

/** The remark plugin: the conversion on the tree the MDX compiler compiles (its problems are the check's to report). */
export function remarkHtmlAttributes() {
  return (tree: Root) => {
    convertHtmlAttributes(tree)
  }
}
