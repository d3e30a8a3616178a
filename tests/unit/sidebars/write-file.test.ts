import { describe, expect, it } from 'vitest'
import { parseSidebarsFile, type SidebarSpec } from '../../../src/content/sidebars/file'
import { sidebarsFileText } from '../../../src/content/sidebars/write-file'

const sidebars: SidebarSpec[] = [
  {
    name: 'Handbook',
    line: 1,
    items: [
      { type: 'page', page: 'index.md', line: 1 },
      { type: 'page', page: 'about/history.md', label: 'History: how we began', line: 1 },
      {
        type: 'group',
        label: 'Tools & more',
        page: 'tools/index.md',
        collapsed: true,
        line: 1,
        items: [
          { type: 'link', label: 'Status', href: 'https://status.example.com/#now', line: 1 },
          { type: 'link', label: 'Slack rules', href: '/tools/slack#rules', line: 1 },
          { type: 'group', label: 'Open', collapsed: false, items: [{ type: 'page', page: 'tools/open.md', line: 1 }], line: 1 },
        ],
      },
      { type: 'autogenerate', folder: 'guides', collapsed: true, line: 1 },
      { type: 'autogenerate', folder: '', collapsed: false, line: 1 },
    ],
  },
  { name: 'Travel', line: 1, items: [{ type: 'page', page: 'travel/faq.md', label: '- FAQ #1', line: 1 }] },
]

/** The spec without the lines, which only the text read back knows. */
const withoutLines = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(withoutLines)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([key]) => key !== 'line')
            .map(([key, v]) => [key, withoutLines(v)]),
        )
      : value

describe('sidebarsFileText', () => {
  const text = sidebarsFileText(sidebars, ['Written by the tests.', '', 'Edit it here.'])

  it('writes the form sidebars.yml is read in, with the header as comments', () => {
    expect(text).toBe(`# Written by the tests.
#
# Edit it here.

Handbook:
  - index.md
  - page: about/history.md
    label: "History: how we began"
  - label: Tools & more
    page: tools/index.md
    items:
      - label: Status
        href: https://status.example.com/#now
      - label: Slack rules
        href: /tools/slack#rules
      - label: Open
        collapsed: false
        items:
          - tools/open.md
  - autogenerate: guides
  - autogenerate: .
    collapsed: false
Travel:
  - page: travel/faq.md
    label: "- FAQ #1"
`)
  })

  it('reads back as what it was written from', () => {
    const read = parseSidebarsFile('sidebars.yml', text)
    expect(read.diagnostics).toEqual([])
    expect(withoutLines(read.sidebars)).toEqual(
      withoutLines(sidebars.map((sidebar) => ({ ...sidebar, items: sidebar.items.map((item) => (item.type === 'autogenerate' && item.folder === '' ? { ...item, folder: '.' } : item)) }))),
    )
  })
})
