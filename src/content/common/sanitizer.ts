/**
 * hast-util-sanitize (4.1.0), with its schema prepared once: the library
 * turns the schema's attribute lists into lookup maps again for every
 * element (the `*` list alone is ~90 names, ours adds ~40 classes), which
 * was most of its time on real pages. Same rules, same output, node for
 * node and in the same key order (attributes are written in that order):
 * tests/unit/common/sanitizer.test.ts holds it to the library on real
 * and hostile HTML, with each schema used here.
 */
import type { Element, Properties, Root } from 'hast'
import { defaultSchema, type Schema } from 'hast-util-sanitize'

type Node = Root | Root['children'][number]
type Primitive = string | number | boolean
type PropertyValue = Properties[string]

/** One attribute's allowed values: any (no values listed), or those listed and those a pattern matches. */
interface Allowed {
  any: boolean
  values: ReadonlySet<unknown>
  patterns: readonly RegExp[]
}

interface Prepared {
  tagNames?: ReadonlySet<string>
  strip?: ReadonlySet<string>
  ancestors: ReadonlyMap<string, readonly string[]>
  /** By tag name: its own attributes over the `*` ones, as the library merges them; tags without their own use `everywhere`. */
  attributes: ReadonlyMap<string, ReadonlyMap<string, Allowed>>
  everywhere: ReadonlyMap<string, Allowed>
  required: ReadonlyMap<string, Readonly<Record<string, PropertyValue>>>
  protocols: ReadonlyMap<string, readonly string[]>
  clobber?: ReadonlySet<string>
  clobberPrefix?: string
  allowComments: boolean
  allowDoctypes: boolean
  /** What each kind of node keeps (fieldsOf). */
  fields: ReadonlyMap<string, readonly [string, Handler][]>
}

type AttributeList = NonNullable<Schema['attributes']>[string]

/** The library's toPropertyValueMap, once: a name alone allows any value. */
function allowedOf(list: AttributeList): Map<string, Allowed> {
  const map = new Map<string, Allowed>()
  for (const entry of list) {
    if (!Array.isArray(entry)) {
      map.set(entry, { any: true, values: new Set(), patterns: [] })
      continue
    }
    const [name, ...values] = entry
    map.set(name, {
      any: values.length === 0,
      values: new Set(values.filter((value) => !(value instanceof RegExp))),
      patterns: values.filter((value): value is RegExp => value instanceof RegExp),
    })
  }
  return map
}

function prepare(given: Schema): Prepared {
  const prepared = prepareRules(given)
  return Object.assign(prepared, { fields: fieldsOf(prepared) })
}

function prepareRules(given: Schema): Omit<Prepared, 'fields'> {
  // As the library does: the default schema, with what is given over it.
  const schema: Schema = { ...defaultSchema, ...given }
  const attributes = schema.attributes ?? {}
  const everywhere = allowedOf(attributes['*'] ?? [])
  const own = new Map<string, Map<string, Allowed>>()
  for (const name of Object.keys(attributes)) own.set(name, new Map([...everywhere, ...allowedOf(attributes[name]!)]))
  return {
    ...(schema.tagNames ? { tagNames: new Set(schema.tagNames) } : {}),
    ...(schema.strip ? { strip: new Set(schema.strip) } : {}),
    ancestors: new Map(Object.entries(schema.ancestors ?? {})),
    attributes: own,
    everywhere,
    required: new Map(Object.entries(schema.required ?? {})),
    protocols: new Map(Object.entries(schema.protocols ?? {})),
    ...(schema.clobber ? { clobber: new Set(schema.clobber) } : {}),
    ...(schema.clobberPrefix ? { clobberPrefix: schema.clobberPrefix } : {}),
    allowComments: Boolean(schema.allowComments),
    allowDoctypes: Boolean(schema.allowDoctypes),
  }
}

/** The tag name if the element may stay, else false (the library's handleTagName). */
function tagNameOf(schema: Prepared, tagName: unknown, stack: readonly string[]): string | false {
  const name = typeof tagName === 'string' ? tagName : ''
  if (!name || name === '*' || (schema.tagNames && !schema.tagNames.has(name))) return false
  // Some elements can break out of their context without a certain ancestor.
  const ancestors = schema.ancestors.get(name)
  if (ancestors) return ancestors.some((ancestor) => stack.includes(ancestor)) ? name : false
  return name
}

/** Whether a URL's protocol, if it has one, is allowed for `property`. */
function safeProtocol(schema: Prepared, value: Primitive, property: string): boolean {
  const url = String(value)
  const colon = url.indexOf(':')
  const questionMark = url.indexOf('?')
  const numberSign = url.indexOf('#')
  const slash = url.indexOf('/')
  const protocols = schema.protocols.get(property) ?? []
  // A colon after a `?`, `#` or `/` is no protocol's.
  if (protocols.length === 0 || colon < 0 || (slash > -1 && colon > slash) || (questionMark > -1 && colon > questionMark) || (numberSign > -1 && colon > numberSign)) return true
  return protocols.some((protocol) => colon === protocol.length && url.slice(0, protocol.length) === protocol)
}

