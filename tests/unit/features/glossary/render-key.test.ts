import { describe, expect, it } from 'vitest'
import { glossaryRenderKey } from '../../../../src/content/features/glossary/render-key'
import { glossaryTips, loadGlossary } from '../../../../src/content/features/glossary'

const tipsOf = (text: string) => glossaryTips(loadGlossary({ path: 'glossary.yml', text }, []))

const BASE = '- term: PTO\n  definition: Paid time off.\n- term: OKR\n  definition: Objectives and key results.\n'

describe("the glossary's part of a page's render-cache key", () => {
  it('is empty for a page that uses no word of the glossary, or without a glossary', () => {
    expect(glossaryRenderKey('We hire people who write well. pto is not PTO in capitals only.'.replace('PTO', 'P.T.O.'), tipsOf(BASE))).toBe('')
    expect(glossaryRenderKey('Take PTO.', undefined)).toBe('')
  })

  it('changes when an entry the page uses changes, and only then', () => {
    const page = 'Take PTO before the end of the year.'
    const key = glossaryRenderKey(page, tipsOf(BASE))
    expect(key).not.toBe('')
    // Another entry changed, or added: the page keeps its key (and its cache entry).
    expect(glossaryRenderKey(page, tipsOf(BASE.replace('Objectives and key results.', 'Goals.')))).toBe(key)
    expect(glossaryRenderKey(page, tipsOf(`${BASE}- term: Buddy\n  definition: A colleague.\n`))).toBe(key)
    // Its own entry's definition or words changed: rendered again.
    expect(glossaryRenderKey(page, tipsOf(BASE.replace('Paid time off.', 'Paid leave.')))).not.toBe(key)
    expect(glossaryRenderKey(page, tipsOf(BASE.replace('- term: PTO\n', '- term: PTO\n  aliases: [leave]\n')))).not.toBe(key)
  })

  it('counts a word that an edit makes a term: a page using "leave" is rendered again when it becomes an alias', () => {
    const page = 'Sick leave needs no note.'
    expect(glossaryRenderKey(page, tipsOf(BASE))).toBe('')
    expect(glossaryRenderKey(page, tipsOf(BASE.replace('- term: PTO\n', '- term: PTO\n  aliases: [leave]\n')))).not.toBe('')
  })
})
