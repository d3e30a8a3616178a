import { describe, expect, it } from 'vitest'
import { foldWord, queryTerms, stem, tokenize, wordMatches, wordSpans } from '../../../../src/shared/search/tokenize'

describe('tokenize: Latin text', () => {
  it('lower-cases, folds accents and leaves out common words', () => {
    expect(tokenize('The Café in Zürich serves crème brûlée')).toEqual(['cafe', 'zurich', 'serve', 'creme', 'brulee'])
  })

  it('folds letters that do not decompose', () => {
    expect(foldWord('Straße')).toBe('strasse')
    expect(foldWord('Øresund')).toBe('oresund')
    expect(foldWord('ＡＢＣ')).toBe('abc')
  })

  it('folds ASCII by lower-casing alone: every ASCII character is its own NFKC and NFD form, with no mark and nothing to fold', () => {
    for (let code = 0; code < 128; code++) {
      const c = String.fromCharCode(code)
      expect(c.normalize('NFKC'), `U+${code.toString(16)}`).toBe(c)
      expect(c.normalize('NFD'), `U+${code.toString(16)}`).toBe(c)
      expect(/\p{M}|[ßæœøđðłþıħ]|\p{scx=Han}|\p{scx=Hiragana}|\p{scx=Katakana}/u.test(c.toLowerCase())).toBe(false)
    }
    expect(foldWord('OnBoarding')).toBe('onboarding')
    // Not ASCII: the full folding still runs.
    expect(foldWord('OnBoardïng')).toBe('onboarding')
  })

  it('stems English plurals conservatively', () => {
    expect(['policies', 'expenses', 'process', 'status', 'analysis', 'boxes', 'news'].map(stem)).toEqual(['policy', 'expense', 'process', 'status', 'analysis', 'boxe', 'new'])
  })

  it('keeps hyphenated words apart and joined', () => {
    expect(tokenize('on-call rota, e-mail')).toEqual(['call', 'oncall', 'rota', 'mail', 'email'])
  })

  it('skips single letters and over-long identifiers', () => {
    expect(tokenize(`a b 7 ${'x'.repeat(40)} ok`)).toEqual(['7', 'ok'])
  })
})

describe('tokenize: Chinese and Japanese', () => {
  it('cuts runs of CJK characters into overlapping pairs plus the last character', () => {
    expect(tokenize('東京オフィス')).toEqual(['東京', '京オ', 'オフ', 'フィ', 'ィス', 'ス'])
  })

  it('keeps Latin words whole next to CJK text, never single letters', () => {
    expect(tokenize('Slack の #tokyo チャンネル')).toEqual(['slack', 'の', 'tokyo', 'チャ', 'ャン', 'ンネ', 'ネル', 'ル'])
    expect(tokenize('ICカード')).toEqual(['ic', 'カー', 'ード', 'ド'])
  })

  it('keeps Korean words whole', () => {
    expect(tokenize('회사 소개')).toEqual(['회사', '소개'])
  })
})

describe('queryTerms', () => {
  // The last word may still be being typed: it matches as a prefix.
  it('treats every word as a prefix, stemmed like the index', () => {
    expect(queryTerms('Expense polici')).toEqual([
      { term: 'expense', typed: 'expense', prefix: false, cjk: false, optional: false },
      { term: 'polici', typed: 'polici', prefix: true, cjk: false, optional: false },
    ])
    expect(queryTerms('expense ').map((t) => t.prefix)).toEqual([false])
  })

  it('looks for hyphenated words whole or by their pieces', () => {
    const [onCall] = queryTerms('on-call')
    expect(onCall!.term).toBe('oncall')
    expect(onCall!.parts!.map((t) => [t.term, t.prefix])).toEqual([
      ['on', false],
      ['call', true],
    ])
  })

  it('makes common words and single letters optional, unless there is nothing else', () => {
    const terms = (query: string) => queryTerms(query).map((t) => `${t.term}${t.optional ? '?' : ''}`)
    expect(terms('the onboarding')).toEqual(['the?', 'onboarding'])
    expect(terms('What we are not')).toEqual(['what', 'we?', 'are?', 'not?'])
    expect(terms('on')).toEqual(['on'])
    expect(terms('to do')).toEqual(['to', 'do'])
    expect(terms('plan b')).toEqual(['plan', 'b?'])
  })

  it('keeps common words in titles and headings, not in text', () => {
    expect(tokenize('What we are not', true)).toEqual(['what', 'we', 'are', 'not'])
    expect(tokenize('What we are not')).toEqual(['what'])
  })

  it('cuts CJK queries into pairs', () => {
    expect(queryTerms('オフィス').map((t) => t.term)).toEqual(['オフ', 'フィ', 'ィス'])
    expect(queryTerms('東').map((t) => t.term)).toEqual(['東'])
  })
})

describe('highlighting words', () => {
  it('matches folded words by prefix and by stem', () => {
    const [term] = queryTerms('cafe')
    const spans = wordSpans('Our Café opens')
    expect(spans.filter((span) => wordMatches(span.folded, term!)).map((span) => 'Our Café opens'.slice(span.start, span.end))).toEqual(['Café'])
    const [policies] = queryTerms('policies')
    expect(wordMatches('policy', policies!)).toBe(true)
    expect(wordMatches('policies', policies!)).toBe(true)
  })
})
