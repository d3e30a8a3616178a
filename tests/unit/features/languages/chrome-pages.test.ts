import { describe, expect, it } from 'vitest'
import { chromePages, chromePageUrls, folderNotFoundPages } from '../../../../src/content/features/languages/chrome-pages'
import { languagesOf } from '../../../../src/content/features/languages/languages'

const languages = languagesOf({
  languages: [
    { code: 'en', label: 'English' },
    { code: 'ja', label: '日本語' },
  ],
})

describe('the 404 and search pages of each language', () => {
  it('are src/pages’ own for the default language, under the folder for the others', () => {
    expect(chromePages(languages).map((page) => [page.kind, page.url, page.srcPage, page.context.lang, page.context.home])).toEqual([
      ['not-found', '/404', true, 'en', '/'],
      ['not-found', '/ja/404.html', false, 'ja', '/ja'],
      ['search', '/search', true, 'en', '/'],
      ['search', '/ja/search', false, 'ja', '/ja'],
    ])
    expect(chromePages([])).toEqual([])
  })

  it('switch to each language’s home from a 404 page, and to its search page from a search page, naming no translation', () => {
    const [, ja404, , jaSearch] = chromePages(languages)
    expect(ja404!.context.languages.map((link) => [link.code, link.url, link.current, link.translated])).toEqual([
      ['en', '/', false, false],
      ['ja', '/ja', true, false],
    ])
    expect(jaSearch!.context.languages.map((link) => link.url)).toEqual(['/search', '/ja/search'])
  })

  it('take their URLs from content pages, and give hosts the rule that shows a folder’s 404 page', () => {
    expect(chromePageUrls(languages).map(([url]) => url)).toEqual(['/ja/404.html', '/ja/search'])
    expect(folderNotFoundPages(languages)).toEqual([{ folder: '/ja', page: '/ja/404.html' }])
  })
})
