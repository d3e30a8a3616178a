import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadHandbook } from '../../../../src/content'
import { resolveSettings } from '../../../../src/content/settings'
import { bodyOfHtml, pageMarkdown, absoluteHref } from '../../../../src/content/features/markdown-copy/to-markdown'
import { bodyOfDocument } from '../../../../src/content/publish/built-page'
import { llmsFullTxt, llmsTxt, markdownCopyPath, type CopiedPage } from '../../../../src/content/features/markdown-copy/llms'
import { buildMarkdownFiles } from '../../../../src/content/features/markdown-copy/build'
import type { Sidebar } from '../../../../src/shared/sidebar/types'

const SITE = 'https://handbook.acme.test'
const copy = (title: string, html: string, url = '/docs/guide/page') => pageMarkdown({ title, body: bodyOfHtml(html), pageUrl: `${SITE}${url}`, siteUrl: SITE })

describe('a page as Markdown', () => {
  it('gives a drawn diagram back as its ```mermaid block, without the SVG or its "Diagram source" label', () => {
    const html =
      '<p>Flow:</p><figure class="diagram" data-diagram="flowchart"><svg id="mermaid-diagram-1" role="img" aria-label="Diagram"><text>Apply</text></svg><details class="diagram-source"><summary>Diagram source</summary><pre class="language-mermaid"><code class="language-mermaid">flowchart LR\n  A[Apply] --> B\n</code></pre></details></figure>'
    expect(copy('Hiring', html)).toBe('# Hiring\n\nFlow:\n\n```mermaid\nflowchart LR\n  A[Apply] --> B\n```\n')
  })

  it('has its title once, as the H1', () => {
    expect(copy('Time off', '<h1>Time off</h1><p>Rest.</p>')).toBe('# Time off\n\nRest.\n')
    expect(copy('Time off', '<p>Rest.</p>')).toBe('# Time off\n\nRest.\n')
    expect(copy('Empty', '')).toBe('# Empty\n')
  })

  it('makes links and images absolute URLs of the site', () => {
    const md = copy(
      'Links',
      '<p><a href="/docs/people/time-off#holidays">holidays</a>, <a href="#top">up</a>, <a href="https://example.com">out</a>, <a href="mailto:a@b.test">mail</a> <img src="/docs/guide/chart.svg" alt="Chart"></p>',
    )
    expect(md).toBe(
      `# Links\n\n[holidays](${SITE}/docs/people/time-off#holidays), [up](${SITE}/docs/guide/page#top), [out](https://example.com), [mail](mailto:a@b.test) ![Chart](${SITE}/docs/guide/chart.svg)\n`,
    )
    expect(absoluteHref('sibling', `${SITE}/docs/guide/page`, SITE)).toBe(`${SITE}/docs/guide/page/sibling`)
  })

  it('drops heading anchors and footnote back links', () => {
    const html =
      '<div class="heading-wrapper level-h2"><h2 id="a">A</h2><a class="heading-anchor" href="#a"><span aria-hidden="true">#</span><span class="sr-only">Link to section: A</span></a></div><p>Text<sup><a href="#fn-1" id="fnref-1">1</a></sup></p><section class="footnotes"><ol><li id="fn-1"><p>Note. <a href="#fnref-1" data-footnote-backref="">↩</a></p></li></ol></section>'
    expect(copy('T', html)).toBe(`# T\n\n## A\n\nText[1](${SITE}/docs/guide/page#fn-1)\n\n1. Note.\n`)
  })

  it('writes callouts as quotations with a bold title, tabs as bold labels, embeds as links', () => {
    const html =
      '<div class="callout callout-warning"><p class="callout-title">Warning</p><p>Careful.</p></div>' +
      '<div class="tabs"><section class="tab-panel"><p class="tab-label">macOS</p><p>Use Terminal.</p></section><section class="tab-panel"><p class="tab-label">Windows</p><p>Use PowerShell.</p></section></div>' +
      '<iframe src="https://www.youtube-nocookie.com/embed/x" title="Demo"></iframe>'
    expect(copy('T', html)).toBe('# T\n\n> **Warning**\n>\n> Careful.\n\n**macOS**\n\nUse Terminal.\n\n**Windows**\n\nUse PowerShell.\n\n[Demo](https://www.youtube-nocookie.com/embed/x)\n')
  })

  it('keeps task lists, tables and code blocks as GitHub Markdown', () => {
    const html =
      '<ul class="contains-task-list"><li class="task-list-item"><input type="checkbox" checked disabled> Done</li><li class="task-list-item"><input type="checkbox" disabled> Open</li></ul>' +
      '<table><thead><tr><th>A</th><th>Long header</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>' +
      '<pre class="language-ts"><code class="language-ts"><span class="token keyword">const</span> a = 1\n</code></pre>'
    expect(copy('T', html)).toBe('# T\n\n- [x] Done\n- [ ] Open\n\n| A | Long header |\n| - | - |\n| 1 | 2 |\n\n```ts\nconst a = 1\n```\n')
  })

  it('leaves hidden controls and unsafe leftovers out', () => {
    expect(copy('T', '<div hidden><label>Filter</label><input type="search"></div><p>Kept</p><script>alert(1)</script>')).toBe('# T\n\nKept\n')
  })

  it('reads an .mdx page from the document Gatsby wrote: the article body only', () => {
    const document = '<html><body><nav><a href="/x">Nav</a></nav><article class="article"><header><h1>Title</h1></header><div class="markdown"><p>Body</p></div><footer>Edit</footer></article></body></html>'
    expect(pageMarkdown({ title: 'Title', body: bodyOfDocument(document)!, pageUrl: `${SITE}/p`, siteUrl: SITE })).toBe('# Title\n\nBody\n')
    expect(bodyOfDocument('<p>no article</p>')).toBeUndefined()
  })
})

