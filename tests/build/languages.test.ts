/**
 * A handbook in two languages (the `languages` fixture: English, and
 * Japanese with one page not translated): URLs keep the language's folder,
 * each page says its language, names its versions with `hreflang` and links
 * to them from the header's switcher; the untranslated page is the English
 * one at the Japanese URL under a notice, in the Japanese sidebar; search
 * has an index per language. The people pages (people.yml, teams.yml, not
 * translated) are made in each language, and a page's owner links and
 * mentions lead to its language's.
 */
import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkFixture, fixtureSite, type FixtureSite } from '../support/fixture-site'
import { parseHtml } from '../support/html'
import { unpackPages, type SearchCoreFile } from '../../src/shared/search/format'

const SEARCH = '_handbook/search'
let site: FixtureSite

beforeAll(async () => {
  site = await fixtureSite('languages')
  if (site.build.code !== 0) console.error(site.build.output)
})

const htmlOf = (url: string) => parseHtml(site.page(url))

/** The header's switcher: each language's label, lang and href (none for the page's own language, which is text), and which is current. */
function switcherOf(url: string) {
  return htmlOf(url)
    .querySelectorAll('[data-language-switcher] li > *')
    .map((link) => ({ lang: link.getAttribute('lang'), href: link.getAttribute('href'), current: link.getAttribute('aria-current') === 'true', label: link.querySelector('.switch-language-name')?.textContent }))
}

/** hreflang → href of the page's alternate links. */
function alternatesOf(url: string): Record<string, string> {
  return Object.fromEntries(
    htmlOf(url)
      .querySelectorAll('link[rel="alternate"][hreflang]')
      .map((link) => [link.getAttribute('hreflang')!, new URL(link.getAttribute('href')!).pathname]),
  )
}

/** The search files of a folder (not its subfolders) whose text holds `text`. */
function searchFilesHolding(folder: string, text: string): string[] {
  const dir = path.join(site.publicDir, folder)
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && fs.readFileSync(path.join(dir, entry.name), 'utf8').includes(text))
    .map((entry) => entry.name)
}

/** How many times `text` is in the search files of a folder (not its subfolders). */
function occurrences(folder: string, text: string): number {
  const dir = path.join(site.publicDir, folder)
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((count, entry) => count + fs.readFileSync(path.join(dir, entry.name), 'utf8').split(text).length - 1, 0)
}

/** The URLs of the pages an index lists (its core file's pages). */
function searchUrls(folder: string): string[] {
  const dir = path.join(site.publicDir, folder)
  const core = fs.readdirSync(dir).find((name) => name.startsWith('core-'))!
  return unpackPages((JSON.parse(fs.readFileSync(path.join(dir, core), 'utf8')) as SearchCoreFile).pages).map(([url]) => url)
}

/** The hrefs of the links `selector` finds on a page. */
const hrefsOf = (url: string, selector: string) =>
  htmlOf(url)
    .querySelectorAll(selector)
    .map((link) => link.getAttribute('href'))

