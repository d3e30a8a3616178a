import { describe, expect, it } from 'vitest'
import { brokenLinkReport, brokenLinksSetting } from '../../../src/content/checks/options'

describe('HANDBOOK_BROKEN_LINKS', () => {
  it('is "warn" only when set so (any case, spaces around), else "error"', () => {
    expect([' Warn ', 'warn', 'WARN'].map(brokenLinksSetting)).toEqual(['warn', 'warn', 'warn'])
    expect([undefined, '', 'error', 'warnings', 'off'].map(brokenLinksSetting)).toEqual(['error', 'error', 'error', 'error', 'error'])
  })

  it('makes broken links errors, or warnings', () => {
    expect(brokenLinkReport({ brokenLinks: 'error' })('link-broken', 'a.md', 'broken', 2, 3)).toEqual({ severity: 'error', code: 'link-broken', file: 'a.md', message: 'broken', line: 2, column: 3 })
    expect(brokenLinkReport({ brokenLinks: 'warn' })('link-broken', 'a.md', 'broken', 2).severity).toBe('warning')
  })
})
