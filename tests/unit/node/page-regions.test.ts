import { describe, expect, it } from 'vitest'
import { regionInHtml, regionInPageData, replaceRegion } from '../../../src/node/page-regions'

const region = { url: '/print', start: '<!--doc-->', end: '<!--/doc-->', html: '<p class="x">Said "yes"\nthen</p>' }

describe('replacing a region of a page Gatsby wrote', () => {
  it('replaces what lies between the markers, whatever is there now (a rebuild fills it again)', () => {
    expect(replaceRegion('a<!--doc-->old<!--/doc-->b', '<!--doc-->', '<!--/doc-->', 'new')).toBe('a<!--doc-->new<!--/doc-->b')
    expect(regionInHtml('<main><!--doc--><p>hole</p><!--/doc--></main>', region)).toBe(`<main><!--doc-->${region.html}<!--/doc--></main>`)
    expect(replaceRegion('no markers', '<!--doc-->', '<!--/doc-->', 'new')).toBeUndefined()
    expect(replaceRegion('<!--/doc--> before <!--doc-->', '<!--doc-->', '<!--/doc-->', 'new')).toBeUndefined()
  })

  it('replaces the same region in the page data, where the HTML is a JSON string', () => {
    const data = JSON.stringify({ result: { pageContext: { html: 'intro<!--doc--><p class="hole">a "note"</p><!--/doc-->' } } })
    const filled = regionInPageData(data, region)!
    expect(JSON.parse(filled).result.pageContext.html).toBe(`intro<!--doc-->${region.html}<!--/doc-->`)
  })
})
