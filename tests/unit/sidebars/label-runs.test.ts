import { describe, expect, it } from 'vitest'
import { withLabelRuns } from '../../../src/content/sidebars/label-runs'
import type { SidebarPageInput } from '../../../src/content/sidebars/input'
import type { Sidebar } from '../../../src/shared/sidebar/types'
import { parseTitle } from '../../../src/shared/title'

const page = (url: string, written: string): SidebarPageInput => {
  const title = parseTitle(written)
  return { sourcePath: `${url.slice(1) || 'index'}.md`, url, title: title.text, ...(title.runs ? { titleRuns: title.runs } : {}) }
}

describe('withLabelRuns', () => {
  const pages = [page('/ship', 'Do it <em>before</em> you ship'), page('/npm', 'The <code>npm</code> guide'), page('/div', 'Use &lt;div&gt;')]
  const sidebar: Sidebar = {
    name: 'Handbook',
    items: [
      { type: 'page', label: 'Do it before you ship', url: '/ship' },
      { type: 'group', label: 'The npm guide', url: '/npm', collapsed: true, items: [{ type: 'page', label: 'Use <div>', url: '/div' }] },
      { type: 'group', label: 'Logging in &amp; <strong>Networks</strong>', collapsed: false, items: [] },
      { type: 'link', label: 'Hi <img src=x onerror=alert(1)>', url: 'https://example.com', external: true },
      { type: 'page', label: 'Shipping', url: '/ship' },
    ],
  }
  const [result] = withLabelRuns([sidebar], pages)

  it("gives a label that is its page's title the title's marks, for pages and groups alike", () => {
    expect(result!.items[0]).toEqual({ type: 'page', label: 'Do it before you ship', labelRuns: [{ text: 'Do it ' }, { text: 'before', marks: ['em'] }, { text: ' you ship' }], url: '/ship' })
    const group = result!.items[1]!
    expect(group.labelRuns).toEqual([{ text: 'The ' }, { text: 'npm', marks: ['code'] }, { text: ' guide' }])
  })

  it("never reads a page title's text as markup again", () => {
    const group = result!.items[1]!
    expect(group.type === 'group' && group.items[0]).toEqual({ type: 'page', label: 'Use <div>', url: '/div' })
  })

  it('reads a label written apart (sidebars.yml, navigation data) as a title is written', () => {
    expect(result!.items[2]).toMatchObject({ label: 'Logging in & Networks', labelRuns: [{ text: 'Logging in & ' }, { text: 'Networks', marks: ['strong'] }] })
    expect(result!.items[3]).toEqual({ type: 'link', label: 'Hi', url: 'https://example.com', external: true })
    expect(result!.items[4]).toEqual({ type: 'page', label: 'Shipping', url: '/ship' })
  })
})
