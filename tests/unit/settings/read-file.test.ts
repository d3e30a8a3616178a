import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../../../src/content/common/diagnostics'
import { mergeConfigs, readSettingsFile, resolveSettings } from '../../../src/content/settings'
import { siteChrome } from '../../../src/content/features/brand/chrome'

const cwd = path.resolve('/site')
const files = new Set(['brand/logo.svg', 'brand/icon.png'])
const read = (text: string) => readSettingsFile(text, (file) => files.has(file))
const lines = (text: string) => read(text).diagnostics.map((d) => formatDiagnostic(d))

describe('handbook.yml precedence', () => {
  const code = { title: 'From config', description: 'Config', lang: 'en', repository: { url: 'https://git.test/config', branch: 'main' } }
  const file = read('title: From the content folder\nrepository:\n  branch: handbook\n').config

  it('handbook.yml wins over handbook.config.ts, field by field in repository', () => {
    const settings = resolveSettings(mergeConfigs(code, file), {}, cwd)
    expect(settings.title).toBe('From the content folder')
    expect(settings.description).toBe('Config')
    expect(settings.repository).toMatchObject({ url: 'https://git.test/config', branch: 'handbook' })
  })

  it('environment variables win over both', () => {
    const settings = resolveSettings(mergeConfigs(code, file), { HANDBOOK_TITLE: 'From env', HANDBOOK_REPOSITORY_BRANCH: 'ci' }, cwd)
    expect(settings.title).toBe('From env')
    expect(settings.repository.branch).toBe('ci')
  })

  it('a field handbook.yml leaves out keeps the config value, then the default', () => {
    expect(resolveSettings(mergeConfigs({}, {}), {}, cwd).title).toBe('Handbook')
    expect(resolveSettings(mergeConfigs({ title: 'X' }, read('description: Y\n').config), {}, cwd).title).toBe('X')
  })
})

describe('reading handbook.yml', () => {
  it('takes every setting by its config name', () => {
    const { config, diagnostics } = read(
      [
        'title: Acme Handbook',
        'siteUrl: https://handbook.acme.test',
        'logo: /brand/logo.svg',
        'favicon: brand/icon.png',
        'accentColor: "#0a58ca"',
        'headerLinks:',
        '  - label: Careers',
        '    href: https://acme.test/careers',
        '  - label: People',
        '    href: /people',
        'footer: "© Acme · [Contact](mailto:hi@acme.test)"',
        'socialImage: https://acme.test/card.png',
        'requireOwner: true',
        'changesDays: 30',
      ].join('\n'),
    )
    expect(diagnostics).toEqual([])
    expect(config).toMatchObject({ title: 'Acme Handbook', logo: 'brand/logo.svg', favicon: 'brand/icon.png', requireOwner: true, changesDays: 30 })
    const chrome = siteChrome(resolveSettings(mergeConfigs({}, config), {}, cwd))
    expect(chrome.headerLinks).toEqual([
      { label: 'Careers', href: 'https://acme.test/careers', external: true },
      { label: 'People', href: '/people', external: false },
    ])
    expect(chrome.footerHtml).toBe('<p>© Acme · <a href="mailto:hi@acme.test">Contact</a></p>')
    expect(chrome.favicon).toEqual({ href: '/brand/icon.png', type: 'image/png' })
    expect(chrome.logo).toEqual({ src: '/brand/logo.svg' })
  })

  it('reports a value of the wrong form at its line and column, with the line to write, and leaves it out', () => {
    const text = 'title: Acme\nrequireOwner: yes\nchangesDays: many\nheaderLinks:\n  - label: Careers\n    href: careers\nlogo: brand/missing.svg\naccentColor: bluish\n'
    expect(lines(text)).toEqual([
      'handbook.yml:2:15: error: "requireOwner" must be true or false, but it is the text "yes". Write e.g. requireOwner: true',
      'handbook.yml:3:14: error: "changesDays" must be a whole number of days above 0, but it is the text "many". Write e.g. changesDays: 90',
      'handbook.yml:6:11: error: link 1 of "headerLinks": href "careers" is neither a site path nor a full URL. Write href: /careers for a page of the site or href: https://… for another site',
      'handbook.yml:7:7: error: "logo": there is no file brand/missing.svg in the content folder. Paths are relative to the folder that holds handbook.yml, e.g. logo: images/logo.svg',
      'handbook.yml:8:14: error: "accentColor" is "bluish", which is not a colour we can read. Write it as #rrggbb (e.g. #0a58ca), #rgb, rgb(10 88 202) or hsl(216 91% 42%), in quotes: accentColor: "#0a58ca"',
    ])
    expect(read(text).config).toEqual({ title: 'Acme' })
  })

  it('reports a YAML syntax error at its line', () => {
    expect(lines('title: Acme\nfooter: [unclosed\n')[0]).toMatch(/^handbook\.yml:3:1: error: malformed YAML: /)
  })

  it('warns about unknown keys with "Did you mean", and says why contentDir cannot be set here', () => {
    const found = lines('titel: Acme\nbaseURL: https://acme.test\ncontentDir: docs\n')
    expect(found[0]).toMatch(/^handbook\.yml:1:1: warning: "titel" is not a setting, so it is ignored\. Did you mean title\?/)
    expect(found[1]).toMatch(/^handbook\.yml:2:1: warning: "baseURL" is not a setting, so it is ignored\. Did you mean siteUrl\?/)
    expect(found[2]).toContain('handbook.yml:3:1: warning: "contentDir" cannot be set in handbook.yml')
  })

  it('gives each unknown key its kind, so reports count two keys as two', () => {
    expect(read('titel: Acme\nbaseURL: https://acme.test\n').diagnostics.map((d) => [d.code, d.kind])).toEqual([
      ['settings-unknown-field', 'titel'],
      ['settings-unknown-field', 'baseURL'],
    ])
  })

  it('warns, with the ratio achieved, when the accent colour is too light for text', () => {
    const found = read('accentColor: "#ffd33d"\n')
    expect(found.config.accentColor).toBe('#ffd33d')
    expect(found.diagnostics).toHaveLength(1)
    expect(formatDiagnostic(found.diagnostics[0]!)).toMatch(/^handbook\.yml:1:14: warning: "accentColor" #ffd33d is too light .* the light theme uses #[0-9a-f]{6} instead, 4\.\d+:1/)
  })

  it('an empty file sets nothing', () => {
    expect(read('# nothing yet\n')).toEqual({ config: {}, diagnostics: [] })
  })
})
