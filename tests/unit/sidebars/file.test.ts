/**
 * Reading sidebars.yml into a spec: every item kind and every mistake of
 * shape at its line. Over 300 lines on purpose: one case per message editors
 * can meet, each with the YAML it comes from.
 */
import { describe, expect, it } from 'vitest'
import { parseSidebarsFile, SIDEBARS_FILE_NAMES, type SidebarsFile } from '../../../src/content/sidebars/file'
import type { Diagnostic } from '../../../src/content/common/diagnostics'

const FILE = 'sidebars.yml'

/** Numbered lines make the expected line of each item easy to check by eye. */
function yaml(lines: string[]): string {
  return `${lines.join('\n')}\n`
}

function parse(lines: string[]): SidebarsFile {
  return parseSidebarsFile(FILE, yaml(lines))
}

/** The one diagnostic of a parse; fails when there are none or several. */
function only(result: SidebarsFile): Diagnostic {
  expect(result.diagnostics).toHaveLength(1)
  return result.diagnostics[0]!
}

function expectError(d: Diagnostic, line: number, message: RegExp, code = 'sidebars-file'): void {
  expect(d).toMatchObject({ severity: 'error', file: FILE, line, code })
  expect(d.message).toMatch(message)
}

describe('parseSidebarsFile: a realistic file', () => {
  const text = yaml([
    /*  1 */ '# The handbook navigation.',
    /*  2 */ 'Handbook:',
    /*  3 */ '  - handbook/index.md',
    /*  4 */ '  - page: handbook/company/values.md',
    /*  5 */ '    label: Our values',
    /*  6 */ '  - label: Company',
    /*  7 */ '    page: handbook/company/index.md',
    /*  8 */ '    collapsed: false',
    /*  9 */ '    items:',
    /* 10 */ '      - handbook/company/structure.md',
    /* 11 */ '      - label: Teams',
    /* 12 */ '        items:',
    /* 13 */ '          - autogenerate: handbook/company/teams',
    /* 14 */ '            collapsed: false',
    /* 15 */ '  - label: People',
    /* 16 */ '    page: handbook/people/README.md',
    /* 17 */ '    items:',
    /* 18 */ '      - autogenerate: handbook/people',
    /* 19 */ '  - label: Status page',
    /* 20 */ '    href: https://status.example.com',
    /* 21 */ '',
    /* 22 */ 'Editing this handbook:',
    /* 23 */ '  - autogenerate: .',
    /* 24 */ '  - label: "Back to the handbook: start"',
    /* 25 */ '    href: /handbook',
  ])
  const result = parseSidebarsFile(FILE, text)

  it('reads every kind of item with its line, and reports nothing', () => {
    expect(result.diagnostics).toEqual([])
    expect(result.file).toBe(FILE)
    expect(result.sidebars).toStrictEqual([
      {
        name: 'Handbook',
        line: 2,
        items: [
          { type: 'page', page: 'handbook/index.md', line: 3 },
          { type: 'page', page: 'handbook/company/values.md', label: 'Our values', line: 4 },
          {
            type: 'group',
            label: 'Company',
            page: 'handbook/company/index.md',
            collapsed: false,
            line: 6,
            items: [
              { type: 'page', page: 'handbook/company/structure.md', line: 10 },
              {
                type: 'group',
                label: 'Teams',
                collapsed: true,
                line: 11,
                items: [{ type: 'autogenerate', folder: 'handbook/company/teams', collapsed: false, line: 13 }],
              },
            ],
          },
          {
            type: 'group',
            label: 'People',
            page: 'handbook/people/README.md',
            collapsed: true,
            line: 15,
            items: [{ type: 'autogenerate', folder: 'handbook/people', collapsed: true, line: 18 }],
          },
          { type: 'link', label: 'Status page', href: 'https://status.example.com', line: 19 },
        ],
      },
      {
        name: 'Editing this handbook',
        line: 22,
        items: [
          { type: 'autogenerate', folder: '.', collapsed: true, line: 23 },
          { type: 'link', label: 'Back to the handbook: start', href: '/handbook', line: 24 },
        ],
      },
    ])
  })

  it('keeps the name of the file it was given in the result and in diagnostics', () => {
    const nested = parseSidebarsFile('docs/sidebars.yaml', 'Handbook: nope\n')
    expect(nested.file).toBe('docs/sidebars.yaml')
    expect(nested.diagnostics.map((d) => d.file)).toEqual(['docs/sidebars.yaml'])
  })

  it('knows both spellings of the file name', () => {
    expect([...SIDEBARS_FILE_NAMES]).toEqual(['sidebars.yml', 'sidebars.yaml'])
  })
})

