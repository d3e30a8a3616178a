import { describe, expect, it } from 'vitest'
import { bannerChrome, bannerShown } from '../../../../src/content/features/banner/chrome'

const banner = { id: 'enrolment-2026', text: 'Enrolment closes **Friday**: [enrol](/handbook/benefits) <script>alert(1)</script>', until: '2026-12-31' }

describe('the banner on the build day', () => {
  it('is shown through its until day, and gone the day after', () => {
    expect(bannerShown('2026-12-31', '2026-12-30')).toBe(true)
    expect(bannerShown('2026-12-31', '2026-12-31')).toBe(true)
    expect(bannerShown('2026-12-31', '2027-01-01')).toBe(false)
    expect(bannerShown(undefined, '2099-01-01')).toBe(true)
  })

  it('an expired banner is not rendered', () => {
    expect(bannerChrome({ banner, pathPrefix: '', today: '2027-01-01' })).toBeUndefined()
    expect(bannerChrome({ banner: undefined, pathPrefix: '', today: '2026-01-01' })).toBeUndefined()
  })

  it('renders its Markdown sanitized like the footer, site links with the path prefix', () => {
    expect(bannerChrome({ banner, pathPrefix: '/hb', today: '2026-12-01' })).toEqual({
      id: 'enrolment-2026',
      html: '<p>Enrolment closes <strong>Friday</strong>: <a href="/hb/handbook/benefits">enrol</a> </p>',
    })
  })
})
