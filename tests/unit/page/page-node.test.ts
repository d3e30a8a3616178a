import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildASTSchema, Kind, parse, print, type ObjectTypeDefinitionNode } from 'gatsby/graphql'
import { pageNode, pageNodeFields, pageTypeDefinitions, sourceOfGenerated, type PageSource } from '../../../src/content/page/page-node'
import type { ObjectType } from '../../../src/content/page/node-type'

/** The page's type definitions as Gatsby parses them: each object type by name. */
function definedTypes(sdl: string): Map<string, ObjectTypeDefinitionNode> {
  const types = parse(sdl).definitions.filter((definition): definition is ObjectTypeDefinitionNode => definition.kind === Kind.OBJECT_TYPE_DEFINITION)
  return new Map(types.map((type) => [type.name.value, type]))
}

/** Each field of a type as `name: Type`, with its description when it has one. */
function fieldsOf(type: ObjectTypeDefinitionNode | undefined): Array<{ name: string; type: string; description?: string }> {
  return (type?.fields ?? []).map((field) => ({ name: field.name.value, type: print(field.type), ...(field.description ? { description: field.description.value } : {}) }))
}

/** What Gatsby declares beside our types: the Node interface, its scalars and the directive our node type carries. */
const GATSBY_PRELUDE = 'interface Node { id: ID! }\nscalar JSON\nscalar Date\ndirective @dontInfer on OBJECT\n'

/** A nested type's declared fields, each as `name: Type` with its description when it has one. */
function declaredFieldsOf(type: ObjectType): Array<{ name: string; type: string; description?: string }> {
  return Object.entries(type.fields).map(([name, value]) => (typeof value === 'string' ? { name, type: value } : { name, type: value.type, description: value.description }))
}

const declaredFields = Object.entries(pageNode.fields).map(([name, field]) => ({ name, type: field.type, ...(field.description ? { description: field.description } : {}) }))

describe('the page node type definitions', () => {
  const types = definedTypes(pageTypeDefinitions)

  it('list exactly the declared fields of HandbookPage, in order, with their types and descriptions', () => {
    const page = types.get('HandbookPage')
    expect(fieldsOf(page)).toEqual(declaredFields)
    expect(fieldsOf(page).map((field) => field.name)).toEqual(Object.keys(pageNode.fields))
    expect(page?.interfaces?.map((name) => name.name.value)).toEqual(['Node'])
    expect(page?.directives?.map((directive) => directive.name.value)).toEqual(['dontInfer'])
  })

  it('declare exactly the nested types, each with its declared fields and description', () => {
    expect([...types.keys()]).toEqual([...Object.keys(pageNode.types), 'HandbookPage'])
    for (const [name, type] of Object.entries(pageNode.types)) {
      const declared = declaredFieldsOf(type)
      expect(fieldsOf(types.get(name)), name).toEqual(declared)
      expect(types.get(name)?.description?.value, name).toBe('description' in type ? type.description : undefined)
    }
  })

  it('make a schema: every type a field names is declared', () => {
    const schema = buildASTSchema(parse(GATSBY_PRELUDE + pageTypeDefinitions))
    expect(Object.keys(schema.getTypeMap())).toEqual(expect.arrayContaining(['HandbookPage', 'HandbookTocEntry', 'HandbookBacklink', 'HandbookBacklinkSection', 'HandbookOwner', 'HandbookReview']))
    expect(() => buildASTSchema(parse(`${GATSBY_PRELUDE}${pageTypeDefinitions}\ntype Broken { page: HandbookPages }`))).toThrow(/HandbookPages/)
  })
})

/** graphqlTypegen's HandbookPage and nested types as written in src/gatsby-types.d.ts: each field's name, whether it may be null, and its doc comment. */
function typegenFields(typeName: string): Array<{ name: string; nullable: boolean; description?: string }> {
  const text = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'src', 'gatsby-types.d.ts'), 'utf8')
  const block = new RegExp(`\\ntype ${typeName} = (?:Node & )?\\{\\n([\\s\\S]*?)\\n\\};`).exec(text)?.[1] ?? ''
  const fields: Array<{ name: string; nullable: boolean; description?: string }> = []
  let description: string | undefined
  for (const line of block.split('\n')) {
    const doc = /^\s*\/\*\* (.*) \*\/$/.exec(line)
    if (doc) description = doc[1]
    const field = /^\s*readonly (\w+): (.*);$/.exec(line)
    if (!field) continue
    fields.push({ name: field[1]!, nullable: field[2]!.startsWith('Maybe<'), ...(description !== undefined ? { description } : {}) })
    description = undefined
  }
  return fields
}

/** The declared fields as typegen writes them: sorted by name, `Maybe<…>` when they may be null. */
function asTypegen(fields: ReadonlyArray<{ name: string; type: string; description?: string }>) {
  return fields.map((field) => ({ name: field.name, nullable: !field.type.endsWith('!'), ...(field.description ? { description: field.description } : {}) })).sort((a, b) => (a.name < b.name ? -1 : 1))
}

describe("graphqlTypegen's types (src/gatsby-types.d.ts, which the templates and the page view read)", () => {
  it('have the declared page fields, nullability and descriptions: `npm run develop` has written them since the declaration changed', () => {
    const nodeFields = new Set(['children', 'id', 'internal', 'parent'])
    expect(typegenFields('HandbookPage').filter((field) => !nodeFields.has(field.name))).toEqual(asTypegen(declaredFields))
    for (const [name, type] of Object.entries(pageNode.types)) {
      const declared = declaredFieldsOf(type)
      expect(typegenFields(name), name).toEqual(asTypegen(declared))
    }
  })
})

