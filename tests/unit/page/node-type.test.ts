import { describe, expect, it } from 'vitest'
import { Kind, parse, type ObjectTypeDefinitionNode } from 'gatsby/graphql'
import { fieldDeclarer, nodeFieldsOf, typeDefinitions } from '../../../src/content/page/node-type'

interface Card {
  name: string
  tags: string[]
  boss?: { name: string }
}

const cardTypes = {
  CardBoss: { description: 'Who the "boss" is \\ was.', fields: { name: { type: 'String!', description: 'As written.' } } },
} as const
const field = fieldDeclarer<Card, typeof cardTypes>()
const cardFields = {
  name: field('String!', (card) => card.name, 'A name with "quotes" and a \\ backslash.'),
  tags: field('[String!]!', (card) => card.tags),
  boss: field('CardBoss', (card) => (card.boss ? { name: card.boss.name } : null)),
}
const cardNode = { name: 'Card', types: cardTypes, fields: cardFields }

describe('typeDefinitions', () => {
  it('declares the nested types, then the node type, not inferred, with every description as written', () => {
    const definitions = parse(typeDefinitions(cardNode)).definitions as ObjectTypeDefinitionNode[]
    expect(definitions.map((definition) => [definition.kind, definition.name.value])).toEqual([
      [Kind.OBJECT_TYPE_DEFINITION, 'CardBoss'],
      [Kind.OBJECT_TYPE_DEFINITION, 'Card'],
    ])
    expect(definitions[0]!.description?.value).toBe('Who the "boss" is \\ was.')
    expect(definitions[0]!.fields?.[0]?.description?.value).toBe('As written.')
    expect(definitions[1]!.fields?.map((f) => [f.name.value, f.description?.value])).toEqual([
      ['name', 'A name with "quotes" and a \\ backslash.'],
      ['tags', undefined],
      ['boss', undefined],
    ])
    expect(typeDefinitions(cardNode)).toContain('type Card implements Node @dontInfer {\n  "A name with \\"quotes\\" and a \\\\ backslash."\n  name: String!\n  tags: [String!]!\n  boss: CardBoss\n}')
  })
})

describe('nodeFieldsOf', () => {
  it('takes each declared field from the source, in the declared order, and nothing else', () => {
    const fields = nodeFieldsOf(cardFields, { name: 'Ana', tags: ['ops'], boss: { name: 'Bo' } })
    expect(fields).toStrictEqual({ name: 'Ana', tags: ['ops'], boss: { name: 'Bo' } })
    expect(Object.keys(nodeFieldsOf(cardFields, { name: 'Cy', tags: [] }))).toEqual(['name', 'tags', 'boss'])
    expect(nodeFieldsOf(cardFields, { name: 'Cy', tags: [] }).boss).toBeNull()
  })
})
