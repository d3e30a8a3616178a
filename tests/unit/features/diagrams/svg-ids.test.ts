import { describe, expect, it } from 'vitest'
import { prefixIds, shortenNumbers } from '../../../../src/content/features/diagrams/svg-ids'

describe('prefixIds', () => {
  it('gives every id the prefix, with the references to it, and leaves ids that have it', () => {
    const svg =
      '<svg id="d1-light" aria-labelledby="d1-light-title"><title id="d1-light-title">T</title><marker id="arrowhead"/><rect id="task1" fill="url(#grad)"/><linearGradient id="grad"/><use href="#task1"/><use xlink:href="#arrowhead"/><path marker-end="url(#arrowhead)"/><path fill="url(#elsewhere)"/></svg>'
    const out = prefixIds(svg, 'd1-light')
    expect([...out.matchAll(/ id="([^"]+)"/g)].map((match) => match[1])).toEqual(['d1-light', 'd1-light-title', 'd1-light-arrowhead', 'd1-light-task1', 'd1-light-grad'])
    expect(out).toContain('fill="url(#d1-light-grad)"')
    expect(out).toContain('href="#d1-light-task1"')
    expect(out).toContain('xlink:href="#d1-light-arrowhead"')
    expect(out).toContain('marker-end="url(#d1-light-arrowhead)"')
    expect(out).toContain('aria-labelledby="d1-light-title"')
    // Not an id of this SVG: left alone.
    expect(out).toContain('url(#elsewhere)')
  })
})

describe('shortenNumbers', () => {
  it('cuts coordinates to three decimals in attributes, and leaves the text of labels as written', () => {
    expect(shortenNumbers('<rect width="246.70000000000002" x="12.5"/><text x="1.23456">pi is 3.14159</text>')).toBe('<rect width="246.7" x="12.5"/><text x="1.234">pi is 3.14159</text>')
  })
})
