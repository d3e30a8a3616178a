import { describe, expect, it } from 'vitest'
import { hasEleventyNavigation, readEleventyNavigation } from '../../../../src/content/sidebars/import/eleventy-navigation'
import type { NavEntry } from '../../../../src/content/sidebars/import/entry'
import { navPage } from './pages'

const tree = (entries: readonly NavEntry[]): unknown[] =>
  entries.map((entry) => ({ label: entry.label, ...(entry.page ? { page: entry.page.sourcePath } : { href: entry.href }), ...(entry.children.length ? { children: tree(entry.children) } : {}) }))

// The plugin's documentation's own example, and its fields: key, parent, order, title, url, pinned.
const pages = [
  navPage('humans.md', { title: 'Humans', eleventyNavigation: { key: 'Humans', parent: 'Mammals' } }),
  navPage('mammals.md', { title: 'Mammals', eleventyNavigation: { key: 'Mammals', order: 2 } }),
  navPage('bats.md', { title: 'Bats', eleventyNavigation: { key: 'Bats', parent: 'Mammals', order: 1, title: 'Flying mammals' } }),
  navPage('dogs.md', { title: 'Dogs', eleventyNavigation: { key: 'Dogs', parent: 'Mammals', order: 3 } }),
  navPage('reptiles.md', { title: 'Reptiles', eleventyNavigation: { key: 'Reptiles', order: 1 } }),
  navPage('about.md', { title: 'About', eleventyNavigation: { key: 'About' } }),
  navPage('start.md', { title: 'Start', eleventyNavigation: { key: 'Start', pinned: true, order: 9 } }),
  navPage('eleventy.md', { title: 'Eleventy', eleventyNavigation: { key: 'Eleventy', url: 'https://www.11ty.dev/', order: 5 } }),
  navPage('fish.md', { title: 'Fish', eleventyNavigation: { key: 'Fish', parent: 'Animal' } }),
  navPage('keyless.md', { title: 'Keyless', eleventyNavigation: { order: 3 } }),
  navPage('plain.md', { title: 'Plain' }),
]

describe('readEleventyNavigation', () => {
  const read = readEleventyNavigation(pages)

  it('is used when a page declares a place', () => {
    expect(hasEleventyNavigation(pages)).toBe(true)
    expect(hasEleventyNavigation([navPage('plain.md', { title: 'Plain' })])).toBe(false)
  })

  it('nests by parent key, orders pinned first, then by order, entries without one after (in path order); labels are title, else key', () => {
    expect(read.from).toBe('eleventyNavigation frontmatter')
    expect(tree(read.main!.entries)).toEqual([
      { label: 'Start', page: 'start.md' },
      { label: 'Reptiles', page: 'reptiles.md' },
      {
        label: 'Mammals',
        page: 'mammals.md',
        children: [
          { label: 'Flying mammals', page: 'bats.md' },
          { label: 'Dogs', page: 'dogs.md' },
          { label: 'Humans', page: 'humans.md' },
        ],
      },
      // `url`: a link of its own, not the page's.
      { label: 'Eleventy', href: 'https://www.11ty.dev/' },
      { label: 'About', page: 'about.md' },
    ])
  })

  it('warns, at the line of the field, of a parent that is no key and of an entry without a key', () => {
    expect(read.diagnostics.map((d) => [d.file, d.line, d.code, d.message])).toEqual([
      ['keyless.md', 3, 'navigation-entry', 'eleventyNavigation has no "key", so the page is in no navigation entry of its own. Give it one: eleventyNavigation: {key: Keyless}'],
      [
        'fish.md',
        5,
        'navigation-missing-parent',
        'eleventyNavigation parent "Animal" is the key of no page, so Eleventy showed this page in no navigation; here it is listed under its folder. Write the key of the page it belongs under',
      ],
    ])
  })

  it('links an entry whose url is another page to that page', () => {
    const other = readEleventyNavigation([navPage('a.md', { title: 'A', eleventyNavigation: { key: 'A', url: '/b/' } }), navPage('b.md', { title: 'B' })])
    expect(tree(other.main!.entries)).toEqual([{ label: 'A', page: 'b.md' }])
  })
})
