import { describe, expect, it } from 'vitest'
import { allowedEdits, boundedOsaDistance } from '../../../../src/shared/search/edit-distance'
import { corrections, swappedKey } from '../../../../src/shared/search/typo'
import { queryTerms } from '../../../../src/shared/search/tokenize'

describe('bounded optimal-string-alignment distance', () => {
  it('counts insertions, deletions and substitutions as one edit each', () => {
    expect(boundedOsaDistance('vacaton', 'vacation', 2)).toBe(1)
    expect(boundedOsaDistance('vacationn', 'vacation', 2)).toBe(1)
    expect(boundedOsaDistance('vacetion', 'vacation', 2)).toBe(1)
    expect(boundedOsaDistance('holdays', 'holidays', 2)).toBe(1)
    expect(boundedOsaDistance('benifits', 'benefits', 2)).toBe(1)
    expect(boundedOsaDistance('same', 'same', 1)).toBe(0)
  })

  it('counts a transposition of neighbouring letters as one edit', () => {
    expect(boundedOsaDistance('vacaiton', 'vacation', 2)).toBe(1)
    expect(boundedOsaDistance('teh', 'the', 1)).toBe(1)
    expect(boundedOsaDistance('compensaiton', 'compensation', 2)).toBe(1)
  })

  it('stops past the bound', () => {
    expect(boundedOsaDistance('kitten', 'sitting', 2)).toBe(3)
    expect(boundedOsaDistance('kitten', 'sitting', 3)).toBe(3)
    expect(boundedOsaDistance('a', 'abcdef', 2)).toBe(3)
    expect(boundedOsaDistance('payroll', 'holiday', 2)).toBe(3)
  })

  it('is symmetric and works on any script', () => {
    expect(boundedOsaDistance('zurich', 'zuerich', 1)).toBe(boundedOsaDistance('zuerich', 'zurich', 1))
    expect(boundedOsaDistance('東京駅', '東京', 1)).toBe(1)
  })

  it('allows one edit from 4 letters, two from 8', () => {
    expect(['pto', 'cafe', 'vacation', 'holiday'].map(allowedEdits)).toEqual([0, 1, 2, 1])
  })
})

describe('typo corrections', () => {
  const vocabulary = ['vacation', 'vocation', 'variation', 'compensation', 'holiday', 'benefit']
  const frequency = (term: string) => (term === 'vacation' ? 10 : 1)
  const fix = (query: string) => corrections(queryTerms(`${query} `)[0]!, vocabulary, frequency).map((c) => c.term)

  it('finds vocabulary terms within the allowed edits, nearest and most frequent first', () => {
    expect(fix('vacaton')).toEqual(['vacation'])
    expect(fix('vacatoin')).toEqual(['vacation', 'vocation'])
    expect(fix('compensaton')).toEqual(['compensation'])
    expect(fix('holdays')).toEqual(['holiday'])
    expect(fix('benifits')).toEqual(['benefit'])
  })

  it('leaves short words alone', () => {
    expect(fix('pta')).toEqual([])
  })

  it('names the shard of a word whose first two letters are swapped', () => {
    expect(swappedKey('avcation')).toBe('va')
    expect(swappedKey('aardvark')).toBeUndefined()
  })
})