const sidebars: Sidebar[] = [
  {
    name: 'Handbook',
    items: [
      { type: 'page', label: 'Start', url: '/handbook' },
      {
        type: 'group',
        label: 'People',
        url: '/handbook/people',
        collapsed: false,
        items: [
          { type: 'page', label: 'Time off', url: '/handbook/people/time-off' },
          { type: 'link', label: 'Status', url: 'https://status.test', external: true },
        ],
      },
    ],
  },
]
const page = (url: string, title: string, description: string, listed = true): CopiedPage => ({ url, title, description, markdown: `# ${title}\n\nText of ${title}.\n`, listed })
const pages = [
  page('/', 'Home', ''),
  page('/handbook/people/time-off', 'Time [off]', 'Rest.\nReally.'),
  page('/handbook', 'Start', 'Where to start.'),
  page('/handbook/people', 'People', 'Working here.'),
  page('/hidden', 'Hidden', 'Not listed.', false),
]

describe('llms.txt and llms-full.txt', () => {
  it('publish copies at the page URL with .md, the root page as /index.md', () => {
    expect(markdownCopyPath('/')).toBe('/index.md')
    expect(markdownCopyPath('/handbook/people/time-off')).toBe('/handbook/people/time-off.md')
  })

  it('llms.txt lists the sections in sidebar order, with absolute .md links; search: false pages left out', () => {
    expect(llmsTxt({ title: 'Acme Handbook', description: 'How we work.', siteUrl: SITE, pathPrefix: '/docs' }, sidebars, pages)).toBe(`# Acme Handbook

> How we work.

## Handbook

- [Start](${SITE}/docs/handbook.md): Where to start.

## People

- [People](${SITE}/docs/handbook/people.md): Working here.
- [Time \\[off\\]](${SITE}/docs/handbook/people/time-off.md): Rest. Really.

## Other pages

- [Home](${SITE}/docs/index.md)
`)
  })

  it('llms-full.txt has every listed page in reading order', () => {
    expect(llmsFullTxt(sidebars, pages)).toBe('# Start\n\nText of Start.\n\n# People\n\nText of People.\n\n# Time [off]\n\nText of Time [off].\n\n# Home\n\nText of Home.\n')
  })

  it('a search: false page keeps its copy; drafts get none; .mdx pages are read back', () => {
    const base = { sourcePath: 'x.md', format: 'md', description: '', html: '<p>Hi</p>', frontmatter: {}, draft: false }
    const handbook = {
      pages: [
        { ...base, url: '/a', title: 'A' },
        { ...base, url: '/b', title: 'B', frontmatter: { search: false } },
        { ...base, url: '/c', title: 'C', draft: true },
        { ...base, url: '/d', title: 'D', format: 'mdx', html: '' },
        { ...base, url: '/e', title: 'E', format: 'mdx', html: '' },
      ],
      sidebars: [],
      generated: [],
    } as unknown as Parameters<typeof buildMarkdownFiles>[0]
    const documents: Record<string, string> = { '/d': '<article><div class="markdown"><p>From MDX</p></div></article>' }
    const { files, missing } = buildMarkdownFiles(handbook, { title: 'T', description: '', siteUrl: SITE, pathPrefix: '' }, (url) => documents[url])
    expect(files.map((file) => file.path)).toEqual(['a.md', 'b.md', 'd.md', 'llms.txt', 'llms-full.txt'])
    expect(files.find((file) => file.path === 'd.md')?.contents).toBe('# D\n\nFrom MDX\n')
    expect(files.find((file) => file.path === 'llms-full.txt')?.contents).toBe('# A\n\nHi\n\n# D\n\nFrom MDX\n')
    expect(missing).toEqual(['/e'])
  })
})

