import { describe, expect, it } from 'vitest'
import { toHtml } from 'hast-util-to-html'
import { ID_PLACEHOLDER } from '../../../../src/content/features/diagrams/chromium'
import { placeDrawing } from '../../../../src/content/features/diagrams/place-drawing'

const P = ID_PLACEHOLDER
const svg = (fill: string) =>
  `<svg id="${P}" width="100%" xmlns="http://www.w3.org/2000/svg" style="max-width: 200px;" role="graphics-document document" aria-roledescription="pie"><style>#${P} .slice{fill:${fill}}</style><g id="legend"><text onclick="alert(1)">Dogs</text></g><a href="javascript:alert(2)"><text>x</text></a><script>alert(3)</script></svg>`

describe('placeDrawing', () => {
  const html = toHtml(placeDrawing({ light: svg('#eee'), dark: svg('#111') }, 'mermaid-diagram-2', 'Pets'))

  it("gives each theme's SVG the diagram's own ids, its class and its name", () => {
    expect([...html.matchAll(/<svg[^>]*>/g)].map((tag) => tag[0])).toEqual([
      expect.stringMatching(/id="mermaid-diagram-2-light".*class="diagram-svg diagram-light" role="img" aria-label="Pets"/),
      expect.stringMatching(/id="mermaid-diagram-2-dark".*class="diagram-svg diagram-dark" role="img" aria-label="Pets"/),
    ])
    expect(html).toContain('#mermaid-diagram-2-light .slice{fill:#eee}')
    expect(html).toContain('#mermaid-diagram-2-dark .slice{fill:#111}')
    expect(html).toContain('id="mermaid-diagram-2-light-legend"')
    expect(html).toContain('aria-roledescription="pie"')
    expect(html).not.toContain(P)
  })

  it('takes out what could run script', () => {
    expect(html).not.toMatch(/<script|onclick|javascript:/i)
    expect(html).toContain('>Dogs</text>')
  })
})
