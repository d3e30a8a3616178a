import { describe, expect, it } from 'vitest'
import { bannerWing } from '../../../../src/content/features/banner/wing'
import { defaultSettings } from '../../../../src/content/settings'

const banner = { id: 'enrolment-2026', text: 'Enrolment closes **Friday**', until: '2026-12-31' }

describe('the build log', () => {
  const output = (today: string) => bannerWing.outputs!({ settings: { ...defaultSettings, banner, today }, handbook: undefined as never, production: true, hrefPrefix: '', documentOf: () => undefined })

  it('says once that an ended banner is not shown, and nothing while it is', async () => {
    expect(await output('2026-12-31')).toBeUndefined()
    const ended = (await output('2027-01-01'))!
    expect(ended.files).toEqual([])
    expect(ended.warnings).toEqual(['handbook.yml: the banner "enrolment-2026" ended on 2026-12-31, so no page shows it (today is 2027-01-01): remove banner from handbook.yml, or set a later until'])
  })
})
