/**
 * The intrinsic size of a logo, read from its bytes: an SVG's width and
 * height (or viewBox), a PNG's header. Other formats give none (the header's
 * CSS fixes the height either way; the size only keeps the width's place).
 */
import type { ImageSize } from './chrome'

function svgSize(text: string): ImageSize | undefined {
  const tag = /<svg\b[^>]*>/i.exec(text)?.[0]
  if (!tag) return undefined
  const attribute = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1]
  const width = Number.parseFloat(attribute('width') ?? '')
  const height = Number.parseFloat(attribute('height') ?? '')
  if (width > 0 && height > 0 && !/%/.test(attribute('width')! + attribute('height')!)) return { width, height }
  const box = attribute('viewBox')
    ?.trim()
    .split(/[\s,]+/)
    .map(Number)
  if (box && box.length === 4 && box[2]! > 0 && box[3]! > 0) return { width: box[2]!, height: box[3]! }
  return undefined
}

export function imageSize(file: string, bytes: Uint8Array): ImageSize | undefined {
  if (/\.svg$/i.test(file)) return svgSize(new TextDecoder().decode(bytes))
  const png = [0x89, 0x50, 0x4e, 0x47]
  if (bytes.length >= 24 && png.every((byte, i) => bytes[i] === byte)) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    return { width: view.getUint32(16), height: view.getUint32(20) }
  }
  return undefined
}
