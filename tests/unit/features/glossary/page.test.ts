import { describe, expect, it } from 'vitest'
import { toHtml } from 'hast-util-to-html'
import { glossaryPage } from '../../../../src/content/features/glossary/page'
import { loadGlossary } from '../../../../src/content/features/glossary'
import { messagesFor } from '../../../../src/shared/i18n'

const glossary = loadGlossary(
  { path: 'glossary.yml', text: '- term: Zebra\n  definition: Last.\n- term: été\n  definition: Summer.\n- term: API\n  aliases: [APIs]\n  definition: An *interface*.\n  link: https://example.com/api\n' },
  [],
)

describe('the /glossary page', () => {
  it('lists every entry in the alphabetical order of the language, each term with its anchor, in the handbook’s language', () => {
    const page = glossaryPage(glossary, messagesFor('fr'))!
    expect(page.url).toBe('/glossary')
    expect(page.anchors).toEqual(['api', 'été', 'zebra'])
    const html = toHtml(page.body)
    expect(html).toContain(
      '<dt id="api">API</dt><dd><p>An <em>interface</em>.</p><p class="glossary-aliases">Aussi : APIs</p><p class="glossary-link"><a href="https://example.com/api">En savoir plus sur API</a></p></dd>',
    )
    expect(html.indexOf('id="été"')).toBeLessThan(html.indexOf('id="zebra"'))
    expect(page.title).toBe('Glossaire')
    expect(glossaryPage(glossary, messagesFor('ja'))!.description).toBe('このハンドブック独自の用語と略語の説明（3 語）。')
    expect(glossaryPage(glossary, messagesFor('en'))!.description).toBe("The handbook's own words and acronyms, explained (3 terms).")
  })

  it('gives search a section per entry: the term, then its aliases and definition', () => {
    expect(glossaryPage(glossary, messagesFor('en'))!.sections.slice(1)).toEqual([
      { anchor: 'api', heading: 'API', depth: 2, text: 'APIs. An interface.', code: '' },
      { anchor: 'été', heading: 'été', depth: 2, text: 'Summer.', code: '' },
      { anchor: 'zebra', heading: 'Zebra', depth: 2, text: 'Last.', code: '' },
    ])
  })

  it('is not made without entries', () => {
    expect(glossaryPage({ entries: [] }, messagesFor('en'))).toBeUndefined()
  })
})
