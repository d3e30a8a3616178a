import { describe, expect, it } from 'vitest'
import { humanizeFolderName, humanizeName, sameTitle, titleFromSourcePath } from '../../../src/content/page/title'

describe('humanizeName', () => {
  it('turns hyphens and underscores into spaces and capitalises the first letter only', () => {
    expect(humanizeName('time-off_policy')).toBe('Time off policy')
    expect(humanizeName('on-call')).toBe('On call')
    expect(humanizeName('über-uns')).toBe('Über uns')
    expect(humanizeName('__x__')).toBe('X')
  })

  it('drops a leading ordering number', () => {
    expect(humanizeName('01-getting-started')).toBe('Getting started')
    expect(humanizeName('1.2.3 intro')).toBe('Intro')
  })

  it('keeps a name that is only a number', () => {
    expect(humanizeName('2024')).toBe('2024')
    expect(humanizeName('10-')).toBe('10')
  })

  it('leaves scripts without case alone', () => {
    expect(humanizeName('ようこそ')).toBe('ようこそ')
  })
})

describe('titleFromSourcePath', () => {
  it('uses the file name', () => {
    expect(titleFromSourcePath('people/time-off_policy.md', 'Site')).toBe('Time off policy')
    expect(titleFromSourcePath('company/Team Charter.md', 'Site')).toBe('Team Charter')
  })

  it('uses the folder name for an index page', () => {
    expect(titleFromSourcePath('people/README.md', 'Site')).toBe('People')
    expect(titleFromSourcePath('a/b/_index.md', 'Site')).toBe('B')
    expect(titleFromSourcePath('01-intro/index.md', 'Site')).toBe('Intro')
  })

  it('uses the site title for the root index page', () => {
    expect(titleFromSourcePath('index.md', 'Acme Handbook')).toBe('Acme Handbook')
    expect(titleFromSourcePath('README.md', 'Acme Handbook')).toBe('Acme Handbook')
  })
})

describe('sameTitle', () => {
  it('ignores case, spacing and trailing punctuation', () => {
    expect(sameTitle('Our Values', 'our  values.')).toBe(true)
    expect(sameTitle('What?', 'what')).toBe(true)
    expect(sameTitle('A\u00a0B', 'a b')).toBe(true)
    expect(sameTitle('ようこそ。', 'ようこそ')).toBe(true)
    expect(sameTitle('  Values  ', 'Values')).toBe(true)
  })

  it('compares full-width and half-width forms alike', () => {
    expect(sameTitle('ＡＢＣ', 'abc')).toBe(true)
  })

  it('tells different titles apart', () => {
    expect(sameTitle('Values', 'Value')).toBe(false)
    expect(sameTitle('Values', 'Our values')).toBe(false)
    expect(sameTitle('v1.0', 'v10')).toBe(false)
  })
})

describe('humanizeFolderName', () => {
  it("writes a word as the folder's page titles write it when they give it capitals past its first letter", () => {
    expect(humanizeFolderName('18f', ['About 18F', 'How we work'])).toBe('18F')
    expect(humanizeFolderName('tts-consulting', ['TTS Consulting overview'])).toBe('TTS consulting')
    expect(humanizeFolderName('how-18f-works', ['Changing your name', 'High-level 18F project lifecycle'])).toBe('How 18F works')
    expect(humanizeFolderName('github-tips', ['Using GitHub'])).toBe('GitHub tips')
  })

  it('keeps sentence case for a word the titles only capitalise, and the case the folder was written in', () => {
    expect(humanizeFolderName('office-of-operations', ['Operations', 'Office hours'])).toBe('Office of operations')
    expect(humanizeFolderName('18f', [])).toBe('18f')
    expect(humanizeFolderName('API-docs', ['Docs'])).toBe('API docs')
  })
})
