/**
 * Handbooks moved from Hugo/Docsy, Docusaurus and GitBook (issue 13): each
 * fixture built once, its HTML asserted against the blocks issue 13
 * specifies (classes only: the sanitizer keeps no data-* or
 * role), no raw shortcode, admonition or Liquid syntax left on any page
 * outside code, and the mistakes fixture's exact `file:line:col` messages.
 * Locations in the clean fixtures are computed from the fixture files, so
 * editing a fixture page keeps the test true.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { HTMLElement } from 'node-html-parser'
import { beforeAll, describe, expect, it } from 'vitest'
import { projectRoot } from '../../scripts/lib/site'
import { checkFixture, fixtureSite, type FixtureSite } from '../support/fixture-site'
import { HUGO_SITE } from '../support/fixture-settings'
import { hrefs, mainText, parseHtml } from '../support/html'

const fixtureDir = (name: string) => path.join(projectRoot, 'tests', 'fixtures', name)

/** The company shortcode mapping, as README.txt of the Hugo fixture writes it (one JSON line). */
const SHORTCODES = HUGO_SITE.HANDBOOK_SHORTCODES

/** `file:line:col` (1-based) of the nth occurrence of `needle` in a fixture file. */
function locate(fixture: string, file: string, needle: string, nth = 0): string {
  const lines = fs.readFileSync(path.join(fixtureDir(fixture), file), 'utf8').split('\n')
  let seen = 0
  for (const [index, line] of lines.entries()) {
    let column = line.indexOf(needle)
    while (column >= 0) {
      if (seen++ === nth) return `${file}:${index + 1}:${column + 1}`
      column = line.indexOf(needle, column + 1)
    }
  }
  throw new Error(`${needle} not found in ${fixture}/${file}`)
}

const buildFixture = (name: string, env: Record<string, string> = {}) => fixtureSite(name, { env })

/** The text of a page's body with code, scripts and styles taken out: what must hold no raw syntax. */
function textOutsideCode(html: string): string {
  const root = parseHtml(html)
  for (const element of root.querySelectorAll('pre, code, script, style, noscript')) element.remove()
  return root.querySelector('body')?.text ?? root.text
}

const RAW_SYNTAX = ['{{<', '{{%', '{%', '%}}', '>}}', ':::']

function expectNoRawSyntax(site: FixtureSite, allowed: Record<string, string[]> = {}): void {
  const pages = site.pages()
  expect(pages.size).toBeGreaterThan(0)
  for (const [url, html] of pages) {
    let text = textOutsideCode(html)
    for (const literal of allowed[url] ?? []) {
      expect(text, `${url}: ${literal}`).toContain(literal)
      text = text.split(literal).join('')
    }
    for (const syntax of RAW_SYNTAX) expect(text, `${url} shows ${syntax}`).not.toContain(syntax)
  }
}

const callouts = (root: HTMLElement, scope = 'main .markdown') =>
  root.querySelectorAll(`${scope} .callout`).map((box) => ({
    kind: (box.getAttribute('class') ?? '').split(/\s+/).find((c) => c.startsWith('callout-') && c !== 'callout-title'),
    title: box.querySelector(':scope > .callout-title')?.text.trim(),
  }))

const texts = (root: HTMLElement, selector: string) => root.querySelectorAll(selector).map((element) => element.text.replace(/\s+/g, ' ').trim())

const redirectTarget = (site: FixtureSite, url: string) => site.html(url).querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')

// ---------------------------------------------------------------------------

