import { describe, expect, it } from 'vitest'
import { mathRenderKey, mayHoldMath } from '../../../../src/content/features/math/render-key'
import { KATEX_VERSION } from '../../../../src/content/features/math/katex-files'

describe('the render-cache key of pages with math', () => {
  it("is KaTeX's version where the page may hold math", () => {
    for (const text of ['$x$', '\\(x\\)', '\\[x\\]', '$5']) expect(mathRenderKey(text)).toBe(`katex@${KATEX_VERSION}`)
  })

  it('is nothing on other pages', () => {
    expect(mayHoldMath('# Plain\n\n(a) [b] \\*c\\*')).toBe(false)
    expect(mathRenderKey('# Plain')).toBe('')
  })
})
