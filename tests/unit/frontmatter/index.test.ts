/**
 * parseSource: YAML and TOML frontmatter, every field kind's coercions and
 * messages, table-driven. Over 300 lines on purpose: one table per field kind,
 * read side by side, is what keeps the messages editors see consistent.
 */
import { describe, expect, it } from 'vitest'
import { parseSource } from '../../../src/content/frontmatter'

/** The 1-based line of the first line of `source` that starts with `start`. */
function lineOf(source: string, start: string): number {
  const index = source.split(/\r?\n/).findIndex((line) => line.startsWith(start))
  if (index < 0) throw new Error(`no line starts with ${start}`)
  return index + 1
}

describe('parseSource: YAML frontmatter', () => {
  it('reads the known fields, applies defaults and keeps unknown fields', () => {
    const parsed = parseSource('p.md', '---\ntitle: Hello\ndraft: true\nweight: 3\nsidebar: People\nlang: ja\ncustom: [1, 2]\nsteward:\n  team: ops\n---\n# Body\n')
    expect(parsed.diagnostics).toEqual([])
    expect(parsed.frontmatter).toMatchObject({
      title: 'Hello',
      draft: true,
      weight: 3,
      sidebar: 'People',
      lang: 'ja',
      showTitle: true,
      custom: [1, 2],
      steward: { team: 'ops' },
    })
    expect(parsed.frontmatterLines).toBe(10)
  })

  it('trims the title and drops empty text fields', () => {
    const parsed = parseSource('p.md', "---\ntitle: '  Spaced  '\ndescription: '   '\nsidebar:\n---\n")
    expect(parsed.diagnostics).toEqual([])
    expect(parsed.frontmatter.title).toBe('Spaced')
    expect(parsed.frontmatter).not.toHaveProperty('description')
    expect(parsed.frontmatter).not.toHaveProperty('sidebar')
  })

  it('accepts an empty block and `...` as the closing line', () => {
    expect(parseSource('p.md', '---\n---\nbody').frontmatterLines).toBe(2)
    const dots = parseSource('p.md', '---\ntitle: X\n...\nbody')
    expect(dots.frontmatter.title).toBe('X')
    expect(dots.body.split('\n')[3]).toBe('body')
  })
})

describe('parseSource: TOML frontmatter', () => {
  it('reads +++ blocks', () => {
    const parsed = parseSource('p.md', '+++\ntitle = "Hi"\nweight = 2\ndraft = true\n[extra]\nx = 1\n+++\nBody\n')
    expect(parsed.diagnostics).toEqual([])
    expect(parsed.frontmatter).toMatchObject({ title: 'Hi', weight: 2, draft: true, extra: { x: 1 } })
    expect(parsed.frontmatterLines).toBe(7)
  })

  it('reports a wrong type at the key’s line', () => {
    const source = '+++\ntitle = "Hi"\n\nweight = "2"\n+++\n'
    const parsed = parseSource('p.md', source)
    expect(parsed.diagnostics).toHaveLength(1)
    expect(parsed.diagnostics[0]).toMatchObject({ code: 'frontmatter-type', file: 'p.md', line: lineOf(source, 'weight') })
    expect(parsed.diagnostics[0]!.message).toContain('"weight" must be a number')
    expect(parsed.frontmatter).not.toHaveProperty('weight')
    expect(parsed.frontmatter.title).toBe('Hi')
  })

  it('reports malformed TOML at its line', () => {
    const source = '+++\ntitle = "Hi"\nweight = = 2\n+++\n'
    const [problem] = parseSource('p.md', source).diagnostics
    expect(problem).toMatchObject({ code: 'frontmatter-toml', line: 3, severity: 'error' })
    expect(problem!.message).toMatch(/^malformed frontmatter \(TOML\)/)
  })

  it('reports a table given for a text field at its [header] line', () => {
    const source = '+++\nweight = 1\n\n[title]\nx = 1\n+++\n'
    const parsed = parseSource('p.md', source)
    expect(parsed.diagnostics).toHaveLength(1)
    expect(parsed.diagnostics[0]).toMatchObject({ code: 'frontmatter-type', line: 4 })
    expect(parsed.diagnostics[0]!.message).toContain('"title" must be text')
    expect(parsed.lineOf('title')).toBe(4)
  })

  it('does not take a key inside a table for the top-level field', () => {
    const parsed = parseSource('p.md', '+++\ntitle = "Hi"\n[params]\nsidebar = "x"\n+++\n')
    expect(parsed.diagnostics).toEqual([])
    expect(parsed.lineOf('title')).toBe(2)
    expect(parsed.lineOf('sidebar')).toBeUndefined()
  })

  it('turns a TOML date title into its text', () => {
    const parsed = parseSource('p.md', '+++\ntitle = 2024-01-05\n+++\n')
    expect(parsed.diagnostics).toEqual([])
    expect(parsed.frontmatter.title).toBe('2024-01-05')
  })
})

