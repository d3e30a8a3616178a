/**
 * CSS colours as numbers: reading the forms an editor writes in handbook.yml
 * (#rgb, #rrggbb, rgb(), hsl()), converting between RGB and HSL, and the
 * WCAG 2 relative luminance and contrast ratio. Pure functions, no DOM.
 */

export interface Rgb {
  r: number
  g: number
  b: number
}

export interface Hsl {
  /** 0–360 */
  h: number
  /** 0–1 */
  s: number
  /** 0–1 */
  l: number
}

/** The forms a colour may be written in, for messages. */
export const COLOUR_FORMS = '#rrggbb (e.g. #0a58ca), #rgb, rgb(10 88 202) or hsl(216 91% 42%)'

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value))

/** Parts of rgb()/hsl(): commas or spaces, an optional "/ alpha" (ignored: an accent is opaque). */
function parts(inner: string): string[] {
  return inner
    .split('/')[0]!
    .trim()
    .split(/[\s,]+/)
    .filter((part) => part !== '')
}

/** The colour as written, or undefined when it is none of COLOUR_FORMS. */
export function parseColour(written: string): Rgb | undefined {
  const text = written.trim().toLowerCase()
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(text)
  if (hex) {
    const digits = hex[1]!.length === 3 ? [...hex[1]!].map((d) => d + d).join('') : hex[1]!
    return { r: parseInt(digits.slice(0, 2), 16), g: parseInt(digits.slice(2, 4), 16), b: parseInt(digits.slice(4, 6), 16) }
  }
  const fn = /^(rgba?|hsla?)\(([^()]*)\)$/.exec(text)
  if (!fn) return undefined
  const values = parts(fn[2]!)
  if (values.length !== 3) return undefined
  if (fn[1]!.startsWith('rgb')) {
    const channel = (part: string) => (part.endsWith('%') ? (Number(part.slice(0, -1)) / 100) * 255 : Number(part))
    const [r, g, b] = values.map(channel) as [number, number, number]
    if (![r, g, b].every((v) => Number.isFinite(v) && v >= 0 && v <= 255)) return undefined
    return { r: Math.round(r), g: Math.round(g), b: Math.round(b) }
  }
  const h = Number(values[0]!.replace(/deg$/, ''))
  const [s, l] = values.slice(1).map((part) => (part.endsWith('%') ? Number(part.slice(0, -1)) / 100 : Number(part))) as [number, number]
  if (![h, s, l].every(Number.isFinite) || s < 0 || s > 1 || l < 0 || l > 1) return undefined
  return hslToRgb({ h: ((h % 360) + 360) % 360, s, l })
}

export function rgbToHsl({ r, g, b }: Rgb): Hsl {
  const [rn, gn, bn] = [r / 255, g / 255, b / 255]
  const max = Math.max(rn, gn, bn)
  const min = Math.min(rn, gn, bn)
  const l = (max + min) / 2
  if (max === min) return { h: 0, s: 0, l }
  const d = max - min
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min)
  const h = max === rn ? (gn - bn) / d + (gn < bn ? 6 : 0) : max === gn ? (bn - rn) / d + 2 : (rn - gn) / d + 4
  return { h: h * 60, s, l }
}

export function hslToRgb({ h, s, l }: Hsl): Rgb {
  const k = (n: number) => (n + h / 30) % 12
  const a = s * Math.min(l, 1 - l)
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)))
  return { r: Math.round(clamp(f(0), 0, 1) * 255), g: Math.round(clamp(f(8), 0, 1) * 255), b: Math.round(clamp(f(4), 0, 1) * 255) }
}

export function toHex({ r, g, b }: Rgb): string {
  return `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`
}

/** WCAG 2 relative luminance. */
export function luminance({ r, g, b }: Rgb): number {
  const linear = (v: number) => {
    const c = v / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

/** WCAG 2 contrast ratio, 1–21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}
