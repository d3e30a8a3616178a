import { describe, expect, it } from 'vitest'
import { error } from '../../../src/content/common/diagnostics'
import { checkInput } from '../../../src/content/checks/input'
import { links } from '../../../src/content/checks/links'
import type { Handbook } from '../../../src/content/handbook'
import { handbookOf, linkOf } from '../../support/handbook'

const codes = (handbook: Handbook) => links.run(checkInput(handbook, { brokenLinks: 'error' })).map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`)
const missing = (href: string) => ({ kind: 'broken', href, reason: `no page or file at ${href}` }) as const
const external = (href: string) => ({ kind: 'external', href }) as const

describe('the links check', () => {
  it("runs the rules on each link in turn, so one element's problems keep the order of its attributes", () => {
    // <video src="http://example.com/v.mp4" poster="missing.png">: both at the element's line and column.
    const source = '<video src="http://example.com/v.mp4" poster="missing.png"></video>\n<video src="missing2.png" poster="http://example.com/p.png"></video>'
    const handbook = handbookOf([
      {
        sourcePath: 'index.md',
        source,
        links: [
          linkOf('http://example.com/v.mp4', external('http://example.com/v.mp4'), { embedded: true, line: 1 }),
          linkOf('missing.png', missing('missing.png'), { embedded: true, line: 1 }),
          linkOf('missing2.png', missing('missing2.png'), { embedded: true, line: 2 }),
          linkOf('http://example.com/p.png', external('http://example.com/p.png'), { embedded: true, line: 2 }),
        ],
      },
    ])
    expect(codes(handbook)).toEqual(['index.md:1:1 link-http', 'index.md:1:1 image-missing', 'index.md:2:1 image-missing', 'index.md:2:1 link-http'])
  })

  it('reports a missing image as missing only, and an image whose anchor it cannot check not at all', () => {
    const handbook = handbookOf([
      {
        sourcePath: 'index.md',
        source: '![](missing.png)\n![](#)\n![](http://example.com/x.png)\n![](#nope)',
        links: [
          linkOf('missing.png', missing('missing.png'), { embedded: true, alt: '', line: 1 }),
          linkOf('#', { kind: 'same-page', anchor: '' }, { embedded: true, alt: '', line: 2 }),
          linkOf('http://example.com/x.png', external('http://example.com/x.png'), { embedded: true, alt: '', line: 3 }),
          linkOf('#nope', { kind: 'same-page', anchor: 'nope' }, { embedded: true, alt: '', line: 4 }),
        ],
      },
    ])
    expect(codes(handbook)).toEqual(['index.md:1:1 image-missing', 'index.md:3:1 image-alt', 'index.md:3:1 link-http', 'index.md:4:1 anchor-broken', 'index.md:4:1 image-alt'])
  })

  it('reads every page but those over a limit, in the order of the pages', () => {
    const broken = [linkOf('gone.md', missing('gone.md'))]
    const handbook = handbookOf(
      [
        { sourcePath: 'b.md', links: broken },
        { sourcePath: 'huge.md', links: broken },
        { sourcePath: 'a.md', links: broken },
      ],
      { diagnostics: [error('page-limit', 'huge.md', 'this page is too large', 1)] },
    )
    expect(codes(handbook)).toEqual(['b.md:1:1 link-broken', 'a.md:1:1 link-broken'])
  })
})
