import { describe, expect, it } from 'vitest'
import { footerHtml, generatedFavicon, letterIcon, siteChrome } from '../../../../src/content/features/brand/chrome'
import { imageSize } from '../../../../src/content/features/brand/image-size'
import { pageImage } from '../../../../src/content/features/brand/page-image'
import { resolveSettings } from '../../../../src/content/settings'
import type { Diagnostic } from '../../../../src/content/common/diagnostics'
import { OUTPUT_FOLDER } from '../../../../src/shared/output'

describe('the site chrome', () => {
  it('draws a letter of the title on the accent colour when no favicon is named', () => {
    const icon = letterIcon('élan <Handbook>', '#0a58ca')
    expect(icon.startsWith('<svg')).toBe(true)
    expect(icon).toContain('fill="#0a58ca"')
    expect(icon).toContain('>É</text>')
    const settings = resolveSettings({ title: 'Acme', accentColor: '#ffd33d' }, {}, '/site')
    expect(siteChrome(settings).favicon).toEqual({ href: `/${OUTPUT_FOLDER}/favicon.svg`, type: 'image/svg+xml' })
    expect(generatedFavicon(settings)).toMatchObject({ path: `${OUTPUT_FOLDER}/favicon.svg`, contents: expect.stringContaining('fill="#8e6e00"') })
    expect(generatedFavicon(resolveSettings({ favicon: 'icon.png' }, {}, '/site'))).toBeUndefined()
  })

  it('renders the footer sanitized, site links with the path prefix', () => {
    expect(footerHtml('© Acme · [Privacy](/privacy) <script>alert(1)</script>', '/hb')).toBe('<p>© Acme · <a href="/hb/privacy">Privacy</a> </p>')
  })

  it('has no accent CSS without an accent colour', () => {
    expect(siteChrome(resolveSettings({}, {}, '/site')).accentCss).toBe('')
  })
})

describe('imageSize', () => {
  it("reads an SVG's width and height, else its viewBox", () => {
    const svg = (attributes: string) => new TextEncoder().encode(`<svg xmlns="http://www.w3.org/2000/svg" ${attributes}></svg>`)
    expect(imageSize('a.svg', svg('width="120" height="40" viewBox="0 0 12 4"'))).toEqual({ width: 120, height: 40 })
    expect(imageSize('a.svg', svg('viewBox="0 0 96 32"'))).toEqual({ width: 96, height: 32 })
    expect(imageSize('a.svg', svg('width="100%"'))).toBeUndefined()
  })

  it("reads a PNG's header", () => {
    const png = new Uint8Array(24)
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    new DataView(png.buffer).setUint32(16, 300)
    new DataView(png.buffer).setUint32(20, 100)
    expect(imageSize('a.png', png)).toEqual({ width: 300, height: 100 })
  })
})

describe('pageImage', () => {
  const files = new Set(['guide/card.png', 'images/team.png'])
  it('resolves a file relative to the page or from the root, and keeps a full URL', () => {
    const found: Diagnostic[] = []
    expect(pageImage('card.png', 'guide/index.md', files, 3, found)).toEqual({ image: '/guide/card.png', file: 'guide/card.png' })
    expect(pageImage('/images/team.png', 'guide/index.md', files, 3, found)).toEqual({ image: '/images/team.png', file: 'images/team.png' })
    expect(pageImage('https://cdn.test/x.png', 'guide/index.md', files, 3, found)).toEqual({ image: 'https://cdn.test/x.png' })
    expect(found).toEqual([])
  })

  it('warns at the field line about a file that is not there', () => {
    const found: Diagnostic[] = []
    expect(pageImage('missing.png', 'guide/index.md', files, 4, found)).toEqual({})
    expect(found[0]).toMatchObject({ severity: 'warning', file: 'guide/index.md', line: 4 })
  })
})
