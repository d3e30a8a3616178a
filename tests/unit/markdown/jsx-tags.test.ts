/** Tags of a `.md` page read without running anything: their extent, and props that are text, flags or values written out. */
import { describe, expect, it } from 'vitest'
import { propsOf, scanTag } from '../../../src/content/markdown/jsx-tags'

const tagAt = (text: string) => scanTag(text, text.indexOf('<'))

describe('scanTag', () => {
  it('reads opening, closing and self-closing tags, across lines', () => {
    expect(tagAt('a <CalloutBox title="Hi > there" type=\'fyi\'> b')).toMatchObject({ name: 'CalloutBox', kind: 'open', start: 2, end: 44 })
    expect(tagAt('</CalloutBox >')).toMatchObject({ name: 'CalloutBox', kind: 'close' })
    expect(tagAt('<TeamMember\n  name="Ada"\n  photo\n/>')).toMatchObject({ name: 'TeamMember', kind: 'self', end: 35 })
    expect(tagAt('<Icons.Star size={3} />')).toMatchObject({ name: 'Icons.Star', kind: 'self' })
  })

  it('is not a tag when the text is not one: lowercase, an autolink, a comparison, a tag never ended', () => {
    expect(tagAt('<div>')).toBeUndefined()
    expect(tagAt('<Https://example.com>')).toBeUndefined()
    expect(tagAt('a <B and more')).toBeUndefined()
    expect(tagAt('<Box title="never closed')).toBeUndefined()
  })
})

describe('propsOf', () => {
  it('gives text, flags and written-out values; code is reported, never run', () => {
    const tag = tagAt('<X name="Ada" other=\'b\' photo count={3} ok={true} neg={-2} s={"q"} t={\'r\'} list={["a", \'b\']} obj={{ a: 1 }} who={user.name} {...rest} />')!
    const { props, code } = propsOf(tag)
    expect(props).toEqual({ name: 'Ada', other: 'b', photo: true, count: 3, ok: true, neg: -2, s: 'q', t: 'r', list: ['a', 'b'], obj: { a: 1 } })
    expect(code.map((attribute) => `${attribute.name}${attribute.raw}`)).toEqual(['who{user.name}', '{...rest}'])
  })
})
