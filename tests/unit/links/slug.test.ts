import { describe, expect, it } from 'vitest'
import { createHeadingSlugger, slugifySegment } from '../../../src/content/links/slug'
import { urlFromSourcePath } from '../../../src/content/links/url'

describe('slugifySegment (URL segments from file and folder names)', () => {
  it('lower-cases and turns spaces into hyphens', () => {
    expect(slugifySegment('Team Charter')).toBe('team-charter')
    expect(slugifySegment('ÉCOLE')).toBe('école')
  })

  it('drops punctuation the GitHub way and never leaves double or edge hyphens', () => {
    expect(slugifySegment('Hello, World')).toBe('hello-world')
    expect(slugifySegment('C++ & Rust!')).toBe('c-rust')
    expect(slugifySegment('A  B')).toBe('a-b')
    expect(slugifySegment('  padded  ')).toBe('padded')
    expect(slugifySegment('v1.2')).toBe('v12')
  })

  it('keeps underscores and hyphens as GitHub does', () => {
    expect(slugifySegment('time-off_policy')).toBe('time-off_policy')
  })

  it('keeps letters of every script, accented and Japanese', () => {
    expect(slugifySegment('ようこそ')).toBe('ようこそ')
    expect(slugifySegment('日本語')).toBe('日本語')
    expect(slugifySegment('Café Déjà Vu')).toBe('café-déjà-vu')
    expect(slugifySegment('Über uns')).toBe('über-uns')
  })

  it('normalises NFD names (as macOS writes them) to NFC', () => {
    const nfd = 'Cafe\u0301'
    expect(slugifySegment(nfd)).toBe('caf\u00e9')
    expect(slugifySegment(nfd)).toBe(slugifySegment('Caf\u00e9'))
  })

  it('is never empty for a non-empty name', () => {
    expect(slugifySegment('🎉')).toBe('🎉')
    for (const name of ['---', '%', '?', '#', '!!!', '🎉', '…']) {
      expect(slugifySegment(name), name).not.toBe('')
    }
    expect(slugifySegment('---')).toBe('page')
    expect(slugifySegment('?')).toBe('page')
  })
})

describe('createHeadingSlugger (heading ids)', () => {
  it('gives GitHub ids and numbers repeats -1, -2', () => {
    const slugger = createHeadingSlugger()
    expect(slugger.slug('Hello World')).toBe('hello-world')
    expect(slugger.slug('Hello World')).toBe('hello-world-1')
    expect(slugger.slug('Hello World')).toBe('hello-world-2')
  })

  it('keeps GitHub exactness: each removed character leaves its hyphens', () => {
    const slugger = createHeadingSlugger()
    expect(slugger.slug('C++ & Rust!')).toBe('c--rust')
    expect(slugger.slug('What’s new in v2.0?')).toBe('whats-new-in-v20')
    expect(slugger.slug('Ünïcode Café ようこそ')).toBe('ünïcode-café-ようこそ')
  })

  it('starts fresh for each document', () => {
    expect(createHeadingSlugger().slug('Intro')).toBe('intro')
    expect(createHeadingSlugger().slug('Intro')).toBe('intro')
  })

  it('uses the same slug for a URL segment and a heading id when GitHub gives a tidy one', () => {
    for (const name of ['Team Charter', 'ようこそ', 'Café Déjà Vu', 'time-off_policy']) {
      expect(slugifySegment(name)).toBe(createHeadingSlugger().slug(name))
    }
    expect(urlFromSourcePath('company/Team Charter.md')).toBe(`/company/${createHeadingSlugger().slug('Team Charter')}`)
  })
})
