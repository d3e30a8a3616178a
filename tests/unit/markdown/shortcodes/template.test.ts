/**
 * Templates of the shortcode mapping (`page: { template: "/{0}" }`): filled
 * from positional and named arguments, the first of a list whose arguments
 * are given, each argument escaped for where it lands, the site-root rule of
 * `/{0}`, and the mapping's check.
 */
import { describe, expect, it } from 'vitest'
import { fillTemplate, inLinkAddress } from '../../../../src/content/markdown/shortcodes/template'
import { mappingProblems } from '../../../../src/content/markdown/shortcodes/mapping'

const args = (positional: string[], named: Record<string, string> = {}) => ({ positional, named })

describe('a template', () => {
  it('takes positional and named arguments, and literal braces', () => {
    expect(fillTemplate('{0} and {title} {{x}}', args(['a'], { title: 'T' }), false)).toBe('a and T {x}')
  })

  it('uses the first of a list whose arguments are all given', () => {
    const list = ['[{1}](https://s.example/{0})', '[#{0}](https://s.example/{0})']
    expect(fillTemplate(list, args(['general']), false)).toBe('[#general](https://s.example/general)')
    expect(fillTemplate(list, args(['general', 'General chat']), false)).toBe('[General chat](https://s.example/general)')
  })

  it('escapes an argument as text, or as an address where it lands in one', () => {
    expect(fillTemplate('[{0}](https://s.example/{0})', args(['a <b> *c*']), false)).toBe('[a &lt;b&gt; \\*c\\*](https://s.example/a%20%3Cb%3E%20*c*)')
    expect(fillTemplate('<img src="/{0}" alt="{1}">', args(['x".png', '"><script>']), false)).toBe('<img src="/x%22.png" alt="&quot;&gt;&lt;script&gt;">')
    // The tag itself in a link address: the whole result is an address.
    expect(fillTemplate('{0}', args(['/a b/(c)']), true)).toBe('/a%20b/%28c%29')
  })

  it('reads `/{0}` from the site root: an argument with its own / or a full URL is not given another', () => {
    expect(fillTemplate('/{0}', args(['travel/']), true)).toBe('/travel/')
    expect(fillTemplate('/{0}', args(['/travel/']), true)).toBe('/travel/')
    expect(fillTemplate('/{0}', args(['https://www.gsa.gov']), true)).toBe('https://www.gsa.gov')
    expect(fillTemplate('![{1}](/{0})', args(['_img/a.png', 'An ocelot']), false)).toBe('![An ocelot](/_img/a.png)')
  })
})

describe('where a tag stands', () => {
  it('knows a link address in Markdown and HTML', () => {
    expect(inLinkAddress('See [x](')).toBe(true)
    expect(inLinkAddress('See [x](<')).toBe(true)
    expect(inLinkAddress('<a href="')).toBe(true)
    expect(inLinkAddress('[ref]: ')).toBe(true)
    expect(inLinkAddress('See [x](/a) and ')).toBe(false)
    expect(inLinkAddress('Text ')).toBe(false)
  })
})

describe('the mapping', () => {
  it('accepts a template or a list, and says what is wrong with one', () => {
    expect(mappingProblems({ page: { template: '/{0}' }, slack: { template: ['a', 'b'] } })).toEqual([])
    expect(mappingProblems({ page: { template: 3 } })).toEqual([expect.stringMatching(/shortcode "page": template must be text, or a list of texts/)])
    expect(mappingProblems({ page: { template: 'x', block: 'alert' } })).toEqual(['shortcode "page": give a block or a template, not both'])
  })
})
