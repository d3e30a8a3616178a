import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { toHtml } from 'hast-util-to-html'
import { describe, expect, it } from 'vitest'
import type { RecentChanges } from '../../../../src/content/features/changes/recent-changes'
import { changesPage } from '../../../../src/content/features/changes/page'
import { changesFeedXml } from '../../../../src/content/features/changes/feed'
import { messagesFor } from '../../../../src/shared/i18n'

const repository = { url: 'https://github.com/acme/handbook', branch: 'main', contentPath: 'contents' }
const recent: RecentChanges = {
  state: 'complete',
  today: '2026-12-01',
  days: 90,
  limit: 100,
  changes: [
    {
      hash: 'f'.repeat(40),
      time: '2026-11-30T09:30:00.000Z',
      day: '2026-11-30',
      subject: 'Fix <script>alert(1)</script> & "quotes" \u0007bell',
      pages: [
        { sourcePath: 'guide.md', title: 'Guide <b>', url: '/guide', kind: 'modified' },
        { sourcePath: 'old.md', title: 'Old', kind: 'deleted' },
      ],
    },
    { hash: 'e'.repeat(40), time: '2026-11-28T12:00:00.000Z', day: '2026-11-28', subject: 'Second', pages: [{ sourcePath: 'a.md', title: 'A', url: '/a', kind: 'added' }] },
  ],
}

describe('changesPage', () => {
  const page = changesPage(recent, { lang: 'en', repository })
  const html = toHtml(page.body)

  it('is /changes with one section per day, newest first', () => {
    expect(page.url).toBe('/changes')
    expect(page.kind).toBe('changes')
    expect(page.toc.map((entry) => entry.id)).toEqual(['changes-2026-11-30', 'changes-2026-11-28'])
    expect(html.indexOf('Monday, November 30, 2026')).toBeLessThan(html.indexOf('Saturday, November 28, 2026'))
  })

  it('links existing pages, marks gone ones, links the commit, escapes the subject', () => {
    expect(html).toContain('<a href="/guide">Guide &#x3C;b></a>')
    expect(html).toContain('<li class="change-gone"><span>Old</span><span class="change-kind"> (old.md, no longer exists)</span></li>')
    expect(html).toContain(`<a href="https://github.com/acme/handbook/commit/${'f'.repeat(40)}"><code>fffffff</code></a>`)
    expect(html).not.toContain('<script>')
    expect(html).toContain('Fix &#x3C;script>alert(1)&#x3C;/script> &#x26; "quotes"')
    expect(html).toContain('<a href="/changes.xml" type="application/atom+xml">changes.xml</a>')
  })

  it('says so without history, or in a shallow clone, and lists nothing', () => {
    const none = toHtml(changesPage({ ...recent, state: 'none' }, { lang: 'en', repository }).body)
    expect(none).toContain('built without the git history')
    expect(none).not.toContain('change-subject')
    const shallow = toHtml(changesPage({ ...recent, state: 'shallow' }, { lang: 'en', repository }).body)
    expect(shallow).toContain('shallow clone')
    expect(shallow).toContain('fetch-depth: 0')
    expect(shallow).not.toContain('change-subject')
  })

  it('says when nothing changed in the window', () => {
    expect(toHtml(changesPage({ ...recent, changes: [] }, { lang: 'en', repository }).body)).toContain('No page changed in the last 90 days (at most 100 commits).')
  })
})

describe('changesFeedXml', () => {
  const xml = changesFeedXml(recent, { title: 'Acme & Co', siteUrl: 'https://handbook.acme.test', pathPrefix: '/docs' })

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true)
  })

  it('is an Atom feed with one entry per commit, everything escaped', () => {
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom')
    expect(feed.title).toBe('Acme & Co: recent changes')
    expect(feed.updated).toBe('2026-11-30T09:30:00.000Z')
    expect(feed.id).toBe('https://handbook.acme.test/docs/changes')
    expect(feed.entry).toHaveLength(2)
    expect(feed.entry[0].id).toBe(`https://handbook.acme.test/docs/changes#commit-${'f'.repeat(40)}`)
    expect(xml).toContain('<title>Fix &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; bell</title>')
    expect(xml).toContain('<summary>Changed: Guide &lt;b&gt;, Old (old.md, no longer exists)</summary>')
  })

  it('has an updated date from the build’s today when nothing changed', () => {
    const empty = changesFeedXml({ ...recent, changes: [] }, { title: 'H', siteUrl: 'https://h.test', pathPrefix: '' })
    expect(XMLValidator.validate(empty)).toBe(true)
    expect(empty).toContain('<updated>2026-12-01T00:00:00.000Z</updated>')
    expect(empty).not.toContain('<entry>')
  })
})

describe('changesPage in the handbook’s language', () => {
  it('is Japanese for lang ja: title, intro, notes and dates', () => {
    const page = changesPage(recent, { lang: 'ja', repository })
    const html = toHtml(page.body)
    expect(page.title).toBe('最近の変更')
    expect(html).toContain(
      '過去 90 日（最大 100 コミット）のハンドブックのページへの変更 2 件を新しい順に表示します。 フィードリーダーで購読できます：<a href="/changes.xml" type="application/atom+xml">changes.xml</a>。',
    )
    expect(html).toContain('<span class="change-kind"> （old.md、現在は存在しません）</span>')
    expect(html).toContain('<span class="change-kind"> （新規）</span>')
    expect(html).toContain('2026年11月30日月曜日')
    expect(page.toc[0]?.text).toBe('2026/11/30')
  })

  it('takes the handbook’s own wording', () => {
    const page = changesPage({ ...recent, state: 'none' }, { lang: 'en', repository, messages: messagesFor('en', { en: { recentChanges: 'What’s new', changesNoHistory: 'Nothing yet.' } }) })
    expect(page.title).toBe('What’s new')
    expect(toHtml(page.body)).toContain('Nothing yet.')
  })
})