describe('parseSidebarsFile: values', () => {
  it('trims page paths and labels, and reads numbers as text', () => {
    const result = parse(['Handbook:', '  - "  handbook/index.md  "', '  - page: handbook/2024.md', '    label: 2024', '  - 404', '  - label: "  Company  "', '    items:', '      - handbook/company/values.md'])
    expect(result.diagnostics).toEqual([])
    expect(result.sidebars[0]!.items).toStrictEqual([
      { type: 'page', page: 'handbook/index.md', line: 2 },
      { type: 'page', page: 'handbook/2024.md', label: '2024', line: 3 },
      { type: 'page', page: '404', line: 5 },
      { type: 'group', label: 'Company', collapsed: true, line: 6, items: [{ type: 'page', page: 'handbook/company/values.md', line: 8 }] },
    ])
  })

  it('leaves out an empty label of a page item, so the page title is used', () => {
    const result = parse(['Handbook:', '  - page: handbook/index.md', '    label: ""'])
    expect(result.diagnostics).toEqual([])
    expect(result.sidebars[0]!.items).toStrictEqual([{ type: 'page', page: 'handbook/index.md', line: 2 }])
  })

  it('reads a sidebar written in flow style', () => {
    const result = parse(['Handbook: [handbook/index.md, {page: handbook/company/values.md, label: Values}]'])
    expect(result.diagnostics).toEqual([])
    expect(result.sidebars).toStrictEqual([
      {
        name: 'Handbook',
        line: 1,
        items: [
          { type: 'page', page: 'handbook/index.md', line: 1 },
          { type: 'page', page: 'handbook/company/values.md', label: 'Values', line: 1 },
        ],
      },
    ])
  })

  it('reads a numeric sidebar name as text', () => {
    expect(parse(['2024:', '  - handbook/index.md']).sidebars.map((s) => s.name)).toEqual(['2024'])
  })

  it('reads an empty group as a group with no items', () => {
    const result = parse(['Handbook:', '  - label: Later', '    items: []'])
    expect(result.diagnostics).toEqual([])
    expect(result.sidebars[0]!.items).toStrictEqual([{ type: 'group', label: 'Later', collapsed: true, items: [], line: 2 }])
  })

  it('has no sidebars and no problems for an empty file or one with only comments', () => {
    expect(parseSidebarsFile(FILE, '')).toEqual({ file: FILE, sidebars: [], diagnostics: [] })
    expect(parseSidebarsFile(FILE, '# Navigation comes later.\n\n')).toEqual({ file: FILE, sidebars: [], diagnostics: [] })
  })
})

describe('parseSidebarsFile: malformed YAML', () => {
  it('reports bad indentation at its line, and reads no sidebars', () => {
    const result = parse(['Handbook:', '  - label: Company', '    items:', '      - handbook/company/values.md', '     - handbook/company/structure.md'])
    expect(result.sidebars).toEqual([])
    expectError(only(result), 5, /^malformed YAML: .+\. Check the indentation and quote labels that contain ": "$/, 'sidebars-yaml')
  })

  it('reports a tab used as indentation', () => {
    const result = parse(['Handbook:', '\t- handbook/index.md'])
    expectError(only(result), 2, /^malformed YAML: Tabs are not allowed as indentation\. Check the indentation/, 'sidebars-yaml')
  })

  it('reports an unquoted label containing ": " and gives no "at line" noise', () => {
    const result = parse(['Handbook:', '  - handbook/index.md', '  - label: Status: live', '    href: https://status.example.com'])
    const d = only(result)
    expectError(d, 3, /^malformed YAML: /, 'sidebars-yaml')
    expect(d.message).not.toMatch(/at line \d+/)
    expect(d.message).not.toContain('\n')
  })

  it('reports a sidebar defined twice', () => {
    const result = parse(['Handbook:', '  - handbook/index.md', 'Editing:', '  - editing/index.md', 'Handbook:', '  - handbook/company/values.md'])
    expect(result.sidebars).toEqual([])
    expectError(only(result), 5, /^malformed YAML: Map keys must be unique/, 'sidebars-yaml')
  })

  it('reports a field written twice in one item', () => {
    const result = parse(['Handbook:', '  - page: handbook/index.md', '    label: Start', '    label: Start here'])
    expectError(only(result), 4, /Map keys must be unique/, 'sidebars-yaml')
  })
})

