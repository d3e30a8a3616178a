import { describe, expect, it } from 'vitest'
import { readGlossary } from '../../../../src/content/features/glossary/read-glossary'
import { renderFragment } from '../../../../src/content/markdown/fragment'
import { toHtml } from 'hast-util-to-html'
import { glossaryTips } from '../../../../src/content/features/glossary'
import { formatDiagnostic, type Diagnostic } from '../../../../src/content/common/diagnostics'

function read(text: string) {
  const diagnostics: Diagnostic[] = []
  const glossary = readGlossary('glossary.yml', text, renderFragment, diagnostics)
  return { glossary, problems: diagnostics.map((d) => formatDiagnostic(d)) }
}

describe('glossary.yml read and checked', () => {
  it('reads terms, aliases (a list or one), Markdown definitions and links, with a stable anchor per term', () => {
    const { glossary, problems } = read(
      '- term: PTO\n  aliases: [paid time off, vacation]\n  definition: Paid *time* off.\n  link: /time-off\n- term: 1:1\n  aliases: one-on-one\n  definition: A weekly meeting.\n- term: Straße\n  definition: Street.\n',
    )
    expect(problems).toEqual([])
    expect(glossary.entries.map(({ id, term, aliases, link, line }) => ({ id, term, aliases, link, line }))).toEqual([
      { id: 'pto', term: 'PTO', aliases: ['paid time off', 'vacation'], link: '/time-off', line: 1 },
      { id: '11', term: '1:1', aliases: ['one-on-one'], link: undefined, line: 5 },
      { id: 'straße', term: 'Straße', aliases: [], link: undefined, line: 8 },
    ])
    expect(glossary.entries[0]!.definition).toEqual([
      {
        type: 'element',
        tagName: 'p',
        properties: {},
        children: [
          { type: 'text', value: 'Paid ' },
          { type: 'element', tagName: 'em', properties: {}, children: [{ type: 'text', value: 'time' }] },
          { type: 'text', value: ' off.' },
        ],
      },
    ])
  })

  it('sanitizes definitions as bios are', () => {
    const { glossary } = read('- term: XSS\n  definition: "<script>alert(1)</script><img src=x onerror=alert(1)> [a](javascript:alert(1))"\n')
    const html = JSON.stringify(glossary.entries[0]!.definition)
    expect(html).not.toMatch(/"script"|onerror|"href"/)
    expect(html).toContain('"tagName":"img"')
  })

  it('reports each mistake at its line with the fix, and keeps the other entries', () => {
    const { glossary, problems } = read(
      [
        '- term: PTO',
        '  definition: Paid time off.',
        '  aliases: [PTO days, [x]]',
        '- definition: No term.',
        '- term: OKR',
        '  aliases: [pto days]',
        '  definition: Objectives.',
        '  link: javascript:alert(1)',
        '- term: DRI',
        '  definiton: Directly responsible individual.',
        '- just a string',
        '',
      ].join('\n'),
    )
    expect(problems).toEqual([
      'glossary.yml:3:23: error: an alias of "PTO" must be a word or a few words, e.g. aliases: [paid time off, vacation]',
      'glossary.yml:4:3: error: this entry has no "term": add the word it defines, e.g. term: PTO',
      'glossary.yml:8:9: error: the link of "OKR" must be a page of this site (/handbook/time-off) or a full URL (https://…); it is the text "javascript:alert(1)"',
      'glossary.yml:10:3: warning: "definiton" is not a field of a glossary entry, so it is ignored. Did you mean "definition"?',
      'glossary.yml:9:3: error: "DRI" has no "definition": add what it means in a sentence (Markdown), e.g. definition: Paid time off, the days you take off with pay.',
      expect.stringMatching(/^glossary\.yml:11:3: error: an entry must be a group of fields starting with "- term:"/),
    ])
    expect(glossary.entries.map((entry) => [entry.term, entry.aliases, entry.link])).toEqual([
      ['PTO', ['PTO days'], undefined],
      ['OKR', ['pto days'], undefined],
    ])
  })

  it('keeps every meaning of a word: a second entry of the same term gets its own anchor, and a word of two entries shows both', () => {
    const { glossary, problems } = read(
      '- term: AWS\n  definition: Amazon Web Services.\n- term: AWS\n  definition: Alternative Work Schedule.\n- term: Cloud\n  aliases: [cloud, aws]\n  definition: Servers.\n- term: Buddy\n  definition: A colleague.\n',
    )
    expect(problems).toEqual(['glossary.yml:6:13: warning: "cloud" is already a word of "Cloud" (case and spaces aside): remove it'])
    expect(glossary.entries.map((entry) => entry.id)).toEqual(['aws', 'aws-2', 'cloud', 'buddy'])
    const tips = glossaryTips(glossary)!
    expect(tips.entries.map((entry) => [entry.id, entry.words])).toEqual([
      ['aws', ['AWS', 'Cloud', 'aws']],
      ['buddy', ['Buddy']],
    ])
    expect(toHtml({ type: 'root', children: tips.entries[0]!.tip })).toBe('(1) Amazon Web Services. (2) Alternative Work Schedule. (3) Servers.')
  })

  it('reports a file that is not a list, and YAML it cannot read, at the line', () => {
    expect(read('PTO: Paid time off\n').problems).toEqual([expect.stringMatching(/^glossary\.yml:1:1: error: this file must be a list of entries, e\.g\./)])
    expect(read('- term: PTO\n  definition: a: b\n').problems).toEqual([expect.stringMatching(/^glossary\.yml:2:\d+: error: malformed YAML: .*must be wrapped in quotes$/)])
    expect(read('').glossary.entries).toEqual([])
  })
})