function propertyValue(schema: Prepared, value: unknown, property: string, allowed: Allowed): Primitive | undefined {
  if (typeof value !== 'boolean' && typeof value !== 'number' && typeof value !== 'string') return undefined
  if (!safeProtocol(schema, value, property)) return undefined
  if (!allowed.any && !allowed.values.has(value) && !allowed.patterns.some((pattern) => pattern.test(String(value)))) return undefined
  return schema.clobberPrefix && schema.clobber?.has(property) ? schema.clobberPrefix + value : value
}

/** `data*` in a schema allows every `data…` property. */
const isData = (property: string) => property.length > 4 && property.slice(0, 4).toLowerCase() === 'data'

function propertiesOf(schema: Prepared, properties: unknown, node: Element, stack: readonly string[]): Properties {
  const name = tagNameOf(schema, node.tagName, stack)
  const allowedHere = (name && schema.attributes.get(name)) || schema.everywhere
  const given = (properties || {}) as Properties
  const result: Properties = {}
  for (const key of Object.keys(given)) {
    const allowed = allowedHere.get(key) ?? (isData(key) ? allowedHere.get('data*') : undefined)
    if (!allowed) continue
    const value = given[key]
    const clean = Array.isArray(value)
      ? value.flatMap((item) => {
          const kept = propertyValue(schema, item, key, allowed)
          return kept === undefined ? [] : [kept as string | number]
        })
      : propertyValue(schema, value, key, allowed)
    if (clean !== undefined) result[key] = clean
  }
  const required = name ? schema.required.get(name) : undefined
  if (required) for (const key in required) if (!Object.hasOwn(result, key)) result[key] = required[key]
  return result
}

function childrenOf(schema: Prepared, children: unknown, node: Node, stack: string[]): Node[] {
  const results: Node[] = []
  if (!Array.isArray(children)) return results
  if (node.type === 'element') stack.push(node.tagName)
  for (const child of children as Node[]) {
    const value = one(schema, child, stack)
    if (Array.isArray(value)) results.push(...value)
    else if (value) results.push(value)
  }
  if (node.type === 'element') stack.pop()
  return results
}

/** A node's field, checked: `false` leaves the node unsafe (it goes, its children may stay), undefined drops the field. */
type Handler = (schema: Prepared, value: unknown, node: Node, stack: string[]) => unknown
const allow: Handler = (_, value) => value
/** The library's nodeSchema: each kind of node's fields, in its order (`data` and `position` are every kind's). */
function fieldsOf(schema: { allowDoctypes: boolean; allowComments: boolean }): Map<string, [string, Handler][]> {
  const any: [string, Handler][] = [
    ['data', allow],
    ['position', allow],
  ]
  const fields = new Map<string, [string, Handler][]>([
    ['root', [['children', (rules, value, node, stack) => childrenOf(rules, value, node, stack)], ...any]],
    [
      'element',
      [
        ['tagName', (rules, value, _, stack) => tagNameOf(rules, value, stack)],
        ['properties', (rules, value, node, stack) => propertiesOf(rules, value, node as Element, stack)],
        ['children', (rules, value, node, stack) => childrenOf(rules, value, node, stack)],
        ...any,
      ],
    ],
    ['text', [['value', (_, value) => (typeof value === 'string' ? value : '')], ...any]],
    ['*', any],
  ])
  if (schema.allowDoctypes) fields.set('doctype', [['name', () => 'html'], ...any])
  if (schema.allowComments) {
    // Serialised as HTML does: the comment ends at the first `-->`.
    const comment: Handler = (_, value) => {
      const text = typeof value === 'string' ? value : ''
      const end = text.indexOf('-->')
      return end < 0 ? text : text.slice(0, end)
    }
    fields.set('comment', [['value', comment], ...any])
  }
  return fields
}

function one(schema: Prepared, node: Node, stack: string[]): Node | Node[] | undefined {
  const type = node && typeof node === 'object' ? node.type : undefined
  const replacement: Record<string, unknown> = { type }
  const fields = typeof type === 'string' ? schema.fields.get(type) : undefined
  let replace = fields !== undefined
  for (const [key, handler] of fields ?? []) {
    const original = (node as unknown as Record<string, unknown>)[key]
    const result = handler(schema, original, node, stack)
    if (result === false) {
      replace = false
      replacement[key] = original
    } else if (result !== undefined && result !== null) replacement[key] = result
  }
  if (replace) return replacement as unknown as Node
  // An element not allowed: its children stay, unless it is one whose content goes too.
  return replacement.type === 'element' && schema.strip && !schema.strip.has(replacement.tagName as string) ? (replacement.children as Node[]) : undefined
}

/** The sanitizer for `schema` (hast-util-sanitize's, over its default schema), prepared once. */
export function sanitizer(schema: Schema): (tree: Root) => Root {
  const prepared = prepare(schema)
  return (tree) => {
    const result = one(prepared, tree, [])
    if (Array.isArray(result)) return result.length === 1 ? (result[0] as Root) : { type: 'root', children: result as Root['children'] }
    return (result as Root | undefined) ?? { type: 'root', children: [] }
  }
}