describe('a Hugo/Docsy handbook (tests/fixtures/hugo)', () => {
  let hugo: FixtureSite
  const page = (url: string) => hugo.html(url)

  beforeAll(async () => {
    hugo = await buildFixture('hugo', { HANDBOOK_SHORTCODES: SHORTCODES })
    if (hugo.build.code !== 0) console.error(hugo.build.output)
  })

  it('builds with exit code 0 and no errors: unknown shortcodes are warnings', () => {
    expect(hugo.build.code).toBe(0)
    expect(hugo.diagnostics('error')).toEqual([])
  })

  it('warns about each unknown shortcode at file:line:col, naming it', async () => {
    // The build log lists only the first warnings; `npm run check` lists them all.
    const warnings = (await checkFixture('hugo', { env: { HANDBOOK_SHORTCODES: SHORTCODES } })).diagnostics('warning')
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^${locate('hugo', 'guides/legacy.md', '{{< tweet')}: warning: .*\\btweet\\b`)),
        expect.stringMatching(new RegExp(`^${locate('hugo', 'guides/legacy.md', '{{% sidebar-box')}: warning: .*\\bsidebar-box\\b`)),
      ]),
    )
    // Mapped (member-by-name, team-by-manager-slug, callout), removed on purpose (engineering/header) and built-in
    // shortcodes are never warned: the only warnings about shortcodes are the two unknown ones.
    const unknownAt = [locate('hugo', 'guides/legacy.md', '{{< tweet'), locate('hugo', 'guides/legacy.md', '{{% sidebar-box')]
    const aboutShortcodes = warnings.filter((line) => /shortcode/i.test(line))
    expect(aboutShortcodes.filter((line) => !unknownAt.some((location) => line.startsWith(`${location}: `)))).toEqual([])
    for (const name of ['member-by-name', 'team-by-manager-slug', 'engineering/header'])
      expect(
        warnings.filter((line) => line.includes(name)),
        name,
      ).toEqual([])
  })

  it('leaves no raw shortcode syntax on any page outside code; the escape shows literal text', () => {
    expectNoRawSyntax(hugo, { '/engineering/hugo-syntax': ['{{< youtube id="abc123" >}}', '{{% include "file.md" %}}'] })
  })

  describe('callouts', () => {
    it('alert with title and color, % form, keeps Markdown inside (list, bold, link)', () => {
      const root = page('/company/values')
      expect(callouts(root)).toEqual([
        { kind: 'callout-warning', title: 'Remember' },
        { kind: 'callout-tip', title: undefined },
      ])
      const remember = root.querySelector('main .callout-warning')!
      expect(remember.querySelectorAll('ul > li')).toHaveLength(3)
      expect(remember.querySelector('strong')!.text).toBe('Patients first')
      expect(remember.querySelector('em')!.text).toBe('Write it down')
      expect(remember.querySelector('a')!.getAttribute('href')).toBe('/company/communication')
      // The < form, on one line, without a title: no title paragraph.
      expect(root.querySelector('main .callout-tip')!.text).toContain('We celebrate small fixes as loudly as big launches.')
    })

    it('maps Docsy colors to our kinds: danger → caution, primary and secondary → note, info → note', () => {
      expect(callouts(page('/company/mission'))).toEqual([
        { kind: 'callout-caution', title: 'Not our mission' },
        { kind: 'callout-note', title: undefined },
      ])
      expect(callouts(page('/operations/expenses'))).toEqual([{ kind: 'callout-note', title: 'Receipts' }])
      expect(callouts(page('/engineering/runbooks/database'))).toEqual([{ kind: 'callout-note', title: 'Backups' }])
      const start = page('/company')
      expect(callouts(start)).toEqual([{ kind: 'callout-note', title: 'Start here' }])
      expect(hrefs(start, 'main .callout a')).toEqual(['/company/about', '/company/values'])
    })

    it('note, tip, warning and caution have their default titles', () => {
      expect(callouts(page('/engineering/deploys'))).toEqual([
        { kind: 'callout-note', title: 'Note' },
        { kind: 'callout-tip', title: 'Tip' },
        { kind: 'callout-warning', title: 'Warning' },
        { kind: 'callout-caution', title: 'Caution' },
      ])
      expect(callouts(page('/company/communication'))).toEqual([{ kind: 'callout-tip', title: 'Tip' }])
      expect(callouts(page('/engineering/code-review'))).toEqual([{ kind: 'callout-warning', title: 'Warning' }])
    })

    it('reads arguments written over several lines', () => {
      const root = page('/engineering/on-call')
      expect(callouts(root)).toEqual([{ kind: 'callout-caution', title: 'Paging' }])
      expect(root.querySelector('main .callout strong')!.text).toBe('five minutes')
      expect(hrefs(root)).toEqual(['/engineering/runbooks', '/engineering/incidents'])
    })

    it('a details inside an alert nests', () => {
      const root = page('/engineering/incidents')
      expect(callouts(root)).toEqual([{ kind: 'callout-warning', title: 'During an incident' }])
      const details = root.querySelector('main .callout-warning details.details')!
      expect(details.querySelector('summary')!.text).toBe('Who to call at night')
      expect(details.hasAttribute('open')).toBe(false)
      expect(details.querySelector('a')!.getAttribute('href')).toBe('/working-here/directory')
      expect(mainText(root)).toContain('After the incident, write a review within five working days.')
    })

    it('a company shortcode mapped to alert takes its positional argument as the color', () => {
      expect(callouts(page('/company/leadership'))).toEqual([{ kind: 'callout-warning', title: undefined }])
    })
  })

  describe('details, panel, card, pageinfo, badges', () => {
    it('details: summary, Docsy title=, open, and the default summary', () => {
      const buddy = page('/working-here/onboarding-buddy').querySelector('main details.details')!
      expect(buddy.querySelector('summary')!.text).toBe('What a buddy does')
      expect(buddy.hasAttribute('open')).toBe(true)
      expect(buddy.querySelectorAll('li')).toHaveLength(3)
      const faq = page('/guides/faq').querySelectorAll('main details.details')
      expect(faq.map((d) => d.querySelector('summary')!.text)).toEqual(['Can I work from another country?', 'Do we have a dress code?'])
      expect(faq.map((d) => d.hasAttribute('open'))).toEqual([true, false])
      expect(faq[0]!.querySelector('strong')!.text).toBe('four weeks')
      expect(faq[0]!.querySelector('a')!.getAttribute('href')).toBe('/working-here')
      expect(texts(page('/engineering/testing'), 'main details.details > summary')).toEqual(['Details'])
    })

    it('panel and card: header and footer paragraphs only when given', () => {
      const tools = page('/guides/tools')
      expect(texts(tools, 'main .panel > .panel-header')).toEqual(['Chat'])
      expect(tools.querySelectorAll('main .panel > .panel-footer')).toHaveLength(0)
      expect(texts(tools, 'main .card > .card-header')).toEqual(['Email'])
      expect(texts(tools, 'main .card > .card-footer')).toEqual(['Check it twice a day'])
      expect(tools.querySelector('main .card strong')!.text).toBe('customers')
      const benefits = page('/working-here/benefits')
      expect(texts(benefits, 'main .card > .card-header')).toEqual(['Health', 'Learning'])
      expect(texts(benefits, 'main .card > .card-footer')).toEqual(['Starts on day one'])
      expect(benefits.querySelector('main .card strong')!.text).toBe('€1,500')
      const architecture = page('/engineering/architecture')
      expect(texts(architecture, 'main .panel > .panel-header')).toEqual(['Components'])
      expect(texts(architecture, 'main .panel > .panel-footer')).toEqual(['Last reviewed in June'])
      expect(page('/operations/equipment').querySelector('main .panel strong')!.text).toBe('three years')
    })

    it('pageinfo: its color, primary by default, Markdown and refs inside', () => {
      const home = page('/')
      const info = home.querySelector('main .pageinfo')!
      expect(info.getAttribute('class')!.split(/\s+/)).toEqual(expect.arrayContaining(['pageinfo', 'pageinfo-primary']))
      expect(info.querySelector('a')!.getAttribute('href')).toBe('/company')
      const roadmap = page('/product/roadmap').querySelector('main .pageinfo')!
      expect(roadmap.getAttribute('class')!.split(/\s+/)).toContain('pageinfo-warning')
      expect(roadmap.querySelector('em')!.text).toBe('goals')
    })

    it('label and badge: positional or text=, color or neutral, self-closing and without spaces', () => {
      const badges = (url: string) =>
        page(url)
          .querySelectorAll('main span.badge')
          .map((b) => [b.getAttribute('class'), b.text.trim()])
      expect(badges('/product/releases')).toEqual([
        ['badge badge-neutral', 'New'],
        ['badge badge-warning', 'Beta'],
      ])
      expect(badges('/engineering/testing')).toEqual([['badge badge-danger', 'Required']])
      expect(badges('/engineering/runbooks/cache')).toEqual([['badge badge-success', 'Safe']])
      expect(badges('/operations/travel')).toEqual([['badge badge-neutral', 'Policy']])
      expect(badges('/company/glossary')).toEqual([['badge badge-neutral', 'Updated']])
      expect(mainText(page('/operations/travel'))).toContain('Book trains where the journey is under five hours.')
    })
  })

  describe('figures and videos', () => {
    it('figure: the image copied and linked, alt, caption or title, size', () => {
      expect(hugo.exists('product/images/wireframe.png')).toBe(true)
      const figures = page('/product/design').querySelectorAll('main figure.figure')
      expect(figures.map((f) => f.querySelector('img')!.getAttribute('src'))).toEqual(['/product/images/wireframe.png', '/product/images/wireframe.png'])
      expect(figures.map((f) => f.querySelector('img')!.getAttribute('alt'))).toEqual(['A wireframe of the rota screen', 'The same wireframe, small'])
      expect(figures.map((f) => f.querySelector('figcaption')!.text.trim())).toEqual(['The rota screen, first sketch', 'Small version'])
      expect([figures[1]!.querySelector('img')!.getAttribute('width'), figures[1]!.querySelector('img')!.getAttribute('height')]).toEqual(['120', '90'])
      // Written over several lines, with a path relative to the page.
      const architecture = page('/engineering/architecture').querySelector('main figure.figure')!
      expect(architecture.querySelector('img')!.getAttribute('src')).toBe('/product/images/wireframe.png')
      expect(architecture.querySelector('figcaption')!.text.trim()).toBe('The service at a glance')
    })

    it('youtube and vimeo are link cards, named or positional id, with nothing loaded from the host', () => {
      const html = hugo.page('/product/research')
      const root = parseHtml(html)
      const links = (kind: string) => root.querySelectorAll(`main .video-embed.video-${kind} a.video-link`)
      expect(links('youtube').map((a) => a.getAttribute('href'))).toEqual(['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'https://www.youtube.com/watch?v=aqz-KE-bpKQ'])
      expect(links('youtube')[0]!.text.trim()).toBe('Watch “A morning at a clinic” on YouTube')
      expect(links('youtube')[1]!.text.trim()).toMatch(/^Watch “?the video”? on YouTube$/)
      expect(links('vimeo').map((a) => a.getAttribute('href'))).toEqual(['https://vimeo.com/76979871', 'https://vimeo.com/22439234'])
      expect(links('vimeo')[1]!.text.trim()).toBe('Watch “Shift planning interview” on Vimeo')
      expect(root.querySelectorAll('main iframe')).toHaveLength(0)
      for (const host of ['youtube-nocookie.com', 'youtube.com/embed', 'player.vimeo.com', 'ytimg.com', 'vimeocdn.com']) expect(html, host).not.toContain(host)
    })
  })

  describe('tabs', () => {
    it('tabpane/tab: one panel per tab with its label, readable without JavaScript', () => {
      const root = page('/engineering/dev-environment')
      const tabs = root.querySelectorAll('main .tabs')
      expect(tabs).toHaveLength(1)
      expect(texts(tabs[0]!, ':scope > section.tab-panel > .tab-label')).toEqual(['macOS', 'Linux', 'Windows'])
      expect(texts(tabs[0]!, 'section.tab-panel code')).toEqual(['brew bundle', 'apt install larkspur-dev'])
    })

    it('tabs/tab: name= or the first argument, with alerts, includes and tips inside', () => {
      const root = page('/engineering/onboarding')
      const panels = root.querySelectorAll('main .tabs > section.tab-panel')
      expect(panels.map((p) => p.querySelector('.tab-label')!.text.trim())).toEqual(['Week 1', 'Week 2'])
      expect(callouts(panels[0]!, ':scope')).toEqual([{ kind: 'callout-warning', title: 'Before day one' }])
      expect(panels[0]!.querySelector('.callout strong')!.text).toBe('before')
      expect(texts(panels[0]!, 'li')).toEqual(['Collect your laptop from the office desk', 'Set up two-factor sign-in on every account', 'Book a coffee with your onboarding buddy'])
      expect(callouts(panels[1]!, ':scope')).toEqual([{ kind: 'callout-tip', title: 'Tip' }])
    })
  })

  describe('include, readfile and headless files', () => {
    it('includes a Markdown file in place, relative or from the root, nested includes too', () => {
      const about = page('/company/about')
      expect(about.querySelector('main strong')!.text).toBe('help@larkspur.example')
      for (const url of ['/engineering/security', '/operations/security-policy']) {
        const text = mainText(page(url))
        expect(text, url).toContain('Report anything suspicious to the security rota within the hour.')
        expect(text, url).toContain('Questions? Write to help@larkspur.example')
      }
      expect(mainText(page('/working-here/remote-work'))).toContain('Questions? Write to help@larkspur.example')
    })

    it('readfile: Markdown renders, code="true" renders a code block', () => {
      const root = page('/engineering/dev-environment')
      expect(texts(root, 'main .markdown > p')).toContain('Use the shared editor settings: two spaces, no tabs, and a final newline in every file.')
      const pre = root.querySelectorAll('main pre')
      expect(pre).toHaveLength(1)
      expect(pre[0]!.querySelector('code')!.getAttribute('class')).toContain('language-yaml')
      expect(pre[0]!.text).toContain('name: larkspur-ci')
      expect(pre[0]!.text).toContain('- deploy')
    })

    it('a headless bundle is included where asked, and is not a page', () => {
      const runbooks = page('/engineering/runbooks')
      expect(runbooks.querySelector('main strong')!.text).toBe('Escalation path:')
      expect(mainText(runbooks)).not.toContain('headless')
      expect(hugo.exists('engineering/runbooks/escalation')).toBe(false)
    })

    it('files under _includes/ are not pages, nor in the sitemap or search', () => {
      expect(hugo.exists('_includes')).toBe(false)
      const sitemap = fs.readFileSync(path.join(hugo.publicDir, 'sitemap.xml'), 'utf8')
      expect(sitemap).not.toContain('_includes')
      expect(sitemap).not.toContain('escalation')
      expect(sitemap).toContain('/engineering/runbooks</loc>')
      const pages = [...hugo.pages().keys()]
      expect(pages.filter((url) => url.includes('_includes') || url.includes('escalation'))).toEqual([])
      // 51 pages from the fixture's 56 Markdown files: the 4 snippets in _includes/ and the headless bundle are not pages.
      for (const url of ['/', '/company', '/engineering', '/engineering/runbooks', '/working-here', '/operations', '/product', '/guides']) expect(pages, url).toContain(url)
    })
  })

  describe('ref and relref', () => {
    it('resolve inside link destinations: a bare name, a path from the root, a page with url:', () => {
      expect(hrefs(page('/company/about')).filter((href) => href.startsWith('/'))).toEqual(['/company/values', '/engineering/deploys', '/offices'])
      expect(hrefs(page('/'))).toEqual(['/company', '/company', '/engineering', '/working-here', '/operations', '/product', '/guides'])
      expect(hrefs(page('/operations/security-policy')).filter((href) => href.startsWith('/'))).toEqual(['/engineering/security'])
    })

    it('a ref on its own is the page URL as text', () => {
      expect(mainText(page('/company/about'))).toContain('Our time-off policy lives at /working-here/time-off.')
    })
  })

  describe('Hugo frontmatter and sections', () => {
    it('_index.md is its section page', () => {
      expect(page('/company').querySelector('main h1')!.text).toBe('Company')
      expect(page('/').querySelector('main h1')!.text).toBe('Larkspur handbook')
    })

    it('url: is the page address, and the file path serves nothing', () => {
      expect(page('/offices').querySelector('main h1')!.text).toBe('Offices')
      expect(hugo.exists('operations/offices')).toBe(false)
    })

    it('linkTitle is the sidebar label; the title stays the heading', () => {
      const about = page('/company/about')
      expect(texts(about, '.sidebar a[href="/company/communication"]')).toEqual(['Communication'])
      expect(texts(about, '.sidebar a[href="/company/glossary"]')).toEqual(['Words we use'])
      expect(page('/company/communication').querySelector('main h1')!.text).toBe('How we communicate')
      expect(texts(page('/working-here/feedback'), '.sidebar a[href="/working-here/career"]')).toEqual(['Growth'])
    })

    it('weight orders the sidebar', () => {
      const order = hrefs(page('/company/about'), '.sidebar a').filter((href) => href.startsWith('/company/'))
      expect(order).toEqual(['/company/about', '/company/values', '/company/mission', '/company/leadership', '/company/communication', '/company/history', '/company/glossary'])
    })

    it('aliases become redirects', () => {
      expect(redirectTarget(hugo, '/about/history')).toBe('0; url=/company/history')
      expect(redirectTarget(hugo, '/history')).toBe('0; url=/company/history')
      expect(redirectTarget(hugo, '/holidays')).toBe('0; url=/working-here/time-off')
    })
  })

  describe('shortcodes in code, the escape, unknown and company shortcodes', () => {
    it('code spans and code blocks keep shortcode syntax literal', () => {
      const root = page('/engineering/hugo-syntax')
      expect(texts(root, 'main p > code')).toEqual(['{{< ref "values" >}}', '{{% alert %}}'])
      const blocks = root.querySelectorAll('main pre').map((pre) => pre.text)
      expect(blocks).toHaveLength(2)
      expect(blocks[0]).toContain('{{% alert title="Note" color="warning" %}}\nInner **Markdown**.\n{{% /alert %}}\n{{< youtube dQw4w9WgXcQ >}}')
      expect(blocks[1]).toContain('{% hint style="info" %}\n:::note')
      expect(root.querySelectorAll('main .callout, main .video-embed, main .shortcode-unknown')).toHaveLength(0)
    })

    it('the escape shows the literal shortcode, without the comment marks', () => {
      const text = mainText(page('/engineering/hugo-syntax'))
      expect(text).toContain('To embed a video, write {{< youtube id="abc123" >}} on its own line.')
      expect(text).toContain('To include Markdown, write {{% include "file.md" %}}.')
      expect(text).not.toContain('/*')
    })

    it('an unknown shortcode is a visible placeholder, a % pair keeps its Markdown', () => {
      const root = page('/guides/legacy')
      const unknown = root.querySelectorAll('main .shortcode-unknown')
      expect(unknown).toHaveLength(2)
      expect(unknown[0]!.getAttribute('title') ?? unknown[0]!.text).toContain('tweet')
      const box = root.querySelectorAll('main div.shortcode-unknown').find((b) => b.text.includes('sidebar-box'))!
      expect(box.querySelector('.shortcode-unknown-name')!.text.trim()).toBe('Unsupported shortcode: sidebar-box')
      expect(box.querySelector('strong')!.text).toBe('bold')
      expect(box.querySelector('a')!.getAttribute('href')).toBe('/guides/writing')
    })

    it('engineering/header is mapped to none: removed, with no placeholder', () => {
      for (const url of ['/engineering', '/engineering/onboarding']) {
        const root = page(url)
        expect(root.querySelectorAll('main .shortcode-unknown'), url).toHaveLength(0)
        expect(mainText(root), url).not.toContain('engineering/header')
      }
    })

    it('member-by-name and team-by-manager-slug draw the person and team blocks', () => {
      const root = page('/working-here/directory')
      expect(texts(root, 'main .person-card .person-name')[0]).toBe('Ada Quill')
      expect(texts(root, 'main .team-card .team-name')).toEqual(['Engineering Core'])
      expect(texts(page('/working-here/hiring'), 'main .team-card .team-name')).toEqual(['People Team'])
    })
  })
})

// ---------------------------------------------------------------------------

describe('a Hugo handbook with mistakes (tests/fixtures/hugo-mistakes)', () => {
  let broken: FixtureSite

  beforeAll(async () => {
    broken = await buildFixture('hugo-mistakes', { HANDBOOK_SHORTCODES: SHORTCODES })
  })

  it('fails the build', () => {
    expect(broken.build.code).not.toBe(0)
  })

  it('names each mistake once at file:line:col (see EXPECTED.txt)', () => {
    // Sorted, since the report's order is the engine's; each regex is the location, the severity and the key words.
    expect(broken.diagnostics('error').sort()).toEqual([
      expect.stringMatching(/^_includes\/b\.md:3:1: error: (?=.*cycle)(?=.*_includes\/a\.md)/i),
      expect.stringMatching(/^bad-quote\.md:5:11: error: (?=.*badge)(?=.*quote)/i),
      expect.stringMatching(/^missing\.md:5:1: error: (?=.*not-there\.md)(?=.*no such file)/i),
      expect.stringMatching(/^missing\.md:7:18: error: (?=.*does-not-exist)/i),
      expect.stringMatching(/^stray-close\.md:11:1: error: (?=.*details)(?=.*open)/i),
      expect.stringMatching(/^unclosed\.md:7:1: error: (?=.*alert)(?=.*clos)/i),
    ])
  })

  it('the locations match the fixture files', () => {
    expect(locate('hugo-mistakes', 'unclosed.md', '{{% alert')).toBe('unclosed.md:7:1')
    expect(locate('hugo-mistakes', 'stray-close.md', '{{% /details %}}', 1)).toBe('stray-close.md:11:1')
    expect(locate('hugo-mistakes', 'bad-quote.md', '{{< badge')).toBe('bad-quote.md:5:11')
    expect(locate('hugo-mistakes', 'missing.md', '{{< include')).toBe('missing.md:5:1')
    expect(locate('hugo-mistakes', 'missing.md', '{{< ref')).toBe('missing.md:7:18')
    expect(locate('hugo-mistakes', '_includes/b.md', '{{< include')).toBe('_includes/b.md:3:1')
    const expected = fs.readFileSync(path.join(fixtureDir('hugo-mistakes'), 'EXPECTED.txt'), 'utf8')
    for (const location of ['unclosed.md:7:1:', 'stray-close.md:11:1:', 'bad-quote.md:5:11:', 'missing.md:5:1:', 'missing.md:7:18:', '_includes/b.md:3:1:']) expect(expected).toContain(location)
  })

  it('prints no stack trace', () => {
    expect(broken.build.output).not.toMatch(/^\s+at .+[:(]\d+:\d+\)?$/m)
    expect(broken.build.output).not.toContain('node_modules/')
  })
})

// ---------------------------------------------------------------------------

describe('a Docusaurus handbook (tests/fixtures/docusaurus)', () => {
  let docs: FixtureSite
  const page = (url: string) => docs.html(url)

  beforeAll(async () => {
    docs = await buildFixture('docusaurus')
    if (docs.build.code !== 0) console.error(docs.build.output)
  })

  it('builds with exit code 0 and no errors', () => {
    expect(docs.build.code).toBe(0)
    expect(docs.diagnostics('error')).toEqual([])
  })

  it('leaves no ::: on any page outside code', () => {
    expectNoRawSyntax(docs)
  })

  it('all admonition kinds, with their default titles and Markdown inside', () => {
    const root = page('/intro')
    expect(callouts(root)).toEqual([
      { kind: 'callout-note', title: 'Note' },
      { kind: 'callout-tip', title: 'Tip' },
      { kind: 'callout-note', title: 'Info' },
      { kind: 'callout-warning', title: 'Warning' },
      { kind: 'callout-warning', title: 'Caution' },
      { kind: 'callout-caution', title: 'Danger' },
    ])
    expect(root.querySelector('main .callout-note strong')!.text).toBe('bold')
    expect(hrefs(root, 'main .callout a')).toEqual(['/getting-started'])
    expect(callouts(page('/'))).toEqual([{ kind: 'callout-note', title: 'Info' }])
  })

  it('titles in both forms: :::note[Title] and :::tip Title', () => {
    const root = page('/getting-started')
    expect(callouts(root)).toEqual([
      { kind: 'callout-note', title: 'Your API key' },
      { kind: 'callout-tip', title: 'Use the sandbox first' },
      { kind: 'callout-caution', title: 'Production data' },
    ])
    expect(root.querySelectorAll('main .callout-caution li')).toHaveLength(2)
    expect(callouts(page('/faq'))).toEqual([{ kind: 'callout-note', title: 'Still stuck?' }])
    expect(callouts(page('/reference/errors'))).toEqual([{ kind: 'callout-warning', title: 'Retry carefully' }])
  })

  it('slug moves the page', () => {
    expect(docs.exists('guides/setup')).toBe(false)
    expect(docs.exists('reference/faq')).toBe(false)
    expect(page('/faq').querySelector('main h1')!.text).toBe('FAQ')
  })

  it('a :::: admonition holds a ::: one', () => {
    const root = page('/guides/nested')
    const outer = root.querySelector('main .markdown > .callout-warning')!
    expect(outer.querySelector(':scope > .callout-title')!.text).toBe('Rate limits')
    expect(callouts(outer, ':scope')).toEqual([{ kind: 'callout-tip', title: 'Tip' }])
    expect(outer.text).toContain('Batch your requests to stay under the limit.')
    expect(outer.querySelector(':scope > p > code')!.text).toBe('429 Too Many Requests')
  })

  it('an admonition in a list item stays in the item, and the list stays one list', () => {
    const root = page('/guides/lists')
    expect(root.querySelectorAll('main .markdown > ol')).toHaveLength(1)
    expect(root.querySelectorAll('main .markdown > ol > li')).toHaveLength(3)
    expect(callouts(root, 'main ol > li:nth-child(2)')).toEqual([{ kind: 'callout-warning', title: 'Caution' }])
  })

  it('::: in a code block and in inline code stays literal', () => {
    const root = page('/guides/code')
    expect(root.querySelectorAll('main .callout')).toHaveLength(0)
    expect(root.querySelector('main pre')!.text).toContain(':::note[Title]\nSome **content** with Markdown.\n:::')
    expect(texts(root, 'main p > code')).toEqual([':::tip'])
  })

  it('admonitions render in .mdx pages too', () => {
    expect(callouts(page('/reference/components'))).toEqual([
      { kind: 'callout-note', title: 'Note' },
      { kind: 'callout-tip', title: 'In MDX too' },
    ])
  })
})

// ---------------------------------------------------------------------------

describe('a GitBook handbook (tests/fixtures/gitbook)', () => {
  let book: FixtureSite
  const page = (url: string) => book.html(url)

  beforeAll(async () => {
    book = await buildFixture('gitbook')
    if (book.build.code !== 0) console.error(book.build.output)
  })

  it('builds with exit code 0: Liquid tags are warnings', () => {
    expect(book.build.code).toBe(0)
    expect(book.diagnostics('error')).toEqual([])
  })

  it('warns about {% include %} and {% raw %} at file:line:col', () => {
    expect(book.diagnostics('warning')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^${locate('gitbook', 'liquid.md', '{% include')}: warning: .*\\binclude\\b`)),
        expect.stringMatching(new RegExp(`^${locate('gitbook', 'liquid.md', '{% raw')}: warning: .*\\braw\\b`)),
      ]),
    )
    expect(book.diagnostics('warning').filter((line) => line.includes('hint'))).toEqual([])
  })

  it('leaves no {% on any page outside code', () => {
    expectNoRawSyntax(book)
  })

  it('hints: the four styles, their titles', () => {
    expect(callouts(page('/getting-started'))).toEqual([
      { kind: 'callout-note', title: 'Info' },
      { kind: 'callout-tip', title: 'Success' },
      { kind: 'callout-warning', title: 'Warning' },
      { kind: 'callout-caution', title: 'Danger' },
    ])
    expect(page('/getting-started').querySelector('main .callout-tip strong')!.text).toBe('green')
    expect(callouts(page('/'))).toEqual([{ kind: 'callout-note', title: 'Info' }])
    expect(callouts(page('/api'))).toEqual([{ kind: 'callout-note', title: 'Info' }])
    expect(callouts(page('/api/authentication'))).toEqual([{ kind: 'callout-caution', title: 'Danger' }])
  })

  it('hints with lists, links and bold inside', () => {
    const root = page('/checklists')
    expect(callouts(root)).toEqual([
      { kind: 'callout-note', title: 'Info' },
      { kind: 'callout-warning', title: 'Warning' },
    ])
    expect(root.querySelectorAll('main .callout-note ul > li')).toHaveLength(3)
    expect(hrefs(root, 'main .callout-note a')).toEqual(['/getting-started'])
    expect(root.querySelector('main .callout-note strong')!.text).toBe('site code')
    expect(root.querySelectorAll('main .callout-warning ol > li')).toHaveLength(2)
  })

  it('Liquid tags are placeholders, and the rest of the page renders', () => {
    const root = page('/liquid')
    expect(root.querySelectorAll('main .shortcode-unknown').length).toBeGreaterThanOrEqual(1)
    expect(mainText(root)).toContain('The end.')
  })

  it('{% %} in code stays literal', () => {
    const root = page('/troubleshooting')
    expect(texts(root, 'main p > code')).toEqual(['{% hint %}'])
    expect(root.querySelector('main pre')!.text).toContain('{% hint style="info" %}\nLiteral.\n{% endhint %}')
    expect(callouts(root)).toEqual([{ kind: 'callout-tip', title: 'Success' }])
  })

  it('SUMMARY.md under _gitbook/ and snippets under _snippets/ are not pages', () => {
    expect(book.exists('_gitbook')).toBe(false)
    expect(book.exists('_snippets')).toBe(false)
    expect([...book.pages().keys()].filter((url) => url.startsWith('/_'))).toEqual([])
  })
})