/** A content page as its node is made from it: owned, linked to from above any section, reviewed but never dated. */
const contentPage: PageSource = {
  sourcePath: 'ops/deploys.md',
  absolutePath: '/handbook/ops/deploys.md',
  format: 'md',
  url: '/ops/deploys',
  title: 'Deploys',
  titleFrom: 'heading',
  description: 'How we ship.',
  sidebar: 'Handbook',
  showTitle: true,
  draft: false,
  internal: false,
  position: 2,
  html: '<p>Ship it.</p>',
  toc: [{ depth: 2, id: 'steps', text: 'Steps' }],
  backlinks: [
    { url: '/ops', title: 'Operations' },
    { url: '/oncall', title: 'On call', section: { heading: 'Deploys', anchor: 'deploys' } },
  ],
  ownerLinks: [{ kind: 'team', label: 'Platform', url: '/teams/platform', channel: '#platform' }],
  review: { stale: false, overdueDays: 0 },
  frontmatter: { title: 'Deploys', custom: 1 },
  historyUrl: 'https://git.example.com/handbook/commits/main/ops/deploys.md',
  lastUpdated: '2026-01-02T00:00:00.000Z',
}

describe('pageNodeFields', () => {
  // Exactly the declared keys; the values of these fields (a field added later needs no change here).
  it('gives a content page exactly the declared fields, null where it has no value', () => {
    const fields = pageNodeFields(contentPage)
    expect(Object.keys(fields)).toEqual(Object.keys(pageNode.fields))
    expect(fields).toMatchObject({
      sourcePath: 'ops/deploys.md',
      absolutePath: '/handbook/ops/deploys.md',
      format: 'md',
      url: '/ops/deploys',
      title: 'Deploys',
      titleFrom: 'heading',
      description: 'How we ship.',
      sidebar: 'Handbook',
      showTitle: true,
      draft: false,
      internalOnly: false,
      lang: null,
      image: null,
      position: 2,
      html: '<p>Ship it.</p>',
      toc: [{ depth: 2, id: 'steps', text: 'Steps' }],
      backlinks: [
        { url: '/ops', title: 'Operations', section: null },
        { url: '/oncall', title: 'On call', section: { heading: 'Deploys', anchor: 'deploys' } },
      ],
      owners: [{ kind: 'team', label: 'Platform', url: '/teams/platform', channel: '#platform', channelUrl: null }],
      review: { stale: false, reviewed: null },
      frontmatter: { title: 'Deploys', custom: 1 },
      editUrl: null,
      historyUrl: 'https://git.example.com/handbook/commits/main/ops/deploys.md',
      lastUpdated: '2026-01-02T00:00:00.000Z',
    })
  })

  it("gives a page made from data the same fields, with a content page's defaults and its data file for its file", () => {
    const generated = {
      sourcePath: '(generated)/people',
      url: '/people',
      title: 'People',
      description: 'Who is who.',
      sidebar: 'Handbook',
      html: '<p>Cards</p>',
      toc: [],
      dataFile: 'people.yml',
      editUrl: 'https://git.example.com/handbook/edit/main/people.yml',
      files: ['ana.jpg'],
    }
    const fields = pageNodeFields(sourceOfGenerated(generated, '/handbook'))
    expect(Object.keys(fields)).toEqual(Object.keys(pageNode.fields))
    expect(fields).toMatchObject({
      sourcePath: '(generated)/people',
      absolutePath: path.join('/handbook', 'people.yml'),
      format: 'md',
      url: '/people',
      title: 'People',
      titleFrom: 'frontmatter',
      description: 'Who is who.',
      sidebar: 'Handbook',
      showTitle: true,
      draft: false,
      internalOnly: false,
      lang: null,
      image: null,
      position: null,
      html: '<p>Cards</p>',
      toc: [],
      backlinks: [],
      owners: [],
      review: null,
      frontmatter: {},
      editUrl: 'https://git.example.com/handbook/edit/main/people.yml',
      historyUrl: null,
      lastUpdated: null,
    })
  })

  it("carries a page's subtitle (frontmatter subtitle:), null without one and on a page made from data", () => {
    expect(pageNodeFields({ ...contentPage, subtitle: 'Travel guide: Step 3' }).subtitle).toBe('Travel guide: Step 3')
    expect(pageNodeFields(contentPage).subtitle).toBeNull()
    expect(pageNodeFields(sourceOfGenerated({ ...contentPage, dataFile: 'teams.yml' }, '/handbook')).subtitle).toBeNull()
  })

  it('gives every field declared never null a value', () => {
    const nonNull = Object.entries(pageNode.fields)
      .filter(([, field]) => field.type.endsWith('!'))
      .map(([name]) => name)
    expect(nonNull).toContain('owners')
    for (const fields of [pageNodeFields(contentPage), pageNodeFields(sourceOfGenerated({ ...contentPage, dataFile: 'teams.yml' }, '/handbook'))]) {
      for (const name of nonNull) expect(fields[name as keyof typeof fields], name).not.toBeNull()
    }
  })
})