describe('a handbook in English and Japanese', () => {
  it('builds', () => {
    expect(site.build.code).toBe(0)
    expect(site.diagnostics('error')).toEqual([])
  })

  it('keeps the language folder in URLs, the default language has none', () => {
    const urls = [...site.pages().keys()].sort()
    expect(urls).toEqual(expect.arrayContaining(['/', '/guide/setup', '/guide/travel', '/ja', '/ja/guide/setup', '/ja/guide/travel']))
  })

  it('says each page’s language on <html>, and the search folder of its language', () => {
    expect(htmlOf('/guide/setup').querySelector('html')?.getAttribute('lang')).toBe('en')
    expect(htmlOf('/guide/setup').querySelector('html')?.getAttribute('data-search-folder')).toBeUndefined()
    const ja = htmlOf('/ja/guide/setup').querySelector('html')
    expect(ja?.getAttribute('lang')).toBe('ja')
    expect(ja?.getAttribute('data-search-folder')).toBe('ja/')
    expect(htmlOf('/ja').querySelector('html')?.getAttribute('lang')).toBe('ja')
  })

  it('names each translation with hreflang, and English as x-default', () => {
    expect(alternatesOf('/guide/setup')).toEqual({ en: '/guide/setup', ja: '/ja/guide/setup', 'x-default': '/guide/setup' })
    expect(alternatesOf('/ja/guide/setup')).toEqual({ en: '/guide/setup', ja: '/ja/guide/setup', 'x-default': '/guide/setup' })
    expect(alternatesOf('/')).toEqual({ en: '/', ja: '/ja', 'x-default': '/' })
    // Travel has no Japanese version: only English is named.
    expect(alternatesOf('/guide/travel')).toEqual({ en: '/guide/travel', 'x-default': '/guide/travel' })
  })

  it('links the switcher to the same page in each language, each label in its own language', () => {
    expect(switcherOf('/guide/setup')).toEqual([
      { lang: 'en', href: undefined, current: true, label: 'English' },
      { lang: 'ja', href: '/ja/guide/setup', current: false, label: '日本語' },
    ])
    expect(switcherOf('/ja/guide/setup').map((link) => [link.href, link.current])).toEqual([
      ['/guide/setup', false],
      [undefined, true],
    ])
    // The untranslated page: its Japanese URL shows the English page.
    expect(switcherOf('/guide/travel').map((link) => link.href)).toEqual([undefined, '/ja/guide/travel'])
    expect(switcherOf('/').map((link) => link.href)).toEqual([undefined, '/ja'])
    expect(switcherOf('/ja/guide/travel').map((link) => link.href)).toEqual(['/guide/travel', undefined])
    expect(switcherOf('/ja').map((link) => link.href)).toEqual(['/', undefined])
    expect(htmlOf('/guide/setup').querySelector('[data-language-switcher]')?.getAttribute('aria-label')).toBe('Language')
    expect(htmlOf('/ja/guide/setup').querySelector('[data-language-switcher]')?.getAttribute('aria-label')).toBe('言語')
  })

  it('shows an untranslated page in English at the Japanese URL, under a notice in Japanese, in the Japanese sidebar', () => {
    const page = htmlOf('/ja/guide/travel')
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('ja')
    expect(page.querySelector('[data-language-fallback]')?.textContent).toBe('このページはまだ日本語に翻訳されていません。Englishのページを表示しています。')
    const content = page.querySelector('[data-fallback-content]')
    expect(content?.getAttribute('lang')).toBe('en')
    expect(content?.textContent).toContain('Book trains rather than flights')
    const sidebarLinks = page.querySelectorAll('#site-sidebar a').map((link) => link.getAttribute('href'))
    expect(sidebarLinks).toContain('/ja/guide/setup')
    expect(sidebarLinks).not.toContain('/guide/setup')
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex')
  })

  it('gives each language its home, listing its own sections', () => {
    const links = (url: string) =>
      htmlOf(url)
        .querySelectorAll('.section-card a')
        .map((link) => link.getAttribute('href'))
    expect(links('/')).toContain('/guide/setup')
    expect(links('/').some((href) => href?.startsWith('/ja'))).toBe(false)
    expect(links('/ja')).toContain('/ja/guide/setup')
    expect(links('/ja').some((href) => href?.startsWith('/guide'))).toBe(false)
    expect(htmlOf('/ja').querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/\/ja$/)
  })

  it('resolves links across languages: to a Japanese page, to an untranslated one, and relative links inside ja/', () => {
    const english = htmlOf('/guide/setup')
      .querySelectorAll('main a')
      .map((link) => link.getAttribute('href'))
    expect(english).toEqual(expect.arrayContaining(['/ja/guide/setup', '/ja/guide/travel']))
    const japanese = htmlOf('/ja/guide/setup')
      .querySelectorAll('main a')
      .map((link) => link.getAttribute('href'))
    expect(japanese).toContain('/ja/guide/travel')
    expect(
      htmlOf('/ja')
        .querySelectorAll('main a')
        .map((link) => link.getAttribute('href')),
    ).toContain('/ja/guide/setup')
  })

  it('has an index per language: a Japanese term only in the Japanese one, an English term only in the English one', () => {
    expect(site.exists(`${SEARCH}/manifest.json`)).toBe(true)
    expect(site.exists(`${SEARCH}/ja/manifest.json`)).toBe(true)
    expect(searchFilesHolding(`${SEARCH}/ja`, '開発環境').length).toBeGreaterThan(0)
    expect(searchFilesHolding(SEARCH, '開発環境')).toEqual([])
    expect(searchFilesHolding(SEARCH, 'toolchain').length).toBeGreaterThan(0)
    expect(searchFilesHolding(`${SEARCH}/ja`, 'toolchain')).toEqual([])
    // The untranslated page is not in the Japanese index.
    expect(searchFilesHolding(`${SEARCH}/ja`, 'Book trains')).toEqual([])
  })

  it('has a 404 page per language: /ja/404.html in Japanese, linking home to /ja, served for a missing /ja/ address', async () => {
    const ja = parseHtml(fs.readFileSync(path.join(site.publicDir, 'ja/404.html'), 'utf8'))
    expect(ja.querySelector('html')?.getAttribute('lang')).toBe('ja')
    expect(ja.querySelector('html')?.getAttribute('data-search-folder')).toBe('ja/')
    expect(ja.querySelector('h1')?.textContent).toBe('ページが見つかりません')
    expect(ja.querySelector('main a')?.getAttribute('href')).toBe('/ja')
    expect(ja.querySelector('[data-language-switcher] a[lang="en"]')?.getAttribute('href')).toBe('/')
    const en = parseHtml(fs.readFileSync(path.join(site.publicDir, '404.html'), 'utf8'))
    expect(en.querySelector('html')?.getAttribute('lang')).toBe('en')
    expect(en.querySelector('h1')?.textContent).toBe('Page not found')
    expect(en.querySelector('main a')?.getAttribute('href')).toBe('/')
    expect(en.querySelector('[data-language-switcher] a[lang="ja"]')?.getAttribute('href')).toBe('/ja')
    // The static server (tests, npm run pdf) answers with the nearest 404.html, as Cloudflare Pages does; Netlify reads the rule in _redirects.
    const server = await site.serve()
    try {
      const missing = await fetch(`${server.url}/ja/guide/nowhere`)
      expect(missing.status).toBe(404)
      expect(
        parseHtml(await missing.text())
          .querySelector('html')
          ?.getAttribute('lang'),
      ).toBe('ja')
      const english = await fetch(`${server.url}/guide/nowhere`)
      expect(
        parseHtml(await english.text())
          .querySelector('html')
          ?.getAttribute('lang'),
      ).toBe('en')
    } finally {
      await server.close()
    }
    expect(fs.readFileSync(path.join(site.publicDir, '_redirects'), 'utf8')).toContain('/ja/* /ja/404.html 404\n')
  })

  it('has a search page per language: /ja/search in Japanese, searching the Japanese index, the header form going to it', () => {
    const ja = htmlOf('/ja/search')
    expect(ja.querySelector('html')?.getAttribute('lang')).toBe('ja')
    expect(ja.querySelector('html')?.getAttribute('data-search-folder')).toBe('ja/')
    expect(ja.querySelector('h1')?.textContent).toBe('検索')
    expect(ja.querySelector('.search-page-form')?.getAttribute('action')).toBe('/ja/search')
    expect(ja.querySelector('[data-language-switcher] a[lang="en"]')?.getAttribute('href')).toBe('/search')
    expect(htmlOf('/search').querySelector('.search-page-form')?.getAttribute('action')).toBe('/search')
    expect(htmlOf('/search').querySelector('[data-language-switcher] a[lang="ja"]')?.getAttribute('href')).toBe('/ja/search')
    expect(htmlOf('/ja/guide/setup').querySelector('.search-form')?.getAttribute('action')).toBe('/ja/search')
    expect(htmlOf('/guide/setup').querySelector('.search-form')?.getAttribute('action')).toBe('/search')
  })

  it('gives Japanese pages the sidebar of ja/sidebars.yml, paths from ja/, an untranslated page listed as its stand-in', () => {
    const sidebar = (url: string) =>
      htmlOf(url)
        .querySelectorAll('#site-sidebar a')
        .map((link) => [link.getAttribute('href'), link.textContent.trim()])
    const japanese = [
      ['/ja', 'ホーム'],
      ['/ja/guide/setup', 'ノートパソコンのセットアップ'],
      ['/ja/guide/travel', '出張規程'],
    ]
    expect(sidebar('/ja/guide/setup')).toEqual(japanese)
    expect(sidebar('/ja/guide/travel')).toEqual(japanese)
    expect(htmlOf('/ja/guide/setup').querySelector('#site-sidebar')?.textContent).toContain('はじめに')
    // The English pages keep the sidebar of their folders.
    expect(sidebar('/guide/setup').map(([href]) => href)).toEqual(expect.arrayContaining(['/guide/setup', '/guide/travel']))
    expect(sidebar('/guide/setup').some(([href]) => href?.startsWith('/ja'))).toBe(false)
    expect(site.diagnostics().filter((line) => line.includes('sidebars.yml') || line.includes('no sidebar'))).toEqual([])
  })

  it('checks ja/sidebars.yml as sidebars.yml: a page it misnames and a page listed twice are errors at their lines, with the fix', async () => {
    const checked = await checkFixture('languages', {
      label: 'languages-bad-sidebars',
      prepare: (content) => fs.writeFileSync(path.join(content, 'ja/sidebars.yml'), 'ガイド:\n  - index.md\n  - guide/setpu.md\n  - index.md\n'),
    })
    expect(checked.code).toBe(1)
    expect(checked.diagnostics('error')).toEqual([
      'ja/sidebars.yml:3: error: "guide/setpu.md" is not a page of the handbook. Did you mean guide/setup.md?',
      'ja/sidebars.yml:4: error: index.md is already listed on line 2. List each page once; remove this line or the other',
    ])
  })

  it('shows an untranslated page’s English title and body with lang="en", and offers the English page’s Markdown copy', () => {
    const page = htmlOf('/ja/guide/travel')
    expect(page.querySelector('.article-header')?.getAttribute('lang')).toBe('en')
    expect(page.querySelector('.article-header h1')?.textContent).toBe('Travel policy')
    expect(page.querySelector('[data-copy-markdown]')?.getAttribute('data-copy-markdown')).toBe('/guide/travel.md')
    expect(site.exists('guide/travel.md')).toBe(true)
    expect(site.exists('ja/guide/travel.md')).toBe(false)
  })

  it('gives an untranslated .mdx page its stand-in: the English body compiled at the Japanese URL, under the notice', () => {
    const page = htmlOf('/ja/guide/forms')
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('ja')
    expect(page.querySelector('[data-language-fallback]')?.textContent).toBe('このページはまだ日本語に翻訳されていません。Englishのページを表示しています。')
    expect(page.querySelector('[data-fallback-content]')?.getAttribute('lang')).toBe('en')
    expect(page.querySelector('[data-fallback-content] strong')?.textContent).toBe('expense form')
    expect(page.querySelector('.article-header h1')?.textContent).toBe('Expense forms')
    expect(switcherOf('/guide/forms').map((link) => link.href)).toEqual([undefined, '/ja/guide/forms'])
  })
  it('makes the people pages in each language: /ja/people in Japanese, lang="ja", in the Japanese sidebar, the data marked as English', () => {
    const urls = [...site.pages().keys()]
    expect(urls).toEqual(expect.arrayContaining(['/people', '/people/org-chart', '/teams', '/teams/it', '/ja/people', '/ja/people/org-chart', '/ja/teams', '/ja/teams/it']))
    const ja = htmlOf('/ja/people')
    expect(ja.querySelector('html')?.getAttribute('lang')).toBe('ja')
    expect(ja.querySelector('h1')?.textContent).toBe('メンバー')
    expect(ja.querySelector('.people-filter label')?.textContent).toBe('メンバーを絞り込む')
    expect(ja.querySelector('.person-manager')?.textContent).toBe('上長：Hana Sato')
    expect(htmlOf('/people').querySelector('h1')?.textContent).toBe('People')
    // people.yml is not translated: its prose says it is English on the Japanese pages, and nothing is marked on the English ones.
    expect(ja.querySelector('#hana_sato .person-role')?.getAttribute('lang')).toBe('en')
    expect(ja.querySelector('#hana_sato .person-bio')?.getAttribute('lang')).toBe('en')
    expect(htmlOf('/ja/teams/it').querySelector('.team-description')?.getAttribute('lang')).toBe('en')
    expect(htmlOf('/people').querySelector('#hana_sato .person-bio')?.getAttribute('lang')).toBeUndefined()
    expect(htmlOf('/ja/teams/it').querySelector('h2#members')?.textContent).toBe('メンバー（2）')
    expect(htmlOf('/ja/people/org-chart').querySelector('meta[name="description"]')?.getAttribute('content')).toBe('Hana Satoから始まる会社の報告ライン。')
    // Every link of the Japanese people pages to a person or a team stays in Japanese.
    expect(hrefsOf('/ja/people', 'main .people-directory a')).toEqual(['/ja/people#hana_sato', '/ja/teams/it', '/ja/guide/travel', '/ja/people#leo_marsh', '/ja/teams/it', '/ja/people#hana_sato'])
    expect(hrefsOf('/ja/people', '#site-sidebar a').every((href) => href?.startsWith('/ja'))).toBe(true)
    expect(hrefsOf('/ja/teams/it', '#site-sidebar a').every((href) => href?.startsWith('/ja'))).toBe(true)
  })

  it('names the people pages’ versions with hreflang and links the switcher between them', () => {
    expect(alternatesOf('/people')).toEqual({ en: '/people', ja: '/ja/people', 'x-default': '/people' })
    expect(alternatesOf('/ja/people')).toEqual({ en: '/people', ja: '/ja/people', 'x-default': '/people' })
    expect(alternatesOf('/ja/teams/it')).toEqual({ en: '/teams/it', ja: '/ja/teams/it', 'x-default': '/teams/it' })
    expect(switcherOf('/people').map((link) => link.href)).toEqual([undefined, '/ja/people'])
    expect(switcherOf('/ja/teams/it').map((link) => link.href)).toEqual(['/teams/it', undefined])
  })

  it('leads owner links, mentions and links on a Japanese page to the Japanese people pages, on an English page to the English ones', () => {
    // The Japanese page names no owner: it has the owner of the page it translates.
    expect(hrefsOf('/ja/guide/setup', '.article-line-owners a')).toEqual(['/ja/teams/it'])
    expect(hrefsOf('/guide/setup', '.article-line-owners a')).toEqual(['/teams/it'])
    expect(hrefsOf('/ja/guide/setup', 'main .person-mention')).toEqual(['/ja/people#hana_sato'])
    expect(hrefsOf('/guide/setup', 'main .team-mention')).toEqual(['/teams/it'])
    // Written to the Japanese addresses: valid links (no broken-link error: the build test above).
    expect(hrefsOf('/ja', 'main a')).toEqual(expect.arrayContaining(['/ja/people', '/ja/teams/it']))
  })

  it('lists on a team page the pages the team owns in its language: the Japanese translation, the English stand-in where there is none', () => {
    expect(hrefsOf('/ja/teams/it', '.team-owned a')).toEqual(['/ja/guide/setup'])
    expect(hrefsOf('/teams/it', '.team-owned a')).toEqual(['/guide/setup'])
    // Travel is not translated: Hana's Japanese card lists its stand-in.
    expect(hrefsOf('/ja/people', '#hana_sato .person-owns a')).toEqual(['/ja/guide/travel'])
    expect(hrefsOf('/people', '#hana_sato .person-owns a')).toEqual(['/guide/travel'])
  })

  it('puts each language’s people pages in its own search index, each once', () => {
    const japanese = searchUrls(`${SEARCH}/ja`)
    const english = searchUrls(SEARCH)
    expect(japanese.filter((url) => /\/(people|teams)\b/.test(url)).sort()).toEqual(['/ja/people', '/ja/people/org-chart', '/ja/teams', '/ja/teams/it'])
    expect(english.filter((url) => /\/(people|teams)\b/.test(url)).sort()).toEqual(['/people', '/people/org-chart', '/teams', '/teams/it'])
    // A person is a section of the directory: found from a Japanese search, on the Japanese directory.
    expect(occurrences(`${SEARCH}/ja`, '"hana_sato","Hana Sato"')).toBe(1)
    expect(occurrences(SEARCH, '"hana_sato","Hana Sato"')).toBe(1)
    expect(occurrences(`${SEARCH}/ja`, '2 人のメンバー一覧')).toBe(1)
    expect(occurrences(SEARCH, '2 人のメンバー一覧')).toBe(0)
  })
})