describe('parseSource: pages without frontmatter', () => {
  it('returns defaults and the text unchanged', () => {
    const source = '# Just a page\n\ntext\n'
    const parsed = parseSource('p.md', source)
    expect(parsed.frontmatter).toEqual({ showTitle: true, draft: false })
    expect(parsed.body).toBe(source)
    expect(parsed.frontmatterLines).toBe(0)
    expect(parsed.diagnostics).toEqual([])
  })

  it('does not take a later --- (a thematic break) for frontmatter', () => {
    const source = 'Intro\n\n---\n\ntitle: no\n---\n'
    const parsed = parseSource('p.md', source)
    expect(parsed.frontmatterLines).toBe(0)
    expect(parsed.frontmatter.title).toBeUndefined()
    expect(parsed.body).toBe(source)
  })
})

describe('parseSource: wrong types', () => {
  const source = [
    '---', //                     1
    'title: Hello', //            2
    '', //                        3
    'draft: "yes"', //            4
    'sidebar_position: "3"', //   5
    'showTitle: maybe', //        6
    'description: 42', //         7
    '---', //                     8
    'body',
  ].join('\n')
  const parsed = parseSource('people/x.md', source)
  const byField = (field: string) => parsed.diagnostics.find((d) => d.message.startsWith(`"${field}"`))

  it('reports each wrong field once, as an error of the file', () => {
    expect(parsed.diagnostics).toHaveLength(4)
    for (const d of parsed.diagnostics) expect(d).toMatchObject({ severity: 'error', code: 'frontmatter-type', file: 'people/x.md' })
  })

  it('points at the line of the offending key in the file', () => {
    expect(byField('draft')?.line).toBe(4)
    expect(byField('sidebar_position')?.line).toBe(5)
    expect(byField('showTitle')?.line).toBe(6)
    expect(byField('description')?.line).toBe(7)
  })

  it('says how to fix it', () => {
    expect(byField('draft')?.message).toBe('"draft" must be true or false, but it is the text "yes". Write draft: true (no quotes)')
    expect(byField('showTitle')?.message).toBe('"showTitle" must be true or false, but it is the text "maybe". Write showTitle: true or showTitle: false')
    expect(byField('sidebar_position')?.message).toBe('"sidebar_position" must be a number, but it is the text "3". Write it without quotes, e.g. sidebar_position: 3')
    expect(byField('description')?.message).toBe('"description" must be text, but it is the number 42. Put it in quotes: description: "42"')
  })

  it('drops the wrong fields, keeps the right ones and the defaults', () => {
    expect(parsed.frontmatter).toEqual({ title: 'Hello', showTitle: true, draft: false })
  })

  it('suggests false for a quoted "no"', () => {
    const [d] = parseSource('p.md', '---\ndraft: "no"\n---\n').diagnostics
    expect(d?.message).toContain('Write draft: false (no quotes)')
  })

  it('asks for quotes around a title YAML reads as a boolean', () => {
    const [d] = parseSource('p.md', '---\ntitle: true\n---\n').diagnostics
    expect(d).toMatchObject({ line: 2, message: '"title" must be text, but it is the boolean true. Put it in quotes: title: "true"' })
  })

  it('rejects a non-finite number', () => {
    const [d] = parseSource('p.md', '---\nweight: .nan\n---\n').diagnostics
    expect(d).toMatchObject({ code: 'frontmatter-type', line: 2 })
  })

  it('points at the key’s line when the value is written on the lines below it', () => {
    const cases: [string, number, string][] = [
      ['---\nsidebar:\n  a: 1\n---\n', 2, 'sidebar'],
      ['---\ntitle:\n  - a\n  - b\n---\n', 2, 'title'],
      ['---\ntitle: ok\nweight:\n  "3"\n---\n', 3, 'weight'],
    ]
    for (const [source, line, field] of cases) {
      const parsed = parseSource('p.md', source)
      expect(parsed.diagnostics, source).toHaveLength(1)
      expect(parsed.diagnostics[0], source).toMatchObject({ code: 'frontmatter-type', line })
      expect(parsed.lineOf(field), source).toBe(line)
    }
  })
})

