import { describe, expect, it } from 'vitest'
import { parseTitle, titleSource, titleText } from '../../../src/shared/title'

describe('parseTitle', () => {
  it('decodes entities, named and numeric, and keeps a non-breaking space', () => {
    expect(parseTitle('Logging in &amp; Networks')).toEqual({ text: 'Logging in & Networks' })
    expect(parseTitle('Don&#8217;t panic')).toEqual({ text: 'Don\u2019t panic' })
    expect(parseTitle('Step&nbsp;1 &mdash; &#x41;')).toEqual({ text: 'Step\u00a01 \u2014 A' })
  })

  it('leaves text without tags or entities as it is, spaces collapsed', () => {
    expect(parseTitle('  Time   off\npolicy ')).toEqual({ text: 'Time off policy' })
    expect(parseTitle('Q&A for AT&T')).toEqual({ text: 'Q&A for AT&T' })
  })

  it('keeps each allowed tag as a mark', () => {
    expect(parseTitle('Do it <em>before</em> you ship')).toEqual({ text: 'Do it before you ship', runs: [{ text: 'Do it ' }, { text: 'before', marks: ['em'] }, { text: ' you ship' }] })
    expect(parseTitle('A <strong>bold</strong> move').runs?.[1]).toEqual({ text: 'bold', marks: ['strong'] })
    expect(parseTitle('The <code>npm</code> guide')).toEqual({ text: 'The npm guide', runs: [{ text: 'The ' }, { text: 'npm', marks: ['code'] }, { text: ' guide' }] })
    expect(parseTitle('H<sub>2</sub>O')).toEqual({ text: 'H2O', runs: [{ text: 'H' }, { text: '2', marks: ['sub'] }, { text: 'O' }] })
    expect(parseTitle('E = mc<sup>2</sup>')).toEqual({ text: 'E = mc2', runs: [{ text: 'E = mc' }, { text: '2', marks: ['sup'] }] })
  })

  it('nests marks, in one order whatever the nesting written', () => {
    expect(parseTitle('<strong>Run <em><code>npm</code> now</em></strong>').runs).toEqual([
      { text: 'Run ', marks: ['strong'] },
      { text: 'npm', marks: ['strong', 'em', 'code'] },
      { text: ' now', marks: ['strong', 'em'] },
    ])
    expect(parseTitle('<em><strong>x</strong></em>').runs).toEqual([{ text: 'x', marks: ['strong', 'em'] }])
  })

  it('makes any other tag its text, drops attributes, and never keeps a script or an image', () => {
    expect(parseTitle('<img src=x onerror=alert(1)>')).toEqual({ text: '' })
    expect(parseTitle('Hi <img src=x onerror=alert(1)> there')).toEqual({ text: 'Hi there' })
    expect(parseTitle('<script>alert(1)</script>Safe')).toEqual({ text: 'alert(1)Safe' })
    expect(parseTitle('<a href="javascript:alert(1)">Click</a> <span style="color:red">me</span>')).toEqual({ text: 'Click me' })
    expect(parseTitle('<em onclick="x()" class="big">Hi</em>').runs).toEqual([{ text: 'Hi', marks: ['em'] }])
    expect(JSON.stringify(parseTitle('<em onclick="x()">Hi</em> <div onmouseover=y>there</div>'))).not.toMatch(/onclick|onmouseover|div/)
  })

  it('reads broken HTML as a browser would', () => {
    expect(parseTitle('Do it <em>before you ship')).toEqual({ text: 'Do it before you ship', runs: [{ text: 'Do it ' }, { text: 'before you ship', marks: ['em'] }] })
    expect(parseTitle('Stray </em> end tag')).toEqual({ text: 'Stray end tag' })
    expect(parseTitle('Comment <!-- hidden --> gone')).toEqual({ text: 'Comment gone' })
    expect(parseTitle('Line<br>break')).toEqual({ text: 'Line break' })
  })

  it('keeps a < that opens no tag as text', () => {
    expect(parseTitle('a < b')).toEqual({ text: 'a < b' })
    expect(parseTitle('1 <2 & 3> 2')).toEqual({ text: '1 <2 & 3> 2' })
    expect(parseTitle('x &lt;div&gt; y')).toEqual({ text: 'x <div> y' })
  })
})

describe('titleSource', () => {
  it('escapes a plain text so that parsing gives it back', () => {
    for (const text of ['Use <div> & <em>', 'a < b', 'R&amp;D', 'plain']) expect(titleText(titleSource(text))).toBe(text)
  })
})
