import { describe, expect, it } from 'vitest'
import { checkInput } from '../../../src/content/checks/input'
import { titleMarkup } from '../../../src/content/checks/title-markup'
import { frontmatterSchema } from '../../../src/content/frontmatter/schema'
import { handbookOf } from '../../support/handbook'

const titled = (sourcePath: string, written: string, shown: string) => ({
  sourcePath,
  title: shown,
  frontmatter: frontmatterSchema.parse({ title: written }),
  fieldLines: { title: 3 },
})

describe('the title-markup check', () => {
  it('warns at the title line about tags a title shows as text only, and not about the marks it keeps', () => {
    const handbook = handbookOf([
      titled('head.md', 'The <head> element', 'The element'),
      titled('hostile.md', "Guide <img src=x onerror=alert('x')><script>alert(1)</script>", 'Guide alert(1)'),
      titled('marked.md', 'Do it <em>before</em> you ship, H<sub>2</sub>O<br>and <code>npm</code>', 'Do it before you ship, H2O and npm'),
      titled('entities.md', 'Logging in &amp; Networks, a < b', 'Logging in & Networks, a < b'),
    ])
    const found = titleMarkup.run(checkInput(handbook, { brokenLinks: 'error' }))
    expect(found.map((d) => [d.file, d.line, d.code, d.severity])).toEqual([
      ['head.md', 3, 'title-markup', 'warning'],
      ['hostile.md', 3, 'title-markup', 'warning'],
    ])
    expect(found[0]?.message).toBe(
      'the title shows <head> as its text only (a title keeps <em>, <strong>, <code>, <sub> and <sup>), so it reads "The element". To show the tag itself, write it as &lt;head&gt;; else remove it',
    )
    expect(found[1]?.message).toContain('<img>, <script>')
  })
})