describe('parseSource: each kind of field', () => {
  /** A YAML block with one field, as a page would have it. */
  const withField = (field: string, value: string) => parseSource('p.md', `---\n${field}: ${value}\n---\n`)

  // [field, value as written in YAML, the field after parsing (undefined: absent)]
  const coerced: [string, string, unknown][] = [
    ['title', "'  Spaced  '", 'Spaced'],
    ['title', '2024-01-05', '2024-01-05'],
    ['description', '', undefined],
    ['slug', '""', undefined],
    ['lang', 'ja', 'ja'],
    ['showTitle', '', true],
    ['showTitle', 'false', false],
    ['draft', '~', false],
    ['search', '', undefined],
    ['search', 'false', false],
    ['weight', '', undefined],
    ['sidebar_position', '-1.5', -1.5],
    ['redirect_from', '/old', ['/old']],
    ['redirect_from', '', undefined],
    ['aliases', '[/a, b/c]', ['/a', 'b/c']],
    // A single path is taken as written; only the items of a written list are checked.
    ['aliases', '"  "', ['  ']],
    // The group Jekyll and Eleventy themes write: the list's name, under the key the theme reads; the rest is the theme's.
    ['sidebar', '{navigation: travel, current: FAQ}', { navigation: 'travel' }],
    ['sidebar', '{nav: "docs"}', { nav: 'docs' }],
    ['sidebar', '[{title: Tip, text: Read on}, {nav: docs}]', { nav: 'docs' }],
    ['sidebar', '{navigation: 2024}', { navigation: '2024' }],
  ]
  it.each(coerced)('%s: %s is read without a problem', (field, value, expected) => {
    const parsed = withField(field, value)
    expect(parsed.diagnostics).toEqual([])
    if (expected === undefined) expect(parsed.frontmatter).not.toHaveProperty(field)
    else expect(parsed.frontmatter[field]).toEqual(expected)
  })

  // [field, value as written in YAML, the whole message]
  const wrong: [string, string, string][] = [
    ['slug', 'true', '"slug" must be text, but it is the boolean true. Put it in quotes: slug: "true"'],
    ['sidebar', '[a, b]', '"sidebar" must be text, but it is a list. Write it on one line: sidebar: Your text'],
    ['lang', '{a: 1}', '"lang" must be text, but it is a group of fields. Write it on one line: lang: Your text'],
    [
      'sidebar',
      '{current: FAQ}',
      '"sidebar" must be a sidebar\'s name, or a group whose "navigation" (or "nav") names a list of the navigation data, but it is a group of fields without one. Write sidebar: Your sidebar, or sidebar: {navigation: travel} to show the list travel: of _data/navigation.yml',
    ],
    [
      'sidebar',
      '{navigation: [a, b]}',
      '"sidebar" must be a sidebar\'s name, or a group whose "navigation" (or "nav") names a list of the navigation data, but it is a group of fields without one. Write sidebar: Your sidebar, or sidebar: {navigation: travel} to show the list travel: of _data/navigation.yml',
    ],
    ['sidebar', '[{title: Tip}]', '"sidebar" must be text, but it is a list. Write it on one line: sidebar: Your text'],
    ['search', '"off"', '"search" must be true or false, but it is the text "off". Write search: false (no quotes)'],
    ['showTitle', '" ON "', '"showTitle" must be true or false, but it is the text " ON ". Write showTitle: true (no quotes)'],
    ['draft', '1', '"draft" must be true or false, but it is the number 1. Write draft: true or draft: false'],
    ['draft', '""', '"draft" must be true or false, but it is the text "". Write draft: true or draft: false'],
    ['weight', '.inf', '"weight" must be a number, but it is the number Infinity. Write it without quotes, e.g. weight: 3'],
    ['weight', '[1]', '"weight" must be a number, but it is a list. Write it without quotes, e.g. weight: 3'],
    ['redirect_from', '5', '"redirect_from" must be a path or a list of paths, but it is the number 5. Write redirect_from: [/old/path, /older/path]'],
    ['aliases', '[/a, ""]', '"aliases" must be a path or a list of paths, but it is a list. Write aliases: [/old/path, /older/path]'],
    ['aliases', '[1, 2]', '"aliases" must be a path or a list of paths, but it is a list. Write aliases: [/old/path, /older/path]'],
  ]
  it.each(wrong)('%s: %s is reported once, at its line, and left out', (field, value, message) => {
    const parsed = withField(field, value)
    expect(parsed.diagnostics).toEqual([{ severity: 'error', code: 'frontmatter-type', file: 'p.md', line: 2, message }])
    expect(parsed.frontmatter).toEqual({ showTitle: true, draft: false })
  })

  it('writes the group form of sidebar in the syntax of the page', () => {
    const [toml] = parseSource('p.md', '+++\n[sidebar]\ncurrent = "FAQ"\n+++\n').diagnostics
    expect(toml?.message).toContain('or sidebar = { navigation = "travel" } to show')
    const [json] = parseSource('p.md', '{ "sidebar": { "current": "FAQ" } }\n').diagnostics
    expect(json?.message).toContain('or "sidebar": { "navigation": "travel" } to show')
  })

  it('keeps the defaults and the fields in the schema’s order, unknown ones after', () => {
    const parsed = parseSource('p.md', '---\nzeta: 1\naliases: /a\ntitle: x\nalpha: 2\ndraft: true\n---\n')
    expect(Object.keys(parsed.frontmatter)).toEqual(['title', 'showTitle', 'draft', 'aliases', 'zeta', 'alpha'])
  })
})

