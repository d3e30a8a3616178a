import { describe, expect, it } from 'vitest'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import type { Root } from 'mdast'
import { takeTitleHeading } from '../../../src/content/markdown/title-heading'
import { pageTitle, titleHeadingSource } from '../../../src/content/page/title'

const tree = (markdown: string): Root => unified().use(remarkParse).parse(markdown)

describe('takeTitleHeading: the heading as a title is written', () => {
  it('keeps Markdown emphasis, strong and code as the tags a title keeps, its text plain', () => {
    const heading = takeTitleHeading(tree('# Do it *before* you ship with **`npm`**\n\nBody.\n'), undefined)
    expect(heading).toEqual({ text: 'Do it before you ship with npm', markup: 'Do it <em>before</em> you ship with <strong><code>npm</code></strong>', removed: true })
    expect(pageTitle(undefined, heading.markup, 'a.md', 'Site')).toEqual({
      text: 'Do it before you ship with npm',
      runs: [{ text: 'Do it ' }, { text: 'before', marks: ['em'] }, { text: ' you ship with ' }, { text: 'npm', marks: ['strong', 'code'] }],
    })
  })

  it('escapes the text Markdown decoded, so that a written &lt;div&gt; stays text, and keeps inline HTML', () => {
    const escaped = takeTitleHeading(tree('# Use &lt;div&gt; &amp; friends\n'), undefined)
    expect(escaped.text).toBe('Use <div> & friends')
    expect(pageTitle(undefined, escaped.markup, 'a.md', 'Site')).toEqual({ text: 'Use <div> & friends' })
    const html = takeTitleHeading(tree('# H<sub>2</sub>O & `a < b`\n'), undefined)
    expect(pageTitle(undefined, html.markup, 'a.md', 'Site')).toEqual({ text: 'H2O & a < b', runs: [{ text: 'H' }, { text: '2', marks: ['sub'] }, { text: 'O & ' }, { text: 'a < b', marks: ['code'] }] })
  })

  it('compares a frontmatter title with markup by its text: the heading that repeats it leaves the body', () => {
    const body = tree('# Do it before you ship\n\nBody.\n')
    expect(takeTitleHeading(body, 'Do it <em>before</em> you ship').removed).toBe(true)
    expect(body.children).toHaveLength(1)
  })
})

describe('pageTitle', () => {
  it('reads a frontmatter title as written, before the heading', () => {
    expect(pageTitle('Logging in &amp; Networks', 'Other', 'a.md', 'Site')).toEqual({ text: 'Logging in & Networks' })
  })

  it('takes a navigation label as plain text', () => {
    expect(pageTitle(undefined, undefined, 'a.md', 'Site', 'R&amp;D <em>x</em>')).toEqual({ text: 'R&amp;D <em>x</em>' })
  })

  it("falls back to the file's name for a title that is all markup, never injecting it", () => {
    expect(pageTitle('<img src=x onerror=alert(1)>', undefined, 'team/on-call.md', 'Site')).toEqual({ text: 'On call' })
  })
})

describe('titleHeadingSource', () => {
  it('is the markup of a heading that has some, else its text escaped', () => {
    expect(titleHeadingSource({ titleHeading: 'a < b' })).toBe('a &lt; b')
    expect(pageTitle(undefined, titleHeadingSource({ titleHeading: 'a < b' }), 'a.md', 'Site')).toEqual({ text: 'a < b' })
    expect(titleHeadingSource({ titleHeading: 'Run npm', titleHeadingMarkup: 'Run <code>npm</code>' })).toBe('Run <code>npm</code>')
    expect(titleHeadingSource({})).toBeUndefined()
  })
})
