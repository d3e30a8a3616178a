import { describe, expect, it } from 'vitest'
import { toHtml } from 'hast-util-to-html'
import { tipContent } from '../../../../src/content/features/glossary/tip'
import { renderFragment } from '../../../../src/content/markdown/fragment'

const tipOf = (markdown: string) => toHtml({ type: 'root', children: tipContent(renderFragment(markdown)) })

describe('a definition as a tooltip holds it', () => {
  it('keeps emphasis and code, and gives links their text', () => {
    expect(tipOf('Paid *time* off, see [Time off](/time-off) and `PTO`.')).toBe('Paid <em>time</em> off, see Time off and <code>PTO</code>.')
  })

  it('makes paragraphs and lists one line of text, and drops images', () => {
    expect(tipOf('First paragraph.\n\nSecond one:\n\n- one\n- two\n\n![logo](logo.png)')).toBe('First paragraph. Second one: one two')
  })
})
