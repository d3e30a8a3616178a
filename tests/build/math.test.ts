/**
 * Math drawn at build time (the `drawn` fixture, whose build the diagrams'
 * test shares): KaTeX's HTML in `.md` and `.mdx` pages with no script,
 * KaTeX's stylesheet linked only from the pages with math and published with
 * its fonts under the KaTeX version's folder, money in prose left as
 * written, and search and the Markdown copies keeping the TeX. Math KaTeX
 * cannot parse is an error at its line (checked without Gatsby).
 */
import fs from 'node:fs'
import path from 'node:path'
import katex from 'katex'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkFixture, fixtureSite, type FixtureSite } from '../support/fixture-site'
import { parseHtml } from '../support/html'

const STYLESHEET = `/katex-${katex.version}/katex.min.css`
let site: FixtureSite

beforeAll(async () => {
  site = await fixtureSite('drawn')
  if (site.build.code !== 0) console.error(site.build.output)
})

const stylesheetsOf = (url: string): string[] =>
  parseHtml(site.page(url))
    .querySelectorAll('link[rel="stylesheet"]')
    .map((link) => link.getAttribute('href') ?? '')
    .filter((href) => href.includes('katex'))

/** Every file under public/ whose text includes `text`, by path. */
function filesHolding(text: string): string[] {
  const found: string[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (/\.(json|txt|md)$/.test(entry.name) && fs.readFileSync(full, 'utf8').includes(text)) found.push(path.relative(site.publicDir, full))
    }
  }
  walk(site.publicDir)
  return found.sort()
}

describe('math drawn at build time', () => {
  it('builds', () => {
    expect(site.build.code).toBe(0)
  })

  it('draws inline, displayed and LaTeX-delimited math as KaTeX HTML and MathML, in .md and .mdx', () => {
    const page = parseHtml(site.page('/math'))
    const tex = page.querySelectorAll('.katex annotation[encoding="application/x-tex"]').map((node) => node.textContent.trim())
    expect(tex).toEqual(['p = 12 \\times m', 'm', '\\alpha + \\beta', 'B = \\sum_{i=1}^{n} b_i \\cdot \\frac{t_i}{100}', 'E = mc^2'])
    expect(page.querySelectorAll('.katex-display')).toHaveLength(2)
    expect(page.querySelectorAll('.katex-html').length).toBe(5)
    const mdx = parseHtml(site.page('/math-in-mdx'))
    expect(mdx.querySelectorAll('.katex annotation').map((node) => node.textContent.trim())).toEqual(['\\frac{1}{2}', '\\{x \\mid x > 0\\}', '\\int_0^1 x\\,dx = \\frac{1}{2}'])
  })

  it("gives .mdx pages every wing's Markdown plugins, the emoji wing's too", () => {
    expect(parseHtml(site.page('/math-in-mdx')).querySelector('main')!.text).toContain('✅ is an emoji here too')
  })

  it('adds no script: no script on any page names KaTeX', () => {
    for (const url of ['/math', '/math-in-mdx', '/']) {
      const scripts = parseHtml(site.page(url)).querySelectorAll('script')
      expect(scripts.filter((script) => /katex/i.test(`${script.getAttribute('src') ?? ''} ${script.textContent}`))).toEqual([])
    }
  })

  it("links KaTeX's stylesheet from the pages with math only, and publishes it with every font it names", () => {
    expect(stylesheetsOf('/math')).toEqual([STYLESHEET])
    expect(stylesheetsOf('/math-in-mdx')).toEqual([STYLESHEET])
    expect(stylesheetsOf('/')).toEqual([])
    const css = fs.readFileSync(path.join(site.publicDir, STYLESHEET), 'utf8')
    const fonts = [...css.matchAll(/url\(([^)]+)\)/g)].map((match) => match[1]!)
    expect(fonts.length).toBeGreaterThan(10)
    for (const font of fonts) expect(site.exists(path.posix.join(path.posix.dirname(STYLESHEET.slice(1)), font)), font).toBe(true)
  })

  it('leaves money in prose as written', () => {
    const money = parseHtml(site.page('/math'))
      .querySelectorAll('p')
      .find((p) => p.textContent.startsWith('Lunch'))
    expect(money?.textContent).toBe('Lunch costs $5 and dinner $10. A course costs $5, or $6 with tax. The tool is $20/month, budgets are between $1,000 and $2,000, and a sandwich is US$5 and US$6.')
    expect(money?.querySelector('.katex')).toBeNull()
  })

  it('keeps the TeX in the search index and the Markdown copies, not the MathML text', () => {
    const copy = fs.readFileSync(path.join(site.publicDir, 'math.md'), 'utf8')
    expect(copy).toContain('The yearly pay is $p = 12 \\times m$ for a monthly pay $m$, and $\\alpha + \\beta$ is written')
    expect(copy).toContain('$$\nB = \\sum_{i=1}^{n} b_i \\cdot \\frac{t_i}{100}\n$$')
    expect(copy).toContain('Lunch costs $5 and dinner $10.')
    expect(fs.readFileSync(path.join(site.publicDir, 'math-in-mdx.md'), 'utf8')).toContain('a half is $\\frac{1}{2}$')
    // The search index (in JSON, backslashes doubled) and llms-full.txt hold the TeX; no file holds KaTeX's text of it.
    expect(filesHolding('$p = 12 \\\\times m$').some((file) => file.endsWith('.json'))).toBe(true)
    expect(filesHolding('$p = 12 \\times m$')).toContain('llms-full.txt')
    expect(filesHolding('p=12×m')).toEqual([])
  })
})

describe('math KaTeX cannot parse', () => {
  it('is an error at its line, with KaTeX message and the fix, in .md and .mdx', async () => {
    const checked = await checkFixture('drawn', {
      label: 'drawn-broken-math',
      prepare: (content) => {
        fs.writeFileSync(path.join(content, 'broken.md'), '# Broken\n\nFine $x$.\n\nThis $\\frac{1}{$ is broken.\n')
        fs.writeFileSync(path.join(content, 'broken-mdx.mdx'), '---\ntitle: Broken MDX\n---\n\nText.\n\n$\\notacommand{x}$\n')
      },
    })
    expect(checked.code).toBe(1)
    expect(checked.diagnostics('error')).toEqual([
      "broken-mdx.mdx:7:1: error: KaTeX cannot draw this math: Undefined control sequence: \\notacommand at position 1: \\notacommand{x}. Fix the TeX (KaTeX's functions: https://katex.org/docs/supported.html), or write \\$ for a dollar sign that is not math",
      "broken.md:5:6: error: KaTeX cannot draw this math: Unexpected end of input in a macro argument, expected '}' at end of input: \\frac{1}{. Fix the TeX (KaTeX's functions: https://katex.org/docs/supported.html), or write \\$ for a dollar sign that is not math",
    ])
  })
})
