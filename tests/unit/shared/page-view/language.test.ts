/** The page view in the page's language: the words it writes (owners, review note, print link, dates) come from the catalogue of the page's `lang`, with the handbook's own wording over it. */
import { describe, expect, it } from 'vitest'
import { homeView, pageView } from '../../../../src/shared/page-view'
import type { LinePart } from '../../../../src/shared/page-view'
import { SITE, fields, siteSidebars } from './small-handbook'

const text = (parts: readonly LinePart[] | undefined) => (parts ?? []).map((part) => part.text).join('')
const owners = [
  { kind: 'team', label: 'Platform', url: '/teams/platform', channel: '#team-platform', channelUrl: null },
  { kind: 'person', label: 'Ana Lima', url: '/people#ana', channel: null, channelUrl: null },
]
const facts = { owners, review: { stale: true, reviewed: '2026-05-01' } }

describe('the page view in the page’s language', () => {
  it('is English on an English site, as before', () => {
    const view = pageView(fields('/handbook/company', facts), siteSidebars(), SITE)
    expect(view.lang).toBe('en')
    expect(text(view.article.titleLines[0]?.parts)).toBe('Owned by Platform and Ana Lima. Ask in #team-platform')
    expect(text(view.article.reviewNote)).toBe('This page was last reviewed on May 1, 2026 and may be out of date. Ask Platform and Ana Lima.')
    expect(view.article.print?.label).toBe('Print this section')
  })

  it('is Japanese for a page whose lang is ja, dates included', () => {
    const view = pageView(fields('/handbook/company', { ...facts, lang: 'ja', lastUpdated: '2026-03-05T10:00:00Z' }), siteSidebars(), SITE)
    expect(view.lang).toBe('ja')
    expect(text(view.article.titleLines[0]?.parts)).toBe('担当：Platform、Ana Lima。質問は #team-platform へ')
    // The owners stay links.
    expect(view.article.titleLines[0]?.parts.filter((part) => part.url).map((part) => part.text)).toEqual(['Platform', 'Ana Lima'])
    expect(text(view.article.reviewNote)).toBe('このページの最終レビューは 2026年5月1日 です。内容が古い可能性があります。Platform、Ana Lima に確認してください。')
    expect(view.article.print?.label).toBe('このセクションを印刷')
    expect(view.article.lastUpdated?.text).toBe('2026年3月5日')
  })

  it('is the site’s lang for a page without its own, and its region’s catalogue by the primary subtag', () => {
    const view = pageView(fields('/handbook/company', facts), siteSidebars(), { ...SITE, lang: 'pt-BR' })
    expect(view.lang).toBe('pt-BR')
    expect(text(view.article.titleLines[0]?.parts)).toBe('Responsável: Platform e Ana Lima. Pergunte em #team-platform')
  })

  it('takes the handbook’s own wording for the page’s language', () => {
    const site = { ...SITE, chrome: { messages: { ja: { ownedBy: '{owners} が担当', ownedByAsk: '{owners} が担当（{channels}）' } } } }
    const view = pageView(fields('/handbook/company', { owners, lang: 'ja' }), siteSidebars(), site)
    expect(text(view.article.titleLines[0]?.parts)).toBe('Platform、Ana Lima が担当（#team-platform）')
  })

  it('gives the home page its language', () => {
    expect(homeView(null, siteSidebars(), { ...SITE, lang: 'de' }).lang).toBe('de')
  })
})
