import { describe, expect, it } from 'vitest'
import { renderPage, type RenderedPage } from '../../../../src/content/markdown/render'
import { markdownPlugins } from '../../../../src/content/features'
import { createLinkIndex } from '../../../../src/content/links/links'
import { sectionsFromHtml, sectionsFromMdxSource } from '../../../../src/content/features/search/extract'
import { markdownCopyOf } from '../../../../src/content/features/markdown-copy/page-copy'
import { KATEX_STYLESHEET, KATEX_VERSION } from '../../../../src/content/features/math/katex-files'

const site = { siteUrl: 'https://handbook.example', pathPrefix: '' }

function render(body: string, format: 'md' | 'mdx' = 'md'): RenderedPage {
  return renderPage({ body, format, link: { from: { sourcePath: 'pay.md', url: '/pay' }, index: createLinkIndex([], () => false), site, hrefPrefix: '' }, iframeHosts: [], markdown: markdownPlugins() })
}

const PAGE = ['# Pay', '', 'Costs $5, or $6 with tax. The area is $x^2$ and \\(\\alpha + 1\\).', '', '$$', '\\sum_{i=1}^n i', '$$', ''].join('\n')

describe('math drawn by KaTeX at build time', () => {
  it('draws inline and displayed math as KaTeX HTML and MathML, with no script, and asks for the stylesheet', () => {
    const page = render(PAGE)
    expect(page.html).toContain('<span class="katex">')
    expect(page.html).toContain('class="katex-display"')
    expect(page.html).toContain('<annotation encoding="application/x-tex">x^2</annotation>')
    expect(page.html).toContain('<annotation encoding="application/x-tex">\\alpha + 1</annotation>')
    expect(page.html).not.toContain('<script')
    expect(page.html).toContain('Costs $5, or $6 with tax.')
    expect(page.stylesheets).toEqual([KATEX_STYLESHEET])
    expect(KATEX_STYLESHEET).toBe(`/katex-${KATEX_VERSION}/katex.min.css`)
    expect(page.problems).toBeUndefined()
  })

  it('asks for no stylesheet on a page without math, money included', () => {
    const page = render('# Pay\n\nBetween $1,000 and $2,000, or US$5 and US$6.\n')
    expect(page.stylesheets).toBeUndefined()
    expect(page.html).toContain('Between $1,000 and $2,000, or US$5 and US$6.')
  })

  it('reports math KaTeX cannot parse as an error at its line, with the fix', () => {
    const page = render('# Pay\n\nFine $x$.\n\nBroken $\\frac{1}{$ here.\n')
    expect(page.problems).toEqual([expect.objectContaining({ code: 'math', severity: 'error', line: 5 })])
    expect(page.problems![0]!.message).toMatch(/^KaTeX cannot draw this math: .*expected '}'.* write \\\$ for a dollar sign that is not math$/)
  })

  it('reports an unknown command in an .mdx page at its line too', () => {
    const page = render('# Pay\n\nText.\n\n$\\notacommand{x}$\n', 'mdx')
    expect(page.problems).toEqual([expect.objectContaining({ code: 'math', severity: 'error', line: 5 })])
    expect(page.problems![0]!.message).toContain('Undefined control sequence: \\notacommand')
  })

  it('keeps the TeX in search sections and the Markdown copy, not MathML text', () => {
    const page = render(PAGE)
    const text = sectionsFromHtml(page.html)[0]!.text
    expect(text).toContain('The area is $x^2$ and $\\alpha + 1$.')
    expect(text).toContain('$$ \\sum_{i=1}^n i $$')
    expect(text).not.toContain('x2')
    const copy = markdownCopyOf('Pay', page.html, '/pay', site)
    expect(copy).toContain('The area is $x^2$ and $\\alpha + 1$.')
    expect(copy).toContain('$$\n\\sum_{i=1}^n i\n$$')
    expect(copy).toContain('Costs $5, or $6 with tax.')
  })

  it("keeps braces in an .mdx page's math as TeX, for search too", () => {
    const body = '# Half\n\nA half is $\\frac{1}{2}$.\n'
    expect(render(body, 'mdx').problems).toBeUndefined()
    expect(sectionsFromMdxSource(body, undefined, [])[0]!.text).toBe('A half is $\\frac{1}{2}$.')
  })
})
