/**
 * Frontmatter other tools accept loads here too (decisions in
 * contents/editing/frontmatter.md): quoted values continued on unindented
 * lines (PyYAML, libyaml, Hugo), YAML 1.1's yes/no/on/off in true/false
 * fields, dates and times, tabs, Hugo's JSON frontmatter; and where a syntax
 * error's message names a fix, it is the fix for that line.
 */
import { describe, expect, it } from 'vitest'
import { parseSource } from '../../../src/content/frontmatter'
import { reindentQuotedContinuations } from '../../../src/content/frontmatter/yaml-compat'

const page = (...lines: string[]) => ['---', ...lines, '---', '', 'Body.'].join('\n')
const messages = (source: string) => parseSource('p.md', source).diagnostics.map((d) => `${d.line}: ${d.severity}: ${d.message}`)
const DEFAULTS = { showTitle: true, draft: false }

describe('quoted values continued on lines without indentation', () => {
  it('load a double-quoted description, as PyYAML and Hugo read it, with a warning that shows the portable way', () => {
    const source = page('title: Deploys', 'description: "How we ship', 'to production, and', 'how we roll back"', 'sidebar: Ops')
    const parsed = parseSource('p.md', source)
    expect(parsed.frontmatter).toEqual({ ...DEFAULTS, title: 'Deploys', description: 'How we ship to production, and how we roll back', sidebar: 'Ops' })
    expect(messages(source)).toEqual([
      '3: warning: the quoted value of "description" continues on lines 4-5 without indentation, which YAML does not allow (PyYAML and Hugo read it anyway, and so does the handbook). Indent those lines by 2 spaces so that every YAML tool reads it',
    ])
    // Lines after the block keep their numbers.
    expect(parsed.lineOf('sidebar')).toBe(6)
    expect(parsed.body.split('\n')[8]).toBe('Body.')
  })

  it('load a single-quoted value, doubled quotes and all', () => {
    const source = page("description: 'It''s how", "we work'")
    expect(parseSource('p.md', source).frontmatter).toEqual({ ...DEFAULTS, description: "It's how we work" })
    expect(messages(source)).toEqual([
      '2: warning: the quoted value of "description" continues on line 3 without indentation, which YAML does not allow (PyYAML and Hugo read it anyway, and so does the handbook). Indent that line by 2 spaces so that every YAML tool reads it',
    ])
  })

  it('keep blank lines as the line breaks they are', () => {
    expect(parseSource('p.md', page('description: "One', '', 'two"')).frontmatter.description).toBe('One\ntwo')
  })

  it('load inside a group of fields and in a list, indented under their parent', () => {
    const nested = page('sidebar: Ops', 'extra:', '  note: "long', 'note"')
    expect(parseSource('p.md', nested).frontmatter).toMatchObject({ extra: { note: 'long note' } })
    expect(messages(nested)[0]).toContain('Indent that line by 4 spaces')
    const list = page('aliases:', '- "/old', 'path"')
    expect(parseSource('p.md', list).frontmatter.aliases).toEqual(['/old path'])
    expect(messages(list)[0]).toMatch(/^3: warning: a quoted list item continues on line 4 without indentation/)
  })

  it('leave the text alone when nothing needs re-indenting, and only add spaces when something does', () => {
    expect(reindentQuotedContinuations('a: "one"\nb: \'two\'\nc: "x \\" y"')).toEqual({ text: 'a: "one"\nb: \'two\'\nc: "x \\" y"', reindented: [] })
    expect(reindentQuotedContinuations('a: "one\ntwo"\nb: 1').text).toBe('a: "one\n two"\nb: 1')
  })

  it('are still an error when the quote is never closed, at the line it opens on, with that fix', () => {
    expect(messages(page('title: Hello', 'description: "never closed', 'sidebar: Ops'))).toEqual([
      '3: error: malformed frontmatter (YAML): Missing closing "quote. The value in quotes that starts on this line is never closed: end it with "',
    ])
  })

  it('are not accepted for plain (unquoted) values, which PyYAML rejects too', () => {
    expect(messages(page('description: plain text', 'continued here'))).toEqual([
      '3: error: malformed frontmatter (YAML): Implicit map keys need to be followed by map values. This line is not "field: value". If it continues the value of the line above, indent it by two spaces (or write the value on one line); otherwise add its field name',
    ])
  })
})

