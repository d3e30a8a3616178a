/**
 * The shades of a handbook's `accentColor` for the light and the dark theme.
 * Links, the current sidebar item, focus rings and buttons use the accent as
 * text (or its background as text), so each theme's shade keeps at least
 * 4.5:1 against every background it is drawn on: the page, the soft panels
 * and its own soft tint. A colour that falls short has its lightness moved
 * (hue and saturation kept) just far enough: darker in the light theme,
 * lighter in the dark one. Pure: the caller words the warning.
 */
import { contrast, hslToRgb, parseColour, rgbToHsl, toHex, type Hsl, type Rgb } from './colour'

/** WCAG AA for normal text. */
export const MIN_CONTRAST = 4.5

/** The backgrounds of src/styles/global/tokens.css (--bg, --bg-soft, --bg-raised): keep them in step. */
const BACKGROUNDS = {
  light: ['#ffffff', '#f6f8fa', '#ffffff'],
  dark: ['#0f1216', '#161b22', '#1b2129'],
} as const

export type Theme = keyof typeof BACKGROUNDS

export interface AccentShades {
  accent: string
  hover: string
  soft: string
  /** The lowest contrast of `accent` on the theme's backgrounds. */
  ratio: number
  /** The given colour was not used as it is in this theme. */
  changed: boolean
}

export type AccentTheme = Record<Theme, AccentShades>

const rgbOf = (hex: string): Rgb => parseColour(hex)!

/** The soft tint of a hue: the background of the current sidebar item. */
function softOf(hsl: Hsl, theme: Theme): Rgb {
  return theme === 'light' ? hslToRgb({ h: hsl.h, s: Math.min(hsl.s, 0.9), l: 0.95 }) : hslToRgb({ h: hsl.h, s: Math.min(hsl.s, 0.5), l: 0.17 })
}

function lowestContrast(colour: Rgb, backgrounds: readonly Rgb[]): number {
  return Math.min(...backgrounds.map((background) => contrast(colour, background)))
}

/** Rounded down to two decimals, so a ratio shown as 4.5 is never really 4.49. */
const floor2 = (ratio: number) => Math.floor(ratio * 100) / 100

function shadesFor(colour: Rgb, theme: Theme): AccentShades {
  const hsl = rgbToHsl(colour)
  const soft = softOf(hsl, theme)
  const backgrounds = [...BACKGROUNDS[theme].map(rgbOf), soft]
  const passes = (candidate: Rgb) => lowestContrast(candidate, backgrounds) >= MIN_CONTRAST
  let accent = colour
  let changed = false
  if (!passes(colour)) {
    changed = true
    // Darker on light backgrounds, lighter on dark ones: the lightness between the colour's and black (white) that just passes.
    let near = hsl.l
    let far = theme === 'light' ? 0 : 1
    for (let step = 0; step < 30; step++) {
      const middle = (near + far) / 2
      if (passes(hslToRgb({ ...hsl, l: middle }))) far = middle
      else near = middle
    }
    accent = hslToRgb({ ...hsl, l: far })
    // Rounding to 8-bit channels may land a hair short: step on until it passes.
    for (let l = far; !passes(accent) && l >= 0 && l <= 1; l += theme === 'light' ? -0.005 : 0.005) accent = hslToRgb({ ...hsl, l })
  }
  const accentHsl = rgbToHsl(accent)
  // Hover moves further from the background, so it passes whenever the accent does.
  const hover = hslToRgb({ ...accentHsl, l: theme === 'light' ? Math.max(0, accentHsl.l - 0.1) : Math.min(1, accentHsl.l + 0.1) })
  return { accent: toHex(accent), hover: toHex(hover), soft: toHex(soft), ratio: floor2(lowestContrast(accent, backgrounds)), changed }
}

/** Both themes' shades of a colour (already parsed: see parseColour). */
export function deriveAccent(colour: Rgb): AccentTheme {
  return { light: shadesFor(colour, 'light'), dark: shadesFor(colour, 'dark') }
}

function declarations(shades: AccentShades): string {
  return `--accent:${shades.accent};--accent-hover:${shades.hover};--accent-soft:${shades.soft};--focus:${shades.accent}`
}

/**
 * The custom properties of tokens.css set to these shades, under selectors one
 * element more specific than tokens.css's own, so they win wherever the style
 * element lands in the head.
 */
export function accentCss(theme: AccentTheme): string {
  return (
    `html:root{${declarations(theme.light)}}` +
    `@media (prefers-color-scheme: dark){html:root:not([data-theme='light']){${declarations(theme.dark)}}}` +
    `html:root[data-theme='dark']{${declarations(theme.dark)}}`
  )
}
