/**
 * Attribute lists and kramdown's other syntax in a Jekyll handbook's pages,
 * as Jekyll sites (the just-the-docs theme's pages among them) write them,
 * and attr_list's lists in an MkDocs handbook's, as Material's pages write
 * them: rendered as the old tool would, or dropped where they asked for a
 * theme's style, which is reported; never shown as text. Pages of other
 * tools keep them as CommonMark reads them.
 */
import { describe, expect, it } from 'vitest'
import type { RenderedPage } from '../../../src/content/markdown/render'
import { prepareAttributeLists } from '../../../src/content/markdown/attribute-lists'
import type { SourceTool } from '../../../src/content/source/tool'
import { renderToolPage } from '../../support/tool-page'

const render = (body: string, sourceTool: SourceTool = 'jekyll'): RenderedPage => renderToolPage(body, { sourceTool })

const warnings = (page: RenderedPage) => (page.problems ?? []).map((problem) => `${problem.line}: ${problem.severity}: ${problem.message}`)

// A page as the just-the-docs theme's documentation writes one.
const PAGE = [
  '# Navigation Structure',
  '{: .no_toc }',
  '',
  '## Table of contents',
  '{: .no_toc .text-delta }',
  '',
  '1. TOC',
  '{:toc}',
  '',
  '---',
  '',
  '## Main navigation',
  '{: #main-nav }',
  '',
  'The main navigation for your site is on the left.',
  '',
  '[Get started now](#main-nav){: .btn .btn-primary .fs-5 } [View it on GitHub](https://github.com/x){: .btn }',
  '',
  '{::comment}',
  'Not for readers: a note left by an editor.',
  '{:/comment}',
  '',
  'Text with `{: .kept }` in code{::comment} and a comment{:/}.',
  '',
  '```yaml',
  '{: .kept-in-a-fence }',
  '```',
  '',
].join('\n')

describe('attribute lists and kramdown syntax', () => {
  it('keeps every line where it was', () => {
    const prepared = prepareAttributeLists(PAGE, () => false, 'kramdown')
    expect(prepared.text.split('\n')).toHaveLength(PAGE.split('\n').length)
  })

  it('drops the attribute lists, the table of contents marker and the comments, keeping a heading id and the text', () => {
    const page = render(PAGE)
    // Outside code: the fence keeps its text.
    expect(page.html.replace(/<pre[\s\S]*?<\/pre>/g, '').replace(/<code>[^<]*<\/code>/g, '')).not.toMatch(/\{:|TOC|Not for readers|a comment/)
    // The `.no_toc` heading over the dropped list would head nothing: it goes with it.
    expect(page.headings.map((heading) => [heading.depth, heading.id, heading.text])).toEqual([[2, 'main-nav', 'Main navigation']])
    // Just the Docs' buttons: our button, the primary one filled.
    expect(page.html).toContain('<a href="#main-nav" class="button-link button-link-primary">Get started now</a> <a href="https://github.com/x" class="button-link">View it on GitHub</a>')
    expect(page.html).toContain('<p>Text with <code>{: .kept }</code> in code.</p>')
    expect(page.html).toMatch(/<pre class="language-yaml"[^>]*><code[^>]*><span class="token punctuation">\{<\/span><span class="token punctuation">:<\/span> \.kept/)
  })

  it("reports each attribute list whose classes asked for the old theme's style, at its line, and not no_toc", () => {
    expect(warnings(render(PAGE))).toEqual([
      "17: warning: the attribute list {: .btn .btn-primary .fs-5 } makes the link a button, but the class .fs-5 of the old site's theme has no style here. Keep only the button's class",
    ])
  })

  it("keeps the page's title when the table of contents list follows it directly", () => {
    const page = render(['# Navigation Structure', '{: .no_toc }', '', '1. TOC', '{:toc}', '', 'Text.', ''].join('\n'))
    expect(page.titleHeading).toBe('Navigation Structure')
    expect(page.html).toBe('<span id="navigation-structure"></span><p>Text.</p>')
  })

  it('gives a heading the id of an attribute list before it, and a setext heading the one after it', () => {
    const page = render(['Intro.', '', '{: #first}', '## First', '', 'Second', '------', '{: #second-id}', ''].join('\n'))
    expect(page.headings.map((heading) => heading.id)).toEqual(['first', 'second-id'])
  })

  it('shows nomarkdown content as written, and drops an options line and a definition', () => {
    const page = render(['{::options parse_block_html="true" /}', '{:ref: .warning}', '', '{::nomarkdown}<span>as written</span>{:/nomarkdown}', ''].join('\n'))
    expect(page.html).toBe('<p><span>as written</span></p>')
  })

  it("reads an MkDocs page's attr_list lists, with or without the colon, and leaves a sentence's braces and its code alone", () => {
    const page = render(
      [
        '# Material',
        '',
        '[Subscribe to our newsletter](#install){ .md-button .md-button--primary } and ![Logo](logo.png){ width="300" }',
        '',
        'A paragraph with its own list.',
        '{: .lead }',
        '',
        '## Install',
        '',
        'Write `{ .not-a-list }` in code, and { braces } in a sentence.',
        '',
      ].join('\n'),
      'mkdocs',
    )
    expect(page.html).toContain('<p><a href="#install" class="button-link button-link-primary">Subscribe to our newsletter</a> and <img src="logo.png" alt="Logo" loading="lazy" decoding="async"></p>')
    expect(page.html).toContain('<p>A paragraph with its own list.</p>')
    expect(page.html).toContain('<p>Write <code>{ .not-a-list }</code> in code, and { braces } in a sentence.</p>')
    // The image's width and the paragraph's .lead have no style here; the button needs no word.
    expect(warnings(page).map((line) => line.split(': the ')[0])).toEqual(['6: warning'])
  })

  it("keeps the size and alignment of an attribute list after one of Material's icons for the icon, reports its other classes, and leaves braces after other words", () => {
    const text = ['-   :material-clock-fast:{ .lg .middle } __Set up__', '', 'A :octicons-heart-fill-24:{: .heart .xl } and a word:{ .lg } here.', '', '`:material-x:{ .lg }`'].join('\n')
    const prepared = prepareAttributeLists(text, (offset) => offset >= text.indexOf('`'), 'attr_list')
    expect(prepared.text.split('\n')).toEqual([
      '-   :material-clock-fast:<!--handbook-icon lg middle--> __Set up__',
      '',
      'A :octicons-heart-fill-24:<!--handbook-icon xl--> and a word:{ .lg } here.',
      '',
      '`:material-x:{ .lg }`',
    ])
    expect(prepared.problems).toEqual([{ line: 3, message: expect.stringMatching(/^the attribute list \{: \.heart \.xl \} is not applied: the class \.heart of the old site's theme has no style here/) }])
  })

  it('leaves it to CommonMark in the pages of other tools', () => {
    expect(render('## Title\n{: #id}\n', 'none').html).toContain('{: #id}')
  })
})
