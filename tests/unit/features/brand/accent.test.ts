import { describe, expect, it } from 'vitest'
import { contrast, parseColour, toHex } from '../../../../src/content/features/brand/colour'
import { accentCss, deriveAccent, MIN_CONTRAST } from '../../../../src/content/features/brand/accent'
import { accentAdjustment } from '../../../../src/content/features/brand/settings'

const LIGHT = ['#ffffff', '#f6f8fa']
const DARK = ['#0f1216', '#161b22', '#1b2129']
const ratio = (a: string, b: string) => contrast(parseColour(a)!, parseColour(b)!)

describe('parseColour', () => {
  it('reads hex, rgb() and hsl()', () => {
    expect(toHex(parseColour('#0A58CA')!)).toBe('#0a58ca')
    expect(toHex(parseColour('#fff')!)).toBe('#ffffff')
    expect(toHex(parseColour('rgb(10 88 202)')!)).toBe('#0a58ca')
    expect(toHex(parseColour('rgb(10, 88, 202)')!)).toBe('#0a58ca')
    expect(toHex(parseColour('hsl(0 100% 50%)')!)).toBe('#ff0000')
  })

  it('refuses what is not one of those forms', () => {
    for (const written of ['blue', '#12345', 'rgb(1 2)', 'hsl(10 200% 50%)', 'url(x)']) expect(parseColour(written), written).toBeUndefined()
  })
})

describe('deriveAccent', () => {
  it('keeps a colour that already has 4.5:1 in the light theme as it is', () => {
    const shades = deriveAccent(parseColour('#0a58ca')!)
    expect(shades.light).toMatchObject({ accent: '#0a58ca', changed: false })
    expect(accentAdjustment('#0a58ca')).toBeUndefined()
  })

  it('darkens a too-light colour until every light background has 4.5:1, and lightens the dark shade', () => {
    const shades = deriveAccent(parseColour('#ffd33d')!)
    expect(shades.light.changed).toBe(true)
    for (const background of [...LIGHT, shades.light.soft]) expect(ratio(shades.light.accent, background)).toBeGreaterThanOrEqual(MIN_CONTRAST)
    for (const background of [...DARK, shades.dark.soft]) expect(ratio(shades.dark.accent, background)).toBeGreaterThanOrEqual(MIN_CONTRAST)
    // Just far enough: not black.
    expect(ratio(shades.light.accent, '#ffffff')).toBeLessThan(5.5)
  })

  it('lightens a dark brand colour for the dark theme', () => {
    const shades = deriveAccent(parseColour('#0b1f5c')!)
    expect(shades.light.changed).toBe(false)
    expect(shades.dark.changed).toBe(true)
    for (const background of DARK) expect(ratio(shades.dark.accent, background)).toBeGreaterThanOrEqual(MIN_CONTRAST)
  })

  it('warns with the achieved ratio when the light theme could not use the colour', () => {
    const message = accentAdjustment('#ffd33d')!
    const shades = deriveAccent(parseColour('#ffd33d')!)
    expect(message).toContain('"accentColor" #ffd33d is too light for text on a light background')
    expect(message).toContain(`the light theme uses ${shades.light.accent} instead, ${shades.light.ratio}:1`)
    expect(shades.light.ratio).toBeGreaterThanOrEqual(4.5)
  })

  it('sets the custom properties of both themes', () => {
    const css = accentCss(deriveAccent(parseColour('#0f766e')!))
    expect(css).toContain('html:root{--accent:#0f766e;')
    expect(css).toContain("@media (prefers-color-scheme: dark){html:root:not([data-theme='light']){--accent:")
    expect(css).toContain("html:root[data-theme='dark']{--accent:")
  })
})
