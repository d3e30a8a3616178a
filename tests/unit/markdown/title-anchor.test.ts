/**
 * The `# Title` taken for the page's title keeps the id it had where it was
 * written, so links to it (`setup.md#setup`, a page's own `#welcome`) land
 * at the top of the body and are no broken links.
 */
import { describe, expect, it } from 'vitest'
import type { SourceTool } from '../../../src/content/source/tool'
import { renderToolPage } from '../../support/tool-page'

const render = (body: string, sourceTool?: SourceTool, frontmatterTitle?: string) =>
  renderToolPage(body, { ...(sourceTool ? { sourceTool } : {}), ...(frontmatterTitle ? { frontmatterTitle } : {}), route: { sourcePath: 'index.md', url: '/' } })

describe("the title's id", () => {
  it('is an anchor at the top of the body, which a link to it finds', () => {
    const page = render('# Welcome\n\n[Back to the top](#welcome)\n')
    expect(page.html).toBe('<span id="welcome"></span><p><a href="#welcome">Back to the top</a></p>')
    expect(page.anchors).toContain('welcome')
  })

  it("is the old tool's too, when its rule gives another", () => {
    const page = render('# Café & Co.\n\nText.\n', 'mkdocs')
    expect(page.anchors).toEqual(expect.arrayContaining(['café--co', 'cafe-co']))
    expect(page.html).toBe('<span id="café--co"></span><span id="cafe-co"></span><p>Text.</p>')
  })

  it("is left to a heading of the body that has it, and to the site's own ids, and kept for no title that stays in the body", () => {
    expect(render('# Next\n\n## Next\n').html).not.toContain('<span id="next">')
    expect(render('# Main\n\nText.\n').html).toBe('<p>Text.</p>')
    // The frontmatter's title is another: the H1 stays in the body, with its own id.
    expect(render('# Other words\n\nText.\n', undefined, 'The title').html).toMatch(/^<h1 id="other-words">Other words<\/h1>/)
  })
})
