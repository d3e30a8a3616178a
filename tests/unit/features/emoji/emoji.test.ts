/**
 * Emoji shortcodes drawn as the emoji, as GitHub, GitLab, jemoji and
 * pymdownx.emoji draw them: on the 18F handbook's own lines (`:lock:` after
 * links to internal documents), in .md and .mdx, never in code or a URL,
 * and never a word that is no emoji's name. Material for MkDocs' icons drawn
 * from its sets, in text and in the fixture's grid of cards.
 */
import fs from 'node:fs'
import React from 'react'
import * as jsxRuntime from 'react/jsx-runtime'
import { renderToStaticMarkup } from 'react-dom/server'
import { evaluateSync } from '@mdx-js/mdx'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse as parseHtml } from 'node-html-parser'
import { renderPage, type RenderInput } from '../../../../src/content/markdown/render'
import { markdownExtrasOf } from '../../../../src/content/markdown/dialect'
import { handbookMdxPlugins, type RouteManifest } from '../../../../src/content/markdown/mdx'
import { NO_PEOPLE } from '../../../support/people'
import { readSource } from '../../../../src/content/source/read-source'
import type { MkdocsData } from '../../../../src/content/source/mkdocs'
import { markdownPlugins } from '../../../../src/content/features'
import { MAX_ICONS } from '../../../../src/content/features/emoji/remark-emoji'
import { createLinkIndex } from '../../../../src/content/links/links'
import { markdownCopyOf } from '../../../../src/content/features/markdown-copy/page-copy'

const site = { siteUrl: 'https://handbook.example', pathPrefix: '' }
const render = (body: string, options: Partial<RenderInput> = {}) =>
  renderPage({
    body,
    format: 'md',
    link: { from: { sourcePath: 'collaborate.md', url: '/collaborate' }, index: createLinkIndex([], () => false), site, hrefPrefix: '' },
    iframeHosts: [],
    markdown: markdownPlugins(),
    ...options,
  })

