import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderPage, type RenderInput } from '../../../../src/content/markdown/render'
import { createLinkIndex } from '../../../../src/content/links/links'
import { defaultSettings, resolveSettings } from '../../../../src/content/settings'
import { loadHandbook } from '../../../../src/content'
import { sectionsFromHtml, sectionsFromMdxSource } from '../../../../src/content/features/search/extract'
import { searchPages } from '../../../../src/content/features/search/build'
import { markdownPlugins } from '../../../../src/content/features'

const from = { sourcePath: 'page.md', url: '/page' }
const index = createLinkIndex([from], () => false)

function render(body: string, format: RenderInput['format'] = 'md', options: Partial<RenderInput> = {}) {
  return renderPage({
    ...options,
    body,
    format,
    link: { from, index, site: { siteUrl: 'https://example.com', pathPrefix: '' }, hrefPrefix: '' },
    iframeHosts: defaultSettings.iframeHosts,
  })
}

describe('text extraction from published HTML', () => {
  it('cuts sections at h2 and h3, with the heading ids of the page', () => {
    const page = render('Intro text.\n\n## First part {#first}\n\nOne.\n\n### Detail\n\nTwo.\n\n#### Deeper\n\nThree.\n\n## First part\n\nAgain.\n')
    const sections = sectionsFromHtml(page.html)
    expect(sections.map((s) => [s.anchor, s.heading, s.depth, s.text])).toEqual([
      ['', '', 0, 'Intro text.'],
      ['first', 'First part', 2, 'One.'],
      ['detail', 'Detail', 3, 'Two. Deeper Three.'],
      ['first-part', 'First part', 2, 'Again.'],
    ])
    // Every section anchor is a heading id of the page.
    const ids = new Set(page.headings.map((h) => h.id))
    for (const section of sections.slice(1)) expect(ids.has(section.anchor)).toBe(true)
  })

  it('keeps a drawn diagram\'s mermaid source as code, never the SVG\'s labels or the "Diagram source" label', () => {
    const page = render('Before.\n\n```mermaid\nflowchart LR\n  A[Apply] --> B[Interview]\n```\n\nAfter.\n', 'md', { markdown: markdownPlugins() })
    expect(page.html).toContain('<svg')
    const [section] = sectionsFromHtml(page.html)
    expect(section!.text).toBe('Before. After.')
    expect(section!.code).toBe('flowchart LR\n  A[Apply] --> B[Interview]')
  })

  it('turns Markdown into plain text: no markup, words kept apart, links by their text', () => {
    const page = render('A **bold** claim, a [link](https://example.com) and `inline code`.\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n')
    expect(sectionsFromHtml(page.html)[0]!.text).toBe('A bold claim, a link and inline code. one two a b 1 2')
  })

  it('keeps code blocks apart (ranked low), and leaves out heading anchors and footnote back-links', () => {
    const page = render('## Deploy\n\nRun this:\n\n```bash\nkubectl rollout undo\n```\n\nA note.[^1]\n\n[^1]: The footnote.\n')
    const [deploy] = sectionsFromHtml(page.html)
    expect(deploy!.anchor).toBe('deploy')
    expect(deploy!.code).toBe('kubectl rollout undo')
    expect(deploy!.text).not.toContain('kubectl')
    expect(deploy!.text).not.toContain('Link to section')
    expect(deploy!.text).not.toContain('↩')
    expect(deploy!.text).toContain('The footnote.')
  })

  it('reads dangerous-looking HTML as the text the page shows', () => {
    const page = render('Write `<img src=x onerror=alert(1)>` or \\<script>alert(1)\\</script>.\n\n<script>alert(2)</script>\n')
    const [top] = sectionsFromHtml(page.html)
    expect(top!.text).toBe('Write <img src=x onerror=alert(1)> or <script>alert(1)</script>.')
  })
})

describe('text extraction from MDX source', () => {
  const source = `---
title: Release calendar
---

import { Chart } from './chart'

export const year = 2025

# Release calendar

Releases follow the calendar. The year is {year}.

<Callout type="warning" title="Production freeze">

No releases in **December**.

</Callout>

## Hotfixes

A hotfix needs two approvals.

\`\`\`js
const x = 1
\`\`\`
`

  it('keeps text inside components and their titles, and leaves out imports, exports and expressions', () => {
    const tree = render(source.replace(/^---[\s\S]*?---\n/, ''), 'mdx')
    const sections = sectionsFromMdxSource(source, 'Release calendar', tree.headings)
    expect(sections.map((s) => [s.anchor, s.heading, s.text, s.code])).toEqual([
      ['', '', 'Releases follow the calendar. The year is. Production freeze No releases in December.', ''],
      ['hotfixes', 'Hotfixes', 'A hotfix needs two approvals.', 'const x = 1'],
    ])
  })
})

describe('searchPages on a fixture handbook', () => {
  const settings = resolveSettings({}, { HANDBOOK_CONTENT_DIR: path.join(__dirname, '..', '..', '..', 'fixtures', 'search') }, process.cwd())
  const handbook = loadHandbook(settings, { includeDrafts: false, hrefPrefix: '' })
  const pages = searchPages(handbook)

  it('leaves out pages with search: false', () => {
    expect(handbook.pages.some((p) => p.url === '/company/secret')).toBe(true)
    expect(pages.some((p) => p.url === '/company/secret')).toBe(false)
  })

  it('gives every page a top section that starts with its description, then its h2/h3 sections', () => {
    const onboarding = pages.find((p) => p.url === '/people/onboarding')!
    expect(onboarding.sections.map((s) => s.anchor)).toEqual(['', 'your-first-week', 'equipment'])
    expect(onboarding.sections[0]!.text).toBe('What happens in your first weeks at Acme. Welcome to Acme. Your buddy helps you settle in.')
  })

  it('uses the ids the published pages have, for .md and .mdx alike', () => {
    for (const page of pages) {
      const ids = new Set(handbook.pages.find((p) => p.url === page.url)!.headings.map((h) => h.id))
      for (const section of page.sections.slice(1)) expect(ids.has(section.anchor), `${page.url}#${section.anchor}`).toBe(true)
    }
    expect(pages.find((p) => p.url === '/engineering/freeze')!.sections.map((s) => s.anchor)).toEqual(['', 'hotfixes'])
    expect(pages.find((p) => p.url === '/offices/tokyo')!.sections.map((s) => s.anchor)).toEqual(['', '入館方法', '利用時間'])
  })

  it('gives each page its breadcrumb from the sidebar', () => {
    expect(pages.find((p) => p.url === '/people/onboarding')!.crumbs).toEqual(['People'])
  })
})
