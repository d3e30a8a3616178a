import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../../../../src/content/common/diagnostics'
import { readSettingsFile, resolveSettings } from '../../../../src/content/settings'
import { languagesProblem } from '../../../../src/content/features/languages/settings'

const cwd = path.resolve('/site')
const read = (text: string) => readSettingsFile(text, () => false)
const lines = (text: string) => read(text).diagnostics.map((d) => formatDiagnostic(d))

describe('languages in handbook.yml', () => {
  it('takes a list of codes and labels', () => {
    const { config, diagnostics } = read('languages:\n  - code: en\n    label: English\n  - code: ja\n    label: 日本語\n    default: false\n')
    expect(diagnostics).toEqual([])
    expect(resolveSettings(config, {}, cwd).languages).toEqual([
      { code: 'en', label: 'English' },
      { code: 'ja', label: '日本語', default: false },
    ])
  })

  it('is empty without it: one language', () => {
    expect(resolveSettings({}, {}, cwd).languages).toEqual([])
  })

  it('says at its line when a code is not a language tag, is listed twice, or two languages are the default', () => {
    expect(lines('languages:\n  - code: en\n    label: English\n  - code: japanese!\n    label: 日本語\n')[0]).toMatch(
      /^handbook.yml:4:\d+: error: language 2 of "languages": code "japanese!" is not a language tag\. Write a tag such as en, ja, de or pt-BR/,
    )
    expect(lines('languages:\n  - code: en\n    label: English\n  - code: EN\n    label: Anglais\n')[0]).toMatch(/^handbook.yml:4:\d+: error: .*code "EN" is also language 1/)
    expect(lines('languages:\n  - code: en\n    label: English\n    default: true\n  - code: ja\n    label: 日本語\n    default: true\n')[0]).toMatch(
      /^handbook.yml:7:\d+: error: language 2 of "languages" says default: true, and so does language 1/,
    )
    expect(read('languages:\n  - code: en\n    label: English\n  - code: en\n    label: English\n').config.languages).toBeUndefined()
  })

  it('says which language lacks a label, and what an unknown field is', () => {
    expect(lines('languages:\n  - code: en\n')[0]).toContain('language 1 of "languages" has no label')
    expect(lines('languages:\n  - code: en\n    label: English\n    name: English\n')[0]).toContain('"name" is not a field of a language')
  })

  it('refuses a code whose folder the site itself uses', () => {
    expect(
      languagesProblem(
        [
          { code: 'en', label: 'English' },
          { code: 'de', label: 'Deutsch' },
        ],
        new Map([['/de', 'the people directory']]),
      )?.message,
    ).toContain('its pages would be under /de, which is the people directory')
  })

  it('in handbook.config.ts with a mistake stops the build', () => {
    expect(() =>
      resolveSettings(
        {
          languages: [
            { code: 'en', label: 'English' },
            { code: 'en', label: 'Again' },
          ],
        },
        {},
        cwd,
      ),
    ).toThrow(/languages in handbook.config.ts: .*also language 1/)
  })
})
