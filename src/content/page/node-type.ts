/**
 * A Gatsby node type declared once, in TypeScript: each field's GraphQL type
 * as SDL writes it (`String!`, `[HandbookTocEntry!]!`), its description when
 * the schema gives one, and how it is taken from what the node is made from.
 * From the one declaration come the type definitions createSchemaCustomization
 * gives Gatsby (typeDefinitions), the TypeScript type of the node's fields
 * (FieldsOf: what graphqlTypegen writes from those definitions) and the
 * fields themselves (nodeFieldsOf). A field whose value does not fit its
 * GraphQL type is a type error where it is declared.
 */

/** The scalars a field may have, and the TypeScript type of their values (graphqlTypegen's, see src/gatsby-types.d.ts). */
interface Scalars {
  String: string
  Boolean: boolean
  Int: number
  Float: number
  /** An ISO 8601 date. */
  Date: string
  JSON: Record<string, unknown>
}

/** A field of a nested object type: its GraphQL type, alone or with its description. */
export type ObjectField = string | { readonly type: string; readonly description: string }

/** A nested object type (the value of a node's field, not a node): its fields, and its description when the schema has one. */
export interface ObjectType {
  readonly description?: string
  readonly fields: Readonly<Record<string, ObjectField>>
}

/** Nested object types by name, in the order the type definitions declare them. */
export type ObjectTypes = Readonly<Record<string, ObjectType>>

type Named<Types> = keyof Scalars | (keyof Types & string)

/** A GraphQL type as SDL writes it: a scalar or a nested type, `!` when never null, in brackets for a list. */
export type TypeRef<Types> = Named<Types> | `${Named<Types>}!` | `[${Named<Types>}!]!` | `[${Named<Types>}!]` | `[${Named<Types>}]!` | `[${Named<Types>}]`

/** The TypeScript type of a value of GraphQL type T (null unless T ends in `!`), as graphqlTypegen types it. */
export type ValueOf<T extends string, Types> = T extends `${infer Inner}!` ? NonNullValue<Inner, Types> : NonNullValue<T, Types> | null
type NonNullValue<T extends string, Types> = T extends `[${infer Item}]`
  ? ReadonlyArray<ValueOf<Item, Types>>
  : T extends keyof Scalars
    ? Scalars[T]
    : T extends keyof Types
      ? ObjectValue<Types[T], Types>
      : never
type ObjectValue<O, Types> = O extends ObjectType ? { -readonly [K in keyof O['fields']]: ValueOf<TypeOfField<O['fields'][K]>, Types> } : never
type TypeOfField<F> = F extends string ? F : F extends { type: infer T extends string } ? T : never

/** A field of a node: its GraphQL type, how its value is taken from the node's source, and its description when the schema has one. */
export interface NodeField<Source, T extends string = string, V = unknown> {
  readonly type: T
  readonly from: (source: Source) => V
  readonly description?: string
}

/** A node type: its name, the nested types its fields use, and its fields. */
export interface NodeType<Source, Fields extends Readonly<Record<string, NodeField<Source>>>> {
  readonly name: string
  readonly types: ObjectTypes
  readonly fields: Fields
}

/** A node's fields as Gatsby stores them: each field's value, of the TypeScript type of its GraphQL type. */
export type FieldsOf<Fields> = { -readonly [K in keyof Fields]: Fields[K] extends { from: (source: never) => infer V } ? V : never }

/**
 * The declarer of the fields of a node made from a Source, with these nested
 * types: `field('String', (page) => page.lang ?? null)` is a type error
 * unless what it takes from the source is of the field's GraphQL type.
 */
export function fieldDeclarer<Source, Types extends ObjectTypes>() {
  return <T extends TypeRef<Types>>(type: T, from: (source: Source) => ValueOf<T, Types>, description?: string): NodeField<Source, T, ValueOf<T, Types>> => ({
    type,
    from,
    ...(description !== undefined ? { description } : {}),
  })
}

/** The node's fields for one source, in the declared order. */
export function nodeFieldsOf<Source, Fields extends Readonly<Record<string, NodeField<Source>>>>(fields: Fields, source: Source): FieldsOf<Fields> {
  const values: Record<string, unknown> = {}
  for (const name of Object.keys(fields)) values[name] = fields[name]!.from(source)
  return values as FieldsOf<Fields>
}

/** A description as SDL writes it: JSON's quoting and escapes are a subset of GraphQL's string syntax. */
function quoted(text: string): string {
  return JSON.stringify(text)
}

function definition(head: string, description: string | undefined, fields: ReadonlyArray<readonly [string, { type: string; description?: string | undefined }]>): string {
  return [
    ...(description !== undefined ? [quoted(description)] : []),
    `${head} {`,
    ...fields.flatMap(([name, field]) => [...(field.description !== undefined ? [`  ${quoted(field.description)}`] : []), `  ${name}: ${field.type}`]),
    '}',
  ].join('\n')
}

/**
 * The node's type definitions, as createSchemaCustomization gives them to
 * Gatsby: its nested types in the declared order, then the node type,
 * declared and not inferred (`@dontInfer`), so a handbook where no page has
 * some optional field builds all the same.
 */
export function typeDefinitions(node: NodeType<never, Readonly<Record<string, NodeField<never>>>>): string {
  const nested = Object.entries(node.types).map(([name, type]) =>
    definition(
      `type ${name}`,
      type.description,
      Object.entries(type.fields).map(([field, value]) => [field, typeof value === 'string' ? { type: value } : value] as const),
    ),
  )
  return [...nested, definition(`type ${node.name} implements Node @dontInfer`, undefined, Object.entries(node.fields))].join('\n\n')
}
