import { describe, expect, it } from 'vitest'
import { resolveSettings, SettingsError } from '../../../../src/content/settings'

describe('changesDays and changesCommits', () => {
  it('default to 90 days and 100 commits', () => {
    const settings = resolveSettings({}, {}, '/site')
    expect([settings.changesDays, settings.changesCommits]).toEqual([90, 100])
  })

  it('take the config’s values', () => {
    const settings = resolveSettings({ changesDays: 30, changesCommits: 20 }, {}, '/site')
    expect([settings.changesDays, settings.changesCommits]).toEqual([30, 20])
  })

  it('must be whole numbers above 0', () => {
    expect(() => resolveSettings({ changesDays: 0 }, {}, '/site')).toThrow(SettingsError)
    expect(() => resolveSettings({ changesCommits: 2.5 }, {}, '/site')).toThrow('changesCommits: 2.5 in handbook.config.ts is not a whole number of commits above 0: write e.g. changesCommits: 100')
  })
})
