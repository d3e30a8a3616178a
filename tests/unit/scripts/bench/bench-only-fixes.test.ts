import { describe, expect, it } from 'vitest'
import { addFixes, fixPage, type FixedPage } from '../../../../scripts/bench/bench-only-fixes'

// Lines of the 18F handbook (../shared/corpora/18f-handbook/pages), as written there.
const CONFLICT_INTRO = `---
title: Healthy conflict and constructive feedback
cSpell: ignore neurotypes
current_step: 1
sidebar:
  navigation: healthy-conflict
  current: Intro
---

Feedback matters. In TTS, we recognize feedback as essential to living our [values of inclusion, integrity, and impact]({% page "/about-us/tts-history/#our-values" %}).
`

describe("the bench-only conversion of the 18F handbook's blocking lines", () => {
  it('drops a sidebar written as a group of fields, with its lines, and rewrites a {% page %} link address', () => {
    const { text, fixes } = fixPage(CONFLICT_INTRO)
    expect(text).toBe(`---
title: Healthy conflict and constructive feedback
cSpell: ignore neurotypes
current_step: 1
---

Feedback matters. In TTS, we recognize feedback as essential to living our [values of inclusion, integrity, and impact](/about-us/tts-history/#our-values).
`)
    expect(fixes).toEqual({ 'sidebar-mapping': 1, 'liquid-link-address': 1 })
  })

  it('roots a relative page path at the site, keeps a full URL, and handles {% download %}, {% link %} and reference definitions', () => {
    const source = [
      'they may request that you complete [the EFT form]({% download "downloads/EFT_Enrollment_Form.pdf" %}) and will provide',
      '- [link 1]({% link "about-us/code-of-conduct" %}) and [GSA]({%link "https://www.gsa.gov" %})',
      '[travel-guide-2]: {% page "/travel-and-leave/travel-and-leave-policies/travel-guide-2-book-travel/" %}',
      '[completing-trip-information]:{% page "/travel-and-leave/travel-and-leave-policies/travel-guide-faq/#completing-trip-information" %}',
    ].join('\n')
    const { text, fixes } = fixPage(source)
    expect(text.split('\n')).toEqual([
      'they may request that you complete [the EFT form](/downloads/EFT_Enrollment_Form.pdf) and will provide',
      '- [link 1](/about-us/code-of-conduct) and [GSA](https://www.gsa.gov)',
      '[travel-guide-2]: /travel-and-leave/travel-and-leave-policies/travel-guide-2-book-travel/',
      '[completing-trip-information]:/travel-and-leave/travel-and-leave-policies/travel-guide-faq/#completing-trip-information',
    ])
    expect(fixes).toEqual({ 'liquid-link-address': 5 })
  })

  it('leaves fenced code, tags outside a link address and a one-line sidebar as they are', () => {
    const source = [
      '---',
      'title: Shortcodes',
      'sidebar: Short label',
      '---',
      '```',
      '{% raw %}[Handbook components]',
      '({% page "updating-the-handbook/components" %}){% endraw %}',
      '[x]({% page "inside/a/fence" %})',
      '```',
      '{% page "updating-the-handbook/components" %} stands alone here.',
    ].join('\n')
    expect(fixPage(source)).toEqual({ text: source, fixes: {} })
  })

  it('adds up the fixes of many pages', () => {
    const total: FixedPage['fixes'] = { 'liquid-link-address': 2 }
    addFixes(total, { 'liquid-link-address': 3, 'sidebar-mapping': 1 })
    expect(total).toEqual({ 'liquid-link-address': 5, 'sidebar-mapping': 1 })
  })
})