describe('titles and other text from content', () => {
  const hostile = 'Logging in &amp; Networks <script>x</script>'
  const escaped = 'Logging in \\&amp; Networks \\<script>x\\</script>'

  it('are text in a copy, in llms.txt and in llms-full.txt, never HTML or an entity', () => {
    const handbook = {
      pages: [{ sourcePath: 'x.md', format: 'md', url: '/x', title: hostile, description: 'A *b* <img src=x onerror=y>', html: '<p>Hi</p>', frontmatter: {}, draft: false }],
      sidebars: [{ name: 'Docs <b>', items: [{ type: 'page', url: '/x', label: hostile }] }],
      generated: [],
    } as unknown as Parameters<typeof buildMarkdownFiles>[0]
    const { files } = buildMarkdownFiles(handbook, { title: 'Acme <i>', description: 'We & <u>you</u>', siteUrl: SITE, pathPrefix: '' }, () => undefined)
    const text = (name: string) => files.find((file) => file.path === name)!.contents
    expect(text('x.md')).toBe(`# ${escaped}\n\nHi\n`)
    expect(text('llms-full.txt')).toBe(`# ${escaped}\n\nHi\n`)
    expect(text('llms.txt')).toBe(`# Acme \\<i>\n\n> We & \\<u>you\\</u>\n\n## Docs \\<b>\n\n- [${escaped}](${SITE}/x.md): A \\*b\\* \\<img src=x onerror=y>\n`)
    for (const file of files) expect(file.contents).not.toMatch(/(?<!\\)<(script|img|i|b|u)\b/)
  })

  it('a title is one line, and a leading # stays text', () => {
    expect(copy('# Two\nlines', '<p>x</p>')).toBe('# # Two lines\n\nx\n')
  })
})

describe('copies made while pages are rendered', () => {
  it('are exactly the copies made from the rendered HTML afterwards, titles from the file name included', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-copies-'))
    const files: Record<string, string> = {
      'index.md': '# Welcome\n\nSee [the policy](people/time-off.md).\n',
      'people/time-off.md': '---\ntitle: Time off\n---\n\n## Holidays\n\n| Day | Date |\n| --- | --- |\n| New year | 1 Jan |\n\n> [!NOTE]\n> Ask your manager.\n',
      'people/no-title.md': 'Just text, no heading.\n',
    }
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
      fs.writeFileSync(path.join(dir, file), text)
    }
    const settings = resolveSettings({ title: 'Acme Handbook' }, { HANDBOOK_CONTENT_DIR: dir, HANDBOOK_SITE_URL: SITE }, dir)
    const site = { title: settings.title, description: settings.description, siteUrl: settings.siteUrl, pathPrefix: settings.pathPrefix }
    const withCopies = loadHandbook(settings, { includeDrafts: false, hrefPrefix: '', markdownCopies: true })
    const without = loadHandbook(settings, { includeDrafts: false, hrefPrefix: '', markdownCopies: false })
    expect(withCopies.pages.every((page) => page.markdownCopy !== undefined)).toBe(true)
    expect(without.pages.some((page) => page.markdownCopy !== undefined)).toBe(false)
    const made = buildMarkdownFiles(withCopies, site, () => undefined).files
    expect(made).toEqual(buildMarkdownFiles(without, site, () => undefined).files)
    expect(made.find((file) => file.path === 'people/no-title.md')?.contents).toBe('# No title\n\nJust text, no heading.\n')
    fs.rmSync(dir, { recursive: true, force: true })
  })
})
