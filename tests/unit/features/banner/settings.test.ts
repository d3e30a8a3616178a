import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../../../../src/content/common/diagnostics'
import { readSettingsFile, resolveSettings } from '../../../../src/content/settings'

const cwd = path.resolve('/site')
const read = (text: string) => readSettingsFile(text, () => false)
const lines = (text: string) => read(text).diagnostics.map((d) => formatDiagnostic(d))

describe('banner in handbook.yml', () => {
  it('takes an id, Markdown text and an end date written as YAML writes a date', () => {
    const { config, diagnostics } = read('banner:\n  id: enrolment-2026\n  text: "Enrolment closes **Friday**"\n  until: 2026-12-31\n')
    expect(diagnostics).toEqual([])
    expect(resolveSettings(config, {}, cwd).banner).toEqual({ id: 'enrolment-2026', text: 'Enrolment closes **Friday**', until: '2026-12-31' })
  })

  it('says what is missing or wrong, at the line, with the fix, and shows no banner', () => {
    expect(lines('banner:\n  text: Hello\n')[0]).toMatch(/^handbook.yml:2:3: error: "banner" has no id: .* Write e.g. banner: \{ id: enrolment-2026/)
    expect(lines('banner:\n  id: a\n')[0]).toContain('"banner" has no text')
    expect(lines('banner:\n  id: Benefits 2026!\n  text: Hi\n')[0]).toContain('handbook.yml:2:7: error: ')
    expect(lines('banner:\n  id: Benefits 2026!\n  text: Hi\n')[0]).toContain(
      '"banner" id "Benefits 2026!" may hold only letters, digits, - and _ (readers\' browsers remember a dismissed banner by it): write e.g. id: Benefits-2026',
    )
    expect(lines('banner:\n  id: a\n  text: Hi\n  until: 2026-02-30\n')[0]).toContain('handbook.yml:4:10: error: "banner" until "2026-02-30" is not a date: write it YYYY-MM-DD')
    expect(lines('banner:\n  id: a\n  text: Hi\n  colour: red\n')[0]).toContain('"colour" is not a field of banner')
    expect(read('banner:\n  text: Hello\n').config.banner).toBeUndefined()
  })

  it('in handbook.config.ts without an id stops the build', () => {
    expect(() => resolveSettings({ banner: { text: 'Hi' } as never }, {}, cwd)).toThrow(/banner in handbook.config.ts has no id/)
  })
})
