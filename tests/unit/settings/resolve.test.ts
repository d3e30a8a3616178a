import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultSettings, defineConfig, normalizePathPrefix, resolveSettings } from '../../../src/content/settings'

const cwd = path.resolve('/project')

describe('normalizePathPrefix', () => {
  it.each([
    ['', ''],
    ['/', ''],
    ['///', ''],
    ['handbook', '/handbook'],
    ['/handbook', '/handbook'],
    ['handbook/', '/handbook'],
    ['/handbook/', '/handbook'],
    [' handbook ', '/handbook'],
    ['docs/handbook/', '/docs/handbook'],
    ['//a//b//', '/a/b'],
    [' /docs//handbook ', '/docs/handbook'],
  ])('%j → %j', (input, expected) => {
    expect(normalizePathPrefix(input)).toBe(expected)
  })
})

describe('resolveSettings', () => {
  it('applies defaults and resolves the content folder against cwd', () => {
    // "Today" is the clock's date unless HANDBOOK_TODAY says otherwise: a fixed clock here, never the real date.
    const settings = resolveSettings({}, {}, cwd, new Date(2026, 4, 1, 12))
    expect(settings).toEqual({ ...defaultSettings, contentDir: path.join(cwd, 'contents'), today: '2026-05-01' })
  })

  it('takes the config’s values over the defaults', () => {
    const settings = resolveSettings(
      defineConfig({
        title: 'Acme',
        siteUrl: 'https://handbook.acme.com/',
        pathPrefix: 'handbook/',
        contentDir: '../content',
        repository: { url: 'https://github.com/acme/handbook/', contentPath: '/docs/' },
      }),
      {},
      cwd,
    )
    expect(settings).toMatchObject({
      title: 'Acme',
      siteUrl: 'https://handbook.acme.com',
      pathPrefix: '/handbook',
      contentDir: path.resolve(cwd, '../content'),
      repository: { url: 'https://github.com/acme/handbook', branch: 'main', contentPath: 'docs' },
      lang: 'en',
    })
  })

  it('lets HANDBOOK_* variables override the config', () => {
    const settings = resolveSettings(
      { title: 'From config', lang: 'en', repository: { url: 'https://github.com/a/b', branch: 'main' } },
      {
        HANDBOOK_TITLE: 'From env',
        HANDBOOK_SITE_URL: 'https://env.example.com//',
        HANDBOOK_LANG: 'ja',
        HANDBOOK_REPOSITORY_URL: 'https://gitlab.com/x/y/',
        HANDBOOK_REPOSITORY_BRANCH: 'dev',
        HANDBOOK_REPOSITORY_CONTENT_PATH: '/handbook/',
      },
      cwd,
    )
    expect(settings).toMatchObject({
      title: 'From env',
      siteUrl: 'https://env.example.com',
      lang: 'ja',
      repository: { url: 'https://gitlab.com/x/y', branch: 'dev', contentPath: 'handbook' },
    })
  })

  it('resolves a relative HANDBOOK_CONTENT_DIR against cwd and keeps an absolute one', () => {
    expect(resolveSettings({ contentDir: 'ignored' }, { HANDBOOK_CONTENT_DIR: 'sub/dir' }, cwd).contentDir).toBe(path.join(cwd, 'sub/dir'))
    const absolute = path.resolve('/elsewhere/handbook')
    expect(resolveSettings({ contentDir: 'ignored' }, { HANDBOOK_CONTENT_DIR: absolute }, cwd).contentDir).toBe(absolute)
  })

  it('normalises HANDBOOK_PATH_PREFIX', () => {
    for (const [value, expected] of [
      ['handbook', '/handbook'],
      ['/handbook/', '/handbook'],
      ['handbook/', '/handbook'],
      ['/', ''],
    ] as const) {
      expect(resolveSettings({ pathPrefix: '/config' }, { HANDBOOK_PATH_PREFIX: value }, cwd).pathPrefix, value).toBe(expected)
    }
  })

  it('ignores empty and missing variables', () => {
    const settings = resolveSettings({ title: 'Config', pathPrefix: '/hb' }, { HANDBOOK_TITLE: '', HANDBOOK_PATH_PREFIX: '', HANDBOOK_CONTENT_DIR: '', HANDBOOK_SITE_URL: undefined }, cwd)
    expect(settings).toMatchObject({ title: 'Config', pathPrefix: '/hb', contentDir: path.join(cwd, 'contents'), siteUrl: 'http://localhost:9000' })
  })

  it('keeps the defaults for values set to undefined in the config', () => {
    expect(resolveSettings({ siteUrl: undefined }, {}, cwd).siteUrl).toBe('http://localhost:9000')
    expect(resolveSettings({ title: undefined }, {}, cwd).title).toBe('Handbook')
    expect(resolveSettings({ contentDir: undefined }, {}, cwd).contentDir).toBe(path.join(cwd, 'contents'))
    expect(resolveSettings({ pathPrefix: undefined, lang: undefined, iframeHosts: undefined }, {}, cwd)).toMatchObject({
      pathPrefix: '',
      lang: 'en',
      iframeHosts: defaultSettings.iframeHosts,
    })
    expect(resolveSettings({ repository: { url: undefined, branch: undefined, contentPath: undefined } }, {}, cwd).repository).toEqual(defaultSettings.repository)
    expect(resolveSettings({ repository: undefined }, {}, cwd).repository).toEqual(defaultSettings.repository)
  })

  it('does not change the defaults it starts from', () => {
    const before = JSON.stringify(defaultSettings)
    resolveSettings({ repository: { url: 'https://x.test/' } }, { HANDBOOK_REPOSITORY_BRANCH: 'x' }, cwd)
    expect(JSON.stringify(defaultSettings)).toBe(before)
  })
})