describe('the fix a syntax error names is the fix for that line', () => {
  it.each([
    ['title: Values: what we believe', 'Nested mappings are not allowed in compact mappings. Write title: "Values: what we believe": a value that contains ": " must be wrapped in quotes'],
    ['title: @handle', 'Plain value cannot start with reserved character @. Write title: "@handle": a value that starts with @ must be wrapped in quotes'],
    ['title: "Say "hi" now"', 'Unexpected scalar at node end. Write title: "Say \\"hi\\" now": a " inside a value in double quotes is written \\"'],
    ["title: 'It's here'", "Unexpected scalar at node end. Write title: 'It''s here': a ' inside a value in single quotes is written twice, ''"],
    ['title: "Done" today', 'Unexpected scalar at node end. Check the quotes on this line: the value must end with the quote it starts with, and nothing may follow it but a # comment'],
  ])('%s', (line, message) => {
    expect(messages(page('sidebar: Ops', line))).toEqual([`3: error: malformed frontmatter (YAML): ${message}`])
  })

  it('never tells the editor to quote a value that is quoted', () => {
    for (const line of ['title: "Say "hi" now"', "title: 'It's here'", 'title: "Done" today', 'title: "never closed']) {
      expect(messages(page(line)).join('\n')).not.toContain('must be wrapped in quotes')
    }
  })
})

describe('YAML 1.1 and YAML 1.2 differences', () => {
  it('reads yes/no/on/off written without quotes in a true/false field as YAML 1.1 tools do, with a warning', () => {
    const source = page('draft: yes', 'showTitle: Off', 'search: on')
    expect(parseSource('p.md', source).frontmatter).toEqual({ draft: true, showTitle: false, search: true })
    expect(messages(source)).toEqual([
      '2: warning: "draft" is yes, which YAML 1.1 tools (PyYAML, Hugo before 0.152) read as true and YAML 1.2 tools as the text "yes"; it is read as true here. Write draft: true so that every tool agrees',
      '3: warning: "showTitle" is Off, which YAML 1.1 tools (PyYAML, Hugo before 0.152) read as false and YAML 1.2 tools as the text "Off"; it is read as false here. Write showTitle: false so that every tool agrees',
      '4: warning: "search" is on, which YAML 1.1 tools (PyYAML, Hugo before 0.152) read as true and YAML 1.2 tools as the text "on"; it is read as true here. Write search: true so that every tool agrees',
    ])
  })

  it('keeps yes/no as the text written in every other field, and a quoted "yes" is text everywhere', () => {
    const parsed = parseSource('p.md', page('title: No', 'answer: yes', 'draft: "yes"'))
    expect(parsed.frontmatter).toMatchObject({ title: 'No', answer: 'yes' })
    expect(parsed.diagnostics.map((d) => d.message)).toEqual(['"draft" must be true or false, but it is the text "yes". Write draft: true (no quotes)'])
  })

  it('keeps dates as the calendar dates written, and a date and time as its date in the zone it is written in', () => {
    const parsed = parseSource('p.md', page('reviewed: 2026-01-05T23:30:00-08:00', 'title: 2026-01-05', 'published: 2026-01-05 10:00:00'))
    expect(parsed.frontmatter).toMatchObject({ reviewed: '2026-01-05', title: '2026-01-05', published: '2026-01-05 10:00:00' })
    expect(parsed.diagnostics).toEqual([])
    const toml = parseSource('p.md', ['+++', 'reviewed = 2026-01-05T01:00:00+02:00', '+++', ''].join('\n'))
    expect(toml.frontmatter.reviewed).toBe('2026-01-05')
  })

  it('accepts a tab between a field and its value, but not tabs as indentation, and says to indent with spaces', () => {
    expect(parseSource('p.md', page('title:\tTabbed')).frontmatter.title).toBe('Tabbed')
    expect(messages(page('extra:', '\tnote: 1'))).toEqual(['3: error: malformed frontmatter (YAML): Tabs are not allowed as indentation. Indent with spaces: YAML does not allow tabs for indentation'])
  })

  it('keeps a repeated field an error, naming both lines', () => {
    expect(messages(page('title: One', 'sidebar: Ops', 'title: Two'))).toEqual(['4: error: malformed frontmatter (YAML): Map keys must be unique. "title" is already set on line 2. Keep one of the two lines'])
  })
})