describe('parseSource: malformed frontmatter', () => {
  it('gives the line of a YAML syntax error with the quoting hint', () => {
    const source = '---\ntitle: ok\ndescription: a: b\n---\nbody'
    const parsed = parseSource('p.md', source)
    expect(parsed.diagnostics).toHaveLength(1)
    const [d] = parsed.diagnostics
    expect(d).toMatchObject({ code: 'frontmatter-yaml', file: 'p.md', line: lineOf(source, 'description') })
    expect(d!.message).toMatch(/^malformed frontmatter \(YAML\): /)
    expect(d!.message).toContain('must be wrapped in quotes')
    expect(d!.message).not.toMatch(/at line \d+/)
    expect(parsed.frontmatter).toEqual({ showTitle: true, draft: false })
  })

  it('reports a repeated key at the second one', () => {
    const [d] = parseSource('p.md', '---\ntitle: a\ntitle: b\n---\n').diagnostics
    expect(d).toMatchObject({ code: 'frontmatter-yaml', line: 3 })
    expect(d!.message).toContain('Keep one of the two lines')
  })

  it('asks for field: value lines when the block is not a map', () => {
    const [d] = parseSource('p.md', '---\njust text\n---\n').diagnostics
    expect(d).toMatchObject({ code: 'frontmatter-yaml', line: 2 })
    expect(d!.message).toContain('field: value')
  })

  it('reports an unclosed --- block at line 1 and keeps the whole text as body', () => {
    const source = '---\ntitle: x\nbody text\n'
    const parsed = parseSource('p.md', source)
    expect(parsed.diagnostics).toEqual([
      {
        severity: 'error',
        code: 'frontmatter-unclosed',
        file: 'p.md',
        line: 1,
        message: 'frontmatter starts with --- on line 1 but is never closed. Add a line with --- after the last field',
      },
    ])
    expect(parsed.body).toBe(source)
    expect(parsed.frontmatterLines).toBe(0)
  })

  it('reports an unclosed +++ block', () => {
    const [d] = parseSource('p.md', '+++\ntitle = "x"\n').diagnostics
    expect(d?.code).toBe('frontmatter-unclosed')
    expect(d?.message).toContain('Add a line with +++')
  })
})

describe('parseSource: body and line numbers', () => {
  it('blanks the frontmatter so body lines keep the file’s line numbers', () => {
    const source = '---\ntitle: Hello\ndraft: true\n---\n# Body\n\ntext on line 7\n'
    const parsed = parseSource('p.md', source)
    const fileLines = source.split('\n')
    const bodyLines = parsed.body.split('\n')
    expect(bodyLines).toHaveLength(fileLines.length)
    expect(bodyLines.slice(0, 4).every((line) => line === '')).toBe(true)
    expect(bodyLines.indexOf('# Body')).toBe(fileLines.indexOf('# Body'))
    expect(bodyLines[6]).toBe('text on line 7')
    expect(parsed.frontmatterLines).toBe(4)
  })

  it('strips a byte order mark', () => {
    const parsed = parseSource('p.md', '\uFEFF---\ntitle: BOM\n---\nbody')
    expect(parsed.diagnostics).toEqual([])
    expect(parsed.frontmatter.title).toBe('BOM')
    expect(parsed.body).toBe('\n\n\nbody')
    expect(parseSource('p.md', '\uFEFF# Hi').body).toBe('# Hi')
  })

  it('handles CRLF line endings', () => {
    const source = '---\r\ntitle: CRLF\r\ndraft: true\r\n---\r\nline one\r\nline two\r\n'
    const parsed = parseSource('p.md', source)
    expect(parsed.diagnostics).toEqual([])
    expect(parsed.frontmatter).toMatchObject({ title: 'CRLF', draft: true })
    expect(parsed.frontmatter.title).not.toContain('\r')
    expect(parsed.body.split('\n')[4]).toBe('line one')
    expect(parsed.body).not.toContain('\r')
  })

  it('reports wrong types at the right line with CRLF endings', () => {
    const [d] = parseSource('p.md', '---\r\ntitle: ok\r\nweight: "1"\r\n---\r\n').diagnostics
    expect(d).toMatchObject({ code: 'frontmatter-type', line: 3 })
  })

  it('accepts delimiters with trailing spaces', () => {
    const parsed = parseSource('p.md', '---   \ntitle: X\n---  \nbody')
    expect(parsed.frontmatter.title).toBe('X')
    expect(parsed.frontmatterLines).toBe(3)
  })
})
