import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../../../src/content/common/diagnostics'
import { readSettingsFile, resolveSettings } from '../../../src/content/settings'

const read = (text: string) => readSettingsFile(text, () => false)
const lines = (text: string) => read(text).diagnostics.map((d) => formatDiagnostic(d))

describe('messages: in handbook.yml', () => {
  it('takes the handbook’s wording per language, plural forms included', () => {
    const { config, diagnostics } = read('messages:\n  en:\n    onThisPage: Contents\n  ja:\n    onThisPage: 目次\n    pageCount:\n      other: "全 {count} 頁"\n')
    expect(diagnostics).toEqual([])
    expect(config.messages).toEqual({ en: { onThisPage: 'Contents' }, ja: { onThisPage: '目次', pageCount: { other: '全 {count} 頁' } } })
  })

  it('names an unknown language at its line, with the fix', () => {
    expect(lines('title: A\nmessages:\n  jp:\n    onThisPage: 目次\n')).toEqual([
      expect.stringMatching(/^handbook\.yml:4:5: error: "messages": "jp" is not a language the interface ships, so its words would never show\. Did you mean ja\? Write one of en, ja, de, fr, es, pt/),
    ])
    expect(lines('messages:\n  pt-BR:\n    search: Buscar\n')).toEqual([expect.stringContaining('"pt-BR" is not a language the interface ships, so its words would never show. Did you mean pt?')])
  })

  it('names an unknown key at its line, with the nearest one', () => {
    expect(lines('messages:\n  en:\n    search: Find\n    onThisPag: Contents\n')).toEqual([
      expect.stringMatching(/^handbook\.yml:4:16: error: "messages\.en": "onThisPag" is not a message of the interface, so it would never show\. Did you mean onThisPage\?/),
    ])
  })

  it('says when a message drops a placeholder, or names a plural form wrong', () => {
    expect(lines('messages:\n  en:\n    lastUpdated: Updated\n')).toEqual([
      expect.stringMatching(/^handbook\.yml:3:18: error: "messages\.en\.lastUpdated" has the placeholders none, but the message fills in \{date\}/),
    ])
    expect(lines('messages:\n  de:\n    pageCount:\n      single: "{count} Seite"\n      other: "{count} Seiten"\n')).toEqual([expect.stringContaining('"messages.de.pageCount": "single" is not a plural form')])
  })

  it('leaves them out of the settings on an error', () => {
    expect(read('messages:\n  xx:\n    search: Find\n').config.messages).toBeUndefined()
  })

  it('is checked in handbook.config.ts too', () => {
    expect(() => resolveSettings({ messages: { en: { onThisPag: 'Contents' } } }, {}, process.cwd())).toThrow(/messages in handbook\.config\.ts: "messages\.en": "onThisPag" is not a message/)
    expect(resolveSettings({}, {}, process.cwd()).messages).toEqual({})
  })
})
