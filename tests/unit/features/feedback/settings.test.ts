import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../../../../src/content/common/diagnostics'
import { mergeConfigs, readSettingsFile, resolveSettings, SettingsError } from '../../../../src/content/settings'
import { siteChrome } from '../../../../src/content/features/brand/chrome'

const cwd = path.resolve('/site')
const read = (text: string) => readSettingsFile(text, () => false)
const lines = (text: string) => read(text).diagnostics.map((d) => formatDiagnostic(d))

describe('feedback in handbook.yml', () => {
  it('is off by default', () => {
    const settings = resolveSettings(mergeConfigs({}, read('title: T\n').config), {}, cwd)
    expect(settings.feedback).toBeUndefined()
    expect(siteChrome(settings).feedback).toBeUndefined()
  })

  it('takes a link template, and carries the repository folder for {source}', () => {
    const { config, diagnostics } = read('repository:\n  contentPath: docs\nfeedback:\n  url: "https://github.com/acme/handbook/issues/new?title={title}&body={url}%20{source}"\n')
    expect(diagnostics).toEqual([])
    const settings = resolveSettings(mergeConfigs({}, config), {}, cwd)
    expect(siteChrome(settings).feedback).toEqual({ kind: 'url', template: 'https://github.com/acme/handbook/issues/new?title={title}&body={url}%20{source}', contentPath: 'docs' })
  })

  it("takes an https endpoint, and http only on the author's own machine", () => {
    expect(siteChrome(resolveSettings(read('feedback:\n  endpoint: https://feedback.acme.test/h\n').config, {}, cwd)).feedback).toEqual({ kind: 'endpoint', endpoint: 'https://feedback.acme.test/h' })
    expect(lines('feedback:\n  endpoint: http://localhost:8787/feedback\n')).toEqual([])
    expect(lines('feedback:\n  endpoint: http://feedback.acme.test/h\n')).toEqual([
      'handbook.yml:2:13: error: "feedback" endpoint "http://feedback.acme.test/h" is not https, so readers\' answers would cross the network unencrypted: write https://… (http:// only for http://localhost while testing)',
    ])
  })

  it('with both url and endpoint is an error with the fix, and sets no feedback', () => {
    const { config, diagnostics } = read('title: T\nfeedback:\n  url: https://forms.acme.test/?page={url}\n  endpoint: https://feedback.acme.test/h\n')
    expect(diagnostics.map((d) => formatDiagnostic(d))).toEqual([
      'handbook.yml:3:3: error: "feedback" sets both url and endpoint, but a page shows one or the other: keep url for a link readers follow (a new issue, a form) or endpoint for a Yes/No widget that posts to it, e.g. feedback: { endpoint: "https://feedback.acme.com/handbook" }',
    ])
    expect(config.feedback).toBeUndefined()
  })

  it('names a placeholder that is none, a field that is none, and an unsafe link', () => {
    expect(lines('feedback:\n  url: https://forms.acme.test/?page={page}\n')[0]).toContain('url has {page}, which is no placeholder')
    expect(lines('feedback:\n  link: https://forms.acme.test/\n')[0]).toContain('"link" is not a field of feedback, which has url or endpoint')
    expect(lines('feedback:\n  url: "javascript:alert({title})"\n')[0]).toContain('uses "javascript:"')
    expect(lines('feedback: {}\n')[0]).toContain('sets neither url nor endpoint')
  })
})

describe('feedback in handbook.config.ts', () => {
  it('with both url and endpoint stops the build with the fix', () => {
    expect(() => resolveSettings({ feedback: { url: 'https://f.test/?u={url}', endpoint: 'https://e.test/' } }, {}, cwd)).toThrow(SettingsError)
    expect(() => resolveSettings({ feedback: { url: 'https://f.test/?u={url}', endpoint: 'https://e.test/' } }, {}, cwd)).toThrow(/feedback in handbook.config.ts sets both url and endpoint/)
  })
})
