/**
 * The Markdown the old tool read beyond CommonMark and GFM (dialect.ts):
 * definition lists, Markdown inside HTML blocks and abbreviations, in the
 * pages of the tools that read them (kramdown's Jekyll, Hugo's Goldmark,
 * MkDocs with the extensions its mkdocs.yml lists), rendered as those tools
 * render them; in every other tool's pages, text as before.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse as parseHtml } from 'node-html-parser'
import type { RenderedPage } from '../../../src/content/markdown/render'
import { markdownExtrasOf, type MarkdownExtras } from '../../../src/content/markdown/dialect'
import { MAX_ABBREVIATIONS } from '../../../src/content/markdown/abbreviations'
import { readSource } from '../../../src/content/source/read-source'
import type { MkdocsData } from '../../../src/content/source/mkdocs'
import type { SourceTool } from '../../../src/content/source/tool'
import { renderToolPage } from '../../support/tool-page'

const render = (body: string, sourceTool: SourceTool, markdownExtras = markdownExtrasOf(sourceTool)): RenderedPage => renderToolPage(body, { sourceTool, ...(markdownExtras ? { markdownExtras } : {}) })

const dom = (page: RenderedPage) => parseHtml(page.html, { blockTextElements: { script: true, style: true } })

const DEFINITIONS = [
  'Apple',
  ':   Pomaceous fruit of plants of the genus Malus.',
  ':   A *second* definition.',
  '',
  'Term one',
  'Term two',
  '',
  ':   After a blank line.',
  '',
  '    Its second paragraph.',
  '',
].join('\n')

describe('which tools read which extras', () => {
  it('Hugo: definition lists (on in Goldmark by default); Jekyll: all three (kramdown); MkDocs: what markdown_extensions lists; the others none', () => {
    expect(markdownExtrasOf('hugo')).toEqual({ definitionLists: true })
    expect(markdownExtrasOf('jekyll')).toEqual({ definitionLists: true, markdownInHtml: true, abbreviations: true })
    expect(markdownExtrasOf('jekyll', [], { markdown: 'kramdown' })).toEqual({ definitionLists: true, markdownInHtml: true, abbreviations: true })
    expect(markdownExtrasOf('jekyll', [], { kramdown: { parse_block_html: true } })).toEqual({ definitionLists: true, markdownInHtml: true, everyHtmlBlock: true, abbreviations: true })
    // A Jekyll site converting with CommonMark (_config.yml: markdown: CommonMarkGhPages) read none of them.
    expect(markdownExtrasOf('jekyll', [], { markdown: 'CommonMarkGhPages' })).toBeUndefined()
    expect(markdownExtrasOf('mkdocs', ['admonition', 'def_list'])).toEqual({ definitionLists: true })
    expect(markdownExtrasOf('mkdocs', ['markdown.extensions.abbr', 'md_in_html'])).toEqual({ markdownInHtml: true, abbreviations: true })
    expect(markdownExtrasOf('mkdocs', ['extra'])).toEqual({ definitionLists: true, markdownInHtml: true, abbreviations: true })
    expect(markdownExtrasOf('mkdocs', ['admonition'])).toBeUndefined()
    expect(markdownExtrasOf('mkdocs', ['pymdownx.mark', 'pymdownx.caret', 'pymdownx.tilde', 'pymdownx.keys'])).toEqual({ mark: true, caret: true, tilde: true, keys: true })
    for (const tool of ['eleventy', 'gitbook', 'docusaurus', 'none'] as const) expect(markdownExtrasOf(tool)).toBeUndefined()
  })
})

describe('definition lists', () => {
  it('are dl, dt and dd, several terms and definitions, loose ones with their paragraphs', () => {
    const root = dom(render(DEFINITIONS, 'hugo'))
    const list = root.querySelector('dl')!
    expect(list.querySelectorAll('dt').map((term) => term.text)).toEqual(['Apple', 'Term one', 'Term two'])
    const definitions = list.querySelectorAll('dd')
    expect(definitions.map((definition) => definition.text.trim().replace(/\s+/g, ' '))).toEqual([
      'Pomaceous fruit of plants of the genus Malus.',
      'A second definition.',
      'After a blank line. Its second paragraph.',
    ])
    expect(definitions[1]!.querySelector('em')?.text).toBe('second')
    expect(definitions[2]!.querySelectorAll('p')).toHaveLength(2)
    expect(root.querySelector('pre')).toBeNull()
  })

  it('stay text in the pages of a tool that never read them', () => {
    const root = dom(render(DEFINITIONS, 'eleventy'))
    expect(root.querySelector('dl')).toBeNull()
    expect(root.text).toContain(':   Pomaceous fruit')
  })
})

describe('Markdown inside HTML blocks', () => {
  const PAGE = [
    '<div class="note" markdown="1">',
    '*Markdown* is **active** here.',
    '- one',
    '</div>',
    '',
    '<p markdown="1">A paragraph with *emphasis*.</p>',
    '',
    '<div markdown="0">',
    '*raw*',
    '</div>',
    '',
    '<section markdown="block">',
    'Outer **text**',
    '<div markdown>',
    'Nested *md*',
    '</div>',
    '</section>',
    '',
    '<div markdown="1">',
    '<script>alert(1)</script>',
    '[a link](../nowhere.md)',
    '</div>',
  ].join('\n')

  it('reads the content as Markdown, drops the attribute, leaves markdown="0" raw', () => {
    const page = render(PAGE, 'jekyll')
    const root = dom(page)
    const note = root.querySelector('div')!
    expect(note.querySelector('p em')?.text).toBe('Markdown')
    expect(note.querySelector('p strong')?.text).toBe('active')
    expect(note.getAttribute('markdown')).toBeUndefined()
    // A p reads its content as a paragraph's text: no p inside it.
    const paragraph = root.querySelectorAll('p').find((p) => p.text.includes('A paragraph with'))!
    expect(paragraph.querySelector('em')?.text).toBe('emphasis')
    expect(paragraph.querySelector('p')).toBeNull()
    expect(paragraph.text).toBe('A paragraph with emphasis.')
    expect(root.text).toContain('*raw*')
    expect(root.querySelector('section strong')?.text).toBe('text')
    expect(root.querySelector('section div em')?.text).toBe('md')
    expect(page.html).not.toContain('markdown=')
  })

  it('is sanitized as every page is, and its links are checked at their own lines', () => {
    const page = render(PAGE, 'jekyll')
    expect(page.html).not.toContain('<script')
    expect(page.links.find((link) => link.href.includes('nowhere'))?.line).toBe(21)
  })

  it('reads the attribute itself, not the word in another one', () => {
    const root = dom(render('<div title="use markdown here" markdown id="kept">\n**md**\n</div>\n\n<div title="markdown">\n**raw**\n</div>\n', 'jekyll'))
    expect(root.querySelector('div#kept strong')?.text).toBe('md')
    expect(root.querySelector('div#kept')?.getAttribute('title')).toBe('use markdown here')
    expect(root.text).toContain('**raw**')
  })

  it("reads every HTML block so with kramdown's parse_block_html, for the site or from a page's options line; never raw text", () => {
    const page = ['<div class="note">', '**md** here', '</div>', '', '<div markdown="0">', '**raw**', '</div>', '', '<pre>', '**as written**', '</pre>'].join('\n')
    const everyBlock = dom(render(page, 'jekyll', markdownExtrasOf('jekyll', [], { kramdown: { parse_block_html: true } })))
    expect(everyBlock.querySelector('div strong')?.text).toBe('md')
    expect(everyBlock.text).toContain('**raw**')
    expect(everyBlock.querySelector('pre')?.text).toContain('**as written**')
    const fromOptions = dom(render(`{::options parse_block_html="true" /}\n\n${page}`, 'jekyll'))
    expect(fromOptions.querySelector('div strong')?.text).toBe('md')
    // Without either: raw, as kramdown left it; an options line in code is code.
    expect(dom(render(page, 'jekyll')).querySelector('div strong')).toBeNull()
    expect(dom(render(`\`\`\`\n{::options parse_block_html="true" /}\n\`\`\`\n\n${page}`, 'jekyll')).querySelector('div strong')).toBeNull()
  })

  it('stays raw in the pages of a tool that never read it', () => {
    expect(dom(render(PAGE, 'eleventy')).text).toContain('*Markdown* is **active** here.')
  })
})

describe('abbreviations', () => {
  const PAGE = [
    'The HTML spec, by the W3C. HTML5 is not HTML. `HTML` in code.',
    '',
    '*[HTML]: Hyper Text Markup Language',
    '*[W3C]: World Wide Web "Consortium" <script>',
    '',
    '```',
    '*[HTML]: in code stays',
    '```',
    '',
    '[broken](missing.md)',
  ].join('\n')

  it('marks each whole word with its expansion, hides the definitions, never in code', () => {
    const page = render(PAGE, 'jekyll')
    const root = dom(page)
    expect(root.querySelectorAll('abbr').map((abbr) => [abbr.text, abbr.getAttribute('title')])).toEqual([
      ['HTML', 'Hyper Text Markup Language'],
      ['W3C', 'World Wide Web "Consortium" <script>'],
      ['HTML', 'Hyper Text Markup Language'],
    ])
    expect(root.querySelector('code')?.text).toBe('HTML')
    expect(root.querySelector('pre code')?.text).toContain('*[HTML]: in code stays')
    expect(root.text).not.toContain('Hyper Text Markup Language')
    expect(root.querySelector('script')).toBeNull()
    // The lines after the definitions stay where they were.
    expect(page.links.find((link) => link.href.includes('missing'))?.line).toBe(10)
  })

  it('are marked up to the limit of a page, and the ones over it reported at their line', () => {
    const definitions = Array.from({ length: MAX_ABBREVIATIONS + 2 }, (_, at) => `*[A${at}Z]: expansion ${at}`)
    const page = render(['A0Z and A501Z.', '', ...definitions].join('\n'), 'jekyll')
    expect(
      dom(page)
        .querySelectorAll('abbr')
        .map((abbr) => abbr.text),
    ).toEqual(['A0Z'])
    expect(dom(page).text).not.toContain('expansion')
    expect((page.problems ?? []).map((problem) => [problem.code, problem.line])).toEqual([['abbreviation-limit', 3 + MAX_ABBREVIATIONS]])
  })

  it('stay text in the pages of a tool that never read them', () => {
    const root = dom(render(PAGE, 'hugo'))
    expect(root.querySelector('abbr')).toBeNull()
    expect(root.text).toContain('*[HTML]: Hyper Text Markup Language')
  })
})

describe('an MkDocs page, with the extensions its mkdocs.yml lists', () => {
  it('renders the fixture page: its definition list, Markdown in a div and abbreviations', () => {
    const fixture = path.join(__dirname, '..', '..', 'fixtures', 'mkdocs')
    const source = readSource(path.join(fixture, 'docs'))
    const extras: MarkdownExtras | undefined = markdownExtrasOf('mkdocs', (source.data.mkdocs as MkdocsData).markdownExtensions)
    expect(extras).toEqual({ definitionLists: true, markdownInHtml: true, abbreviations: true })
    const root = dom(render(fs.readFileSync(path.join(fixture, 'docs', 'user-guide', 'writing-your-docs.md'), 'utf8'), 'mkdocs', extras))
    expect(root.querySelectorAll('dt').map((term) => term.text)).toEqual(['Apple', 'Orange'])
    expect(root.querySelectorAll('dd')[1]!.querySelectorAll('p')).toHaveLength(2)
    expect(root.querySelector('div em')?.text).toBe('true')
    // In the heading "Markdown in HTML" too, whose id stays the one its text gives.
    expect(root.querySelectorAll('abbr').map((abbr) => abbr.getAttribute('title'))).toEqual(['Hyper Text Markup Language', 'Hyper Text Markup Language', 'World Wide Web Consortium'])
    expect(root.querySelector('h2#markdown-in-html abbr')?.text).toBe('HTML')
  })

  it("drops the [TOC] marker of Python-Markdown's toc extension (MkDocs always runs it): every page has its own table of contents", () => {
    const page = render(['# Welcome', '', '[TOC]', '', 'Text with `[TOC]` and [TOC] in it.', '', '    [TOC]'].join('\n'), 'mkdocs')
    const root = dom(page)
    expect(root.querySelectorAll('p').map((p) => p.text)).toEqual(['Text with [TOC] and [TOC] in it.'])
    expect(root.querySelector('pre code')?.text).toBe('[TOC]\n')
    expect(dom(render('[TOC]', 'hugo')).text).toContain('[TOC]')
  })
})

describe("PyMdown Extensions' inline marks, in an MkDocs page whose mkdocs.yml turns them on", () => {
  const TEXT = 'Text with ==marked== and ^^inserted^^ and ~~deleted~~ and H~2~O and x^2^ and ++ctrl+alt+del++ and ~not sub~.\n\n`==code==` and 2 == 3 == 4 and a ^ b ^ c.'
  const ALL = markdownExtrasOf('mkdocs', ['pymdownx.mark', 'pymdownx.caret', 'pymdownx.tilde', 'pymdownx.keys'])

  it("are mark, ins, sup, sub and kbd; GFM's ~~strikethrough~~ stays; a one-tilde span with a blank is text", () => {
    const page = render(TEXT, 'mkdocs', ALL)
    expect(page.html).toContain(
      '<p>Text with <mark>marked</mark> and <ins>inserted</ins> and <del>deleted</del> and H<sub>2</sub>O and x<sup>2</sup> and <span><kbd>Ctrl</kbd>+<kbd>Alt</kbd>+<kbd>Del</kbd></span> and ~not sub~.</p>',
    )
    expect(page.html).toContain('<p><code>==code==</code> and 2 == 3 == 4 and a ^ b ^ c.</p>')
  })

  it('are read as GFM reads them without the extensions', () => {
    const page = render(TEXT, 'mkdocs')
    expect(page.html).toContain('Text with ==marked== and ^^inserted^^ and <del>deleted</del> and H<del>2</del>O and x^2^ and ++ctrl+alt+del++')
  })
})