describe('parseSidebarsFile: shape mistakes', () => {
  it('wants a mapping of sidebar names at the top, not a list', () => {
    const result = parse(['# nav', '', '- handbook/index.md', '- handbook/company/values.md'])
    expect(result.sidebars).toEqual([])
    expectError(only(result), 3, /^the file must map each sidebar name to its list of items, e\.g\. "Handbook:"/)
  })

  it('wants a mapping of sidebar names at the top, not a sentence', () => {
    const result = parse(['Handbook is the only sidebar'])
    expect(result.sidebars).toEqual([])
    expectError(only(result), 1, /^the file must map each sidebar name/)
  })

  it('reports a sidebar without items at its line, and keeps the other sidebars', () => {
    const result = parse(['Handbook:', '  - handbook/index.md', '', 'Editing:', 'Offices: handbook/offices/index.md'])
    expect(result.diagnostics).toHaveLength(2)
    expectError(result.diagnostics[0]!, 4, /^the sidebar "Editing" must be a list of items, each on its own line starting with "- "\. An item is a page path/)
    expectError(result.diagnostics[1]!, 5, /^the sidebar "Offices" must be a list of items/)
    expect(result.sidebars).toStrictEqual([
      { name: 'Handbook', line: 1, items: [{ type: 'page', page: 'handbook/index.md', line: 2 }] },
      { name: 'Editing', line: 4, items: [] },
      { name: 'Offices', line: 5, items: [] },
    ])
  })

  it('reports a sidebar without a name', () => {
    const result = parse(['Handbook:', '  - handbook/index.md', '"":', '  - editing/index.md'])
    expectError(only(result), 3, /^each sidebar needs a name, e\.g\. "Handbook:"$/)
    expect(result.sidebars.map((s) => s.name)).toEqual(['Handbook'])
  })

  it('reports group items that are not a list at the line of the items', () => {
    const result = parse(['Handbook:', '  - label: Company', '    page: handbook/company/index.md', '    items: handbook/company/values.md'])
    expectError(only(result), 4, /^the items of "Company" must be a list of items/)
    expect(result.sidebars[0]!.items).toStrictEqual([{ type: 'group', label: 'Company', page: 'handbook/company/index.md', collapsed: true, items: [], line: 2 }])
  })

  it.each([
    ['page', ['  - page: handbook/index.md', '    label: Start here', '    collapsed: true'], 4, 'page', 'page, label'],
    ['group', ['  - label: Company', '    title: Our company', '    items:', '      - handbook/company/values.md'], 3, 'group', 'label, page, collapsed, items'],
    ['link', ['  - label: Status', '    href: https://status.example.com', '    external: true'], 4, 'link', 'label, href'],
    ['autogenerate', ['  - autogenerate: editing', '    label: Editing'], 3, 'folder (autogenerate)', 'autogenerate, collapsed'],
  ])('reports an unknown field of a %s item at the line of the field', (_kind, item, line, what, fields) => {
    const result = parse(['Handbook:', ...item])
    const d = only(result)
    const key = item[line - 2]!.trim().split(':')[0]!
    expectError(d, line, new RegExp(`^"${key}" is not a field of a ${what.replace(/[()]/g, '\\$&')} item; its fields are ${fields}$`))
    // The item itself is still read.
    expect(result.sidebars[0]!.items).toHaveLength(1)
  })

  it('reports a misspelt "collapsed" of a group, and keeps the group', () => {
    const result = parse(['Handbook:', '  - label: More', '    colapsed: false', '    items:', '      - handbook/company/values.md'])
    expectError(only(result), 3, /^"colapsed" is not a field of a group item/)
    expect(result.sidebars[0]!.items[0]).toMatchObject({ type: 'group', label: 'More', collapsed: true })
  })

  it('reports a group without a label and leaves it out', () => {
    const result = parse(['Handbook:', '  - handbook/index.md', '  - page: handbook/company/index.md', '    items:', '      - handbook/company/values.md'])
    expectError(only(result), 3, /^a group needs a "label", e\.g\. label: Company$/)
    expect(result.sidebars[0]!.items).toStrictEqual([{ type: 'page', page: 'handbook/index.md', line: 2 }])
  })

  it('reports a link without an href or without a label', () => {
    const result = parse(['Handbook:', '  - href: https://status.example.com', '  - label: Chat', '    href:', '  - label: Status', '    href: "  "'])
    expect(result.diagnostics).toHaveLength(3)
    expectError(result.diagnostics[0]!, 2, /^a link needs a "label" and an "href"/)
    expectError(result.diagnostics[1]!, 3, /^a link needs a "label" and an "href"/)
    expectError(result.diagnostics[2]!, 5, /^a link needs a "label" and an "href"/)
    expect(result.sidebars[0]!.items).toEqual([])
  })

  it('reports a page item with an empty path', () => {
    const result = parse(['Handbook:', '  - page: ""', '    label: Start here', '  - page:'])
    expect(result.diagnostics).toHaveLength(2)
    expectError(result.diagnostics[0]!, 2, /^"page" must be the path of a page in the content folder/)
    expectError(result.diagnostics[1]!, 4, /^"page" must be the path of a page/)
    expect(result.sidebars[0]!.items).toEqual([])
  })

  it('reports autogenerate without a folder', () => {
    const result = parse(['Handbook:', '  - autogenerate:', '  - autogenerate: handbook/people'])
    expectError(only(result), 2, /^"autogenerate" must name a folder of the content folder.*\(or "\." for all\)$/)
    expect(result.sidebars[0]!.items).toStrictEqual([{ type: 'autogenerate', folder: 'handbook/people', collapsed: true, line: 3 }])
  })

  it('reports a "collapsed" that is not true or false, at the line of the value, and uses the default', () => {
    const result = parse(['Handbook:', '  - label: Company', '    collapsed: "no"', '    items:', '      - handbook/company/values.md', '  - autogenerate: handbook/people', '    collapsed: yes'])
    expect(result.diagnostics).toHaveLength(2)
    expectError(result.diagnostics[0]!, 3, /^"collapsed" must be true or false\. Write collapsed: false$/)
    expectError(result.diagnostics[1]!, 7, /^"collapsed" must be true or false/)
    expect(result.sidebars[0]!.items).toMatchObject([
      { type: 'group', collapsed: true },
      { type: 'autogenerate', collapsed: true },
    ])
  })

  it('reports an item with none of the known keys', () => {
    const result = parse(['Handbook:', '  - handbook/index.md', '  - label: Company', '  - title: Values', '    path: handbook/company/values.md'])
    expect(result.diagnostics).toHaveLength(2)
    expectError(result.diagnostics[0]!, 3, /^this item has none of "page", "items", "href" or "autogenerate"\. An item is a page path/)
    expectError(result.diagnostics[1]!, 4, /^this item has none of "page", "items", "href" or "autogenerate"/)
    expect(result.sidebars[0]!.items).toStrictEqual([{ type: 'page', page: 'handbook/index.md', line: 2 }])
  })

  it('reports items that are neither text nor a mapping', () => {
    const result = parse(['Handbook:', '  - true', '  -', '  - - handbook/company/values.md', '  - handbook/index.md'])
    expect(result.diagnostics.map((d) => [d.line, d.message.split('.')[0]])).toEqual([
      [2, 'this item is not understood'],
      [3, 'this item is not understood'],
      [4, 'this item is not understood'],
    ])
    expect(result.sidebars[0]!.items).toStrictEqual([{ type: 'page', page: 'handbook/index.md', line: 5 }])
  })

  it('reports every mistake of a file, in order, with the right kind of item read around them', () => {
    const result = parse([
      /*  1 */ 'Handbook:',
      /*  2 */ '  - handbook/index.md',
      /*  3 */ '  - label: Company',
      /*  4 */ '    colapsed: false',
      /*  5 */ '    items:',
      /*  6 */ '      - handbook/company/values.md',
      /*  7 */ '      - label: Status',
      /*  8 */ '  - autogenerate: handbook/offices',
      /*  9 */ '    collapsed: maybe',
    ])
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}: ${d.severity}`)).toEqual(['sidebars.yml:4: error', 'sidebars.yml:7: error', 'sidebars.yml:9: error'])
    expect(result.sidebars[0]!.items).toStrictEqual([
      { type: 'page', page: 'handbook/index.md', line: 2 },
      { type: 'group', label: 'Company', collapsed: true, line: 3, items: [{ type: 'page', page: 'handbook/company/values.md', line: 6 }] },
      { type: 'autogenerate', folder: 'handbook/offices', collapsed: true, line: 8 },
    ])
  })
})
