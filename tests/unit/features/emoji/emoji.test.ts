/**
 * Emoji shortcodes drawn as the emoji, as GitHub, GitLab, jemoji and
 * pymdownx.emoji draw them: on the 18F handbook's own lines (`:lock:` after
 * links to internal documents), in .md and .mdx, never in code or a URL,
 * and never a word that is no emoji's name.
 */
import { describe, expect, it } from 'vitest'
import { renderPage } from '../../../../src/content/markdown/render'
import { markdownPlugins } from '../../../../src/content/features'
import { createLinkIndex } from '../../../../src/content/links/links'
import { markdownCopyOf } from '../../../../src/content/features/markdown-copy/page-copy'

const site = { siteUrl: 'https://handbook.example', pathPrefix: '' }
const render = (body: string) =>
  renderPage({
    body,
    format: 'md',
    link: { from: { sourcePath: 'collaborate.md', url: '/collaborate' }, index: createLinkIndex([], () => false), site, hrefPrefix: '' },
    iframeHosts: [],
    markdown: markdownPlugins(),
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

  it("leave Material for MkDocs' icons as written, with a warning at their line, since they are not drawn", () => {
    const page = render('# Tools\n\nDone :material-check: and :smile:\n\n[:octicons-arrow-right-24: Getting started](#tools) `:material-x:`\n')
    expect(page.html).toContain('Done :material-check: and 😄')
    expect(page.html).toContain(':octicons-arrow-right-24: Getting started')
    expect((page.problems ?? []).map((problem) => [problem.code, problem.severity, problem.line, problem.message.split(' is ')[0]])).toEqual([
      ['icon-shortcode', 'warning', 3, ':material-check:'],
      ['icon-shortcode', 'warning', 5, ':octicons-arrow-right-24:'],
    ])
    expect(page.problems![0]!.message).toMatch(/Write an emoji instead/)
  })

  it('are the emoji in the Markdown copy too (.mdx pages: tests/build/math.test.ts)', () => {
    const page = render('# Launch\n\nWe shipped :tada:\n')
    expect(markdownCopyOf('Launch', page.html, '/launch', site)).toContain('We shipped 🎉')
  })
})