describe('emoji shortcodes', () => {
  it("are drawn as the emoji, as the 18F handbook's pages write them", () => {
    // pages/general-information-and-resources/how-we-collaborate.md:148 and pages/tools/google-drive.md:83
    const page = render('- [Introduction to agile](https://docs.google.com/presentation/d/x/edit#):lock:\n\nTry refreshing your browser a few times. :shrug: :white_check_mark:\n')
    expect(page.html).toContain('<a href="https://docs.google.com/presentation/d/x/edit#">Introduction to agile</a>🔒')
    expect(page.html).toContain('a few times. 🤷 ✅')
  })

  it('leave code, addresses, times and names that are no emoji as written', () => {
    const page = render('Run `:smile:` and see https://example.com/:smile:/x at 10:30:00, in :custom-team: or :check:.\n\n```\n:tada:\n```\n')
    expect(page.html).toContain('<code>:smile:</code>')
    expect(page.html).toContain('<a href="https://example.com/:smile:/x">https://example.com/:smile:/x</a>')
    expect(page.html).toContain('at 10:30:00, in :custom-team: or :check:.')
    expect(page.html).toContain(':tada:\n</code>')
  })

  it("draw Material for MkDocs' icons from its sets, the size of the text and hidden from screen readers", () => {
    const page = render('# Tools\n\nDone :material-check: and :smile:\n\n[:octicons-arrow-right-24: Getting started](#tools) `:material-x:` :fontawesome-brands-github:\n')
    const root = parseHtml(page.html)
    const icons = root.querySelectorAll('span.content-icon > svg')
    expect(icons.map((svg) => svg.getAttribute('viewBox'))).toEqual(['0 0 24 24', '0 0 24 24', '0 0 496 512'])
    for (const svg of icons) {
      expect(svg.getAttribute('aria-hidden')).toBe('true')
      expect(svg.querySelector('path')?.getAttribute('d')).toMatch(/^M/)
      // No id of the set's (an icon drawn twice would repeat it), no licence comment.
      expect(svg.toString()).not.toMatch(/ id=|<!--/)
    }
    expect(root.querySelector('p')?.text).toBe('Done  and 😄')
    expect(root.querySelector('a')?.toString()).toMatch(/^<a href="#tools"><span class="content-icon"><svg[^>]*>.*<\/svg><\/span> Getting started<\/a>$/)
    expect(page.html).toContain('<code>:material-x:</code>')
    expect(page.problems ?? []).toEqual([])
  })

  it('draw icons in .mdx pages too, as the compiled page renders them', () => {
    const file = '/content/values.mdx'
    const manifest: RouteManifest = { site, hrefPrefix: '', routes: [{ sourcePath: 'values.mdx', url: '/values' }], files: [], people: NO_PEOPLE, mdx: { [file]: { sourcePath: 'values.mdx', url: '/values' } } }
    const plugins = handbookMdxPlugins(() => manifest, undefined, markdownPlugins())
    const Content = evaluateSync({ value: 'Done :material-check: and :tada:', path: file }, { ...jsxRuntime, ...plugins, development: false } as Parameters<typeof evaluateSync>[1]).default
    const html = renderToStaticMarkup(React.createElement(Content))
    expect(html).toMatch(
      /^<p>Done <span class="content-icon"><svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M21,7L9,19[^"]*"><\/path><\/svg><\/span> and 🎉<\/p>$/,
    )
  })

  it('leave an icon that cannot be drawn as written, with a warning at its line that says why', () => {
    const page = render('# Tools\n\nSee :simple-python:, :material-no-such-icon-here: and :fontawesome-github:.\n')
    expect(page.html).toContain('See :simple-python:, :material-no-such-icon-here: and :fontawesome-github:.')
    expect((page.problems ?? []).map((problem) => [problem.code, problem.severity, problem.line, problem.message])).toEqual([
      ['icon-shortcode', 'warning', 3, expect.stringMatching(/^:simple-python: is an icon of Simple Icons, a set not shipped here.*Write an emoji instead/)],
      ['icon-shortcode', 'warning', 3, expect.stringMatching(/^:material-no-such-icon-here: is no icon of Material Design Icons 7\.\d+\.\d+/)],
      ['icon-shortcode', 'warning', 3, expect.stringMatching(/^:fontawesome-github: is no Font Awesome icon: they are named for their style, fontawesome-brands-…/)],
    ])
  })

  it("draw the MkDocs fixture's grid of cards: the grid's classes kept, each card's icon with its size", () => {
    const fixture = path.join(__dirname, '..', '..', '..', 'fixtures', 'mkdocs')
    const extras = markdownExtrasOf('mkdocs', (readSource(path.join(fixture, 'docs')).data.mkdocs as MkdocsData).markdownExtensions)
    const page = render(fs.readFileSync(path.join(fixture, 'docs', 'reference', 'grids.md'), 'utf8'), { sourceTool: 'mkdocs', ...(extras ? { markdownExtras: extras } : {}) })
    const grid = parseHtml(page.html).querySelector('div.grid.cards')
    expect(grid?.querySelectorAll(':scope > ul > li')).toHaveLength(3)
    expect(grid?.querySelectorAll('li > p:first-child > span.content-icon.icon-lg.icon-middle > svg')).toHaveLength(3)
    expect(grid?.querySelectorAll('li > p > a > span.content-icon:not(.icon-lg) > svg')).toHaveLength(3)
    expect(grid?.querySelectorAll('li > hr')).toHaveLength(3)
    expect(page.html).not.toMatch(/\{ \.lg|:material-|:octicons-|:fontawesome-|handbook-icon/)
    expect(page.problems ?? []).toEqual([])
  })

  it('draw at most MAX_ICONS icons on a page, and say where the rest begin, once', () => {
    const lines = Array.from({ length: MAX_ICONS + 20 }, (_, i) => `Line ${i} :material-check: :tada:`)
    const page = render(`# Many\n\n${lines.join('\n\n')}\n`)
    expect(parseHtml(page.html).querySelectorAll('span.content-icon')).toHaveLength(MAX_ICONS)
    expect(page.html.split(':material-check:')).toHaveLength(21)
    expect(page.html.split('🎉')).toHaveLength(MAX_ICONS + 21)
    expect((page.problems ?? []).map((problem) => [problem.code, problem.line])).toEqual([['icon-limit', 3 + 2 * MAX_ICONS]])
  })

  it("report an icon's classes that have no style here, and keep its size", () => {
    const page = render('# Tools\n\nA :octicons-heart-fill-24:{ .heart .lg } heart.\n', { sourceTool: 'mkdocs' })
    expect(parseHtml(page.html).querySelector('span.content-icon')?.getAttribute('class')).toBe('content-icon icon-lg')
    expect((page.problems ?? []).map((problem) => [problem.line, problem.message])).toEqual([
      [3, expect.stringMatching(/^the attribute list \{ \.heart \.lg \} is not applied: the class \.heart of the old site's theme has no style here/)],
    ])
  })

  it('are the emoji in the Markdown copy too (.mdx pages: tests/build/math.test.ts)', () => {
    const page = render('# Launch\n\nWe shipped :tada:\n')
    expect(markdownCopyOf('Launch', page.html, '/launch', site)).toContain('We shipped 🎉')
  })
})