describe('JSON frontmatter (Hugo)', () => {
  it('loads an object at the top of the file, each field at its line, the body keeping its line numbers', () => {
    const source = ['{', '  "title": "From Hugo",', '  "draft": false,', '  "weight": 3', '}', '', 'Body.'].join('\n')
    const parsed = parseSource('p.md', source)
    expect(parsed.frontmatter).toEqual({ title: 'From Hugo', showTitle: true, draft: false, weight: 3 })
    expect(parsed.diagnostics).toEqual([])
    expect(parsed.frontmatterLines).toBe(5)
    expect(parsed.lineOf('weight')).toBe(4)
    expect(parsed.body.split('\n')[6]).toBe('Body.')
  })

  it('loads an object on one line, with braces inside its strings', () => {
    expect(parseSource('p.md', '{ "title": "a } b", "aliases": ["/x"] }\nBody.').frontmatter).toMatchObject({ title: 'a } b', aliases: ['/x'] })
  })

  it('reports a wrong type at its line', () => {
    expect(messages(['{', '  "title": "T",', '  "draft": "maybe"', '}', ''].join('\n'))).toEqual(['3: error: "draft" must be true or false, but it is the text "maybe". Write "draft": true or "draft": false'])
  })

  it('writes the fix in JSON', () => {
    expect(messages(['{', '  "weight": "3",', '  "aliases": 4', '}', ''].join('\n'))).toEqual([
      '2: error: "weight" must be a number, but it is the text "3". Write it without quotes, e.g. "weight": 3',
      '3: error: "aliases" must be a path or a list of paths, but it is the number 4. Write "aliases": ["/old/path", "/older/path"]',
    ])
  })

  it('reports malformed JSON at its line, and an object never closed at line 1', () => {
    expect(messages(['{', '  "title": "T"', '  "draft": true', '}', ''].join('\n'))).toEqual([
      "3: error: malformed frontmatter (JSON): Expected ',' or '}' after property value. Check this line: names and text values are in double quotes, and fields are separated by commas, with none after the last",
    ])
    expect(messages(['{', '  "title": "T"', '', 'Body.'].join('\n'))).toEqual(['1: error: frontmatter starts with { on line 1 but is never closed. End it with } at the end of a line, after the last field'])
  })

  it('is not taken from an MDX page that opens with an expression', () => {
    const parsed = parseSource('p.mdx', '{/* a note for editors */}\n\n# Title')
    expect(parsed.frontmatterLines).toBe(0)
    expect(parsed.diagnostics).toEqual([])
  })
})

describe('frontmatter of .mdx pages', () => {
  it('must be YAML, which gatsby-plugin-mdx reads itself: TOML or JSON is an error at line 1, with the YAML to write', () => {
    const json = parseSource('p.mdx', '{\n  "title": "T"\n}\n\nBody.')
    expect(json.diagnostics.map((d) => `${d.line}: ${d.message}`)).toEqual([
      '1: an .mdx page\'s frontmatter must be YAML between --- lines (JSON is read in .md pages only). Write it as ---, then title: Our values, then --- instead of { "title": "Our values" }',
    ])
    const toml = parseSource('p.mdx', '+++\ntitle = "T"\n+++\n\nBody.')
    expect(toml.diagnostics[0]).toMatchObject({ code: 'frontmatter-mdx-format', line: 1 })
  })
})

describe('fixes in TOML frontmatter', () => {
  it('are written in TOML', () => {
    expect(messages(['+++', 'description = 42', 'weight = "3"', 'owner = true', '+++', ''].join('\n'))).toEqual([
      '2: error: "description" must be text, but it is the number 42. Put it in quotes: description = "42"',
      '3: error: "weight" must be a number, but it is the text "3". Write it without quotes, e.g. weight = 3',
      '4: error: "owner" must be a team slug or person id, or a list of them, but it is the boolean true. Write owner = "platform" or owner = ["platform", "jane_doe"]',
    ])
  })
})
