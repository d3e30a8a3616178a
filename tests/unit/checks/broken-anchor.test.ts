import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkHandbook } from '../../../src/content/checks'
import { loadHandbook } from '../../../src/content'
import { resolveSettings } from '../../../src/content/settings'
import type { SourceTool } from '../../../src/content/source/tool'
import { brokenAnchor } from '../../../src/content/checks/broken-anchor'
import { checkInput } from '../../../src/content/checks/input'
import type { CheckOptions } from '../../../src/content/checks/options'
import type { Page } from '../../../src/content/handbook'
import type { LinkUse } from '../../../src/content/links/links'
import { generatedPageOf, handbookOf, linkOf } from '../../support/handbook'

const target = { sourcePath: 'guide/target.md', anchors: ['real-heading'] }
const route = { sourcePath: 'guide/target.md', url: '/guide/target' }

/** What the rule makes of `use` on guide/links.md (whose own headings are #fine), beside guide/target.md and `others`. */
function findingOf(use: LinkUse, others: Partial<Page>[] = [target], options: CheckOptions = { brokenLinks: 'error' }) {
  const handbook = handbookOf([{ sourcePath: 'guide/links.md', anchors: ['fine'], links: [use] }, ...others], { generated: [generatedPageOf({ url: '/people', anchors: ['ada-lovelace'] })] })
  return brokenAnchor(use, handbook.pages[0]!, checkInput(handbook, options))
}

describe('the broken-anchor rule', () => {
  it('reports a fragment that is no heading of the linked page, with the nearest one', () => {
    expect(findingOf(linkOf('target.md#real-headin', { kind: 'page', route, anchor: 'real-headin' }, { line: 5, column: 36 }))).toEqual({
      problem: {
        severity: 'error',
        code: 'anchor-broken',
        file: 'guide/links.md',
        line: 5,
        column: 36,
        message: 'broken link "target.md#real-headin": #real-headin is not a heading on guide/target.md. Did you mean #real-heading?',
      },
    })
  })

  it('names this page for a fragment of the page itself, and lists the headings when none is near', () => {
    expect(findingOf(linkOf('#nowhere', { kind: 'same-page', anchor: 'nowhere' }))?.problem?.message).toBe('broken link "#nowhere": #nowhere is not a heading on this page. Its headings are #fine')
  })

  it('lists five headings at most, and says when a page has none', () => {
    const many = { ...target, anchors: ['one', 'two', 'three', 'four', 'five', 'six'] }
    expect(findingOf(linkOf('target.md#zzzzzzzzzz', { kind: 'page', route, anchor: 'zzzzzzzzzz' }), [many])?.problem?.message).toBe(
      'broken link "target.md#zzzzzzzzzz": #zzzzzzzzzz is not a heading on guide/target.md. Its headings are #one, #two, #three, #four, #five…',
    )
    expect(findingOf(linkOf('target.md#x', { kind: 'page', route, anchor: 'x' }), [{ ...target, anchors: [] }])?.problem?.message).toBe(
      'broken link "target.md#x": #x is not a heading on guide/target.md. That page has no headings to link to',
    )
  })

  it('checks fragments of pages made from data against their anchors', () => {
    const people = { sourcePath: '(generated)/people', url: '/people' }
    expect(findingOf(linkOf('/people#ada-lovelace', { kind: 'page', route: people, anchor: 'ada-lovelace' }))).toBeUndefined()
    expect(findingOf(linkOf('/people#ada', { kind: 'page', route: people, anchor: 'ada' }))?.problem?.message).toBe(
      'broken link "/people#ada": #ada is not a heading on the page /people (made from people.yml). Its headings are #ada-lovelace',
    )
  })

  it('finds a percent-encoded fragment as decoded, and reports one that cannot be decoded as written', () => {
    const encoded = { ...target, anchors: ['café'] }
    expect(findingOf(linkOf('target.md#caf%C3%A9', { kind: 'page', route, anchor: 'caf%C3%A9' }), [encoded])).toBeUndefined()
    expect(findingOf(linkOf('target.md#100%', { kind: 'page', route, anchor: '100%' }), [encoded])?.problem?.message).toBe(
      'broken link "target.md#100%": #100% is not a heading on guide/target.md. Its headings are #café',
    )
  })

  it('reports a warning instead with HANDBOOK_BROKEN_LINKS=warn', () => {
    expect(findingOf(linkOf('#nowhere', { kind: 'same-page', anchor: 'nowhere' }), [target], { brokenLinks: 'warn' })?.problem?.severity).toBe('warning')
  })

  it('ends, unchecked, a link whose fragment it cannot check: empty, to an .mdx page without headings, to a page it does not know', () => {
    expect(findingOf(linkOf('#', { kind: 'same-page', anchor: '' }))).toEqual({ last: true })
    const mdx = { sourcePath: 'guide/target.mdx', url: '/guide/target', anchors: [] }
    expect(findingOf(linkOf('target.mdx#x', { kind: 'page', route, anchor: 'x' }), [mdx])).toEqual({ last: true })
    expect(findingOf(linkOf('/draft#x', { kind: 'page', route: { sourcePath: 'draft.md', url: '/draft' }, anchor: 'x' }))).toEqual({ last: true })
  })

  it('says nothing of a link without a fragment, or to a heading that is there', () => {
    expect(findingOf(linkOf('target.md', { kind: 'page', route }))).toBeUndefined()
    expect(findingOf(linkOf('target.md#real-heading', { kind: 'page', route, anchor: 'real-heading' }))).toBeUndefined()
    expect(findingOf(linkOf('#fine', { kind: 'same-page', anchor: 'fine' }))).toBeUndefined()
  })
})

describe('the broken-anchor rule on a handbook moved from Eleventy', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-anchors-'))
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

  /** The anchor-broken errors of an Eleventy project (pages/ beside _data/ and _includes/, as the 18F handbook is), `source:` (handbook.yml) as given. */
  function anchorErrors(source?: SourceTool): string[] {
    const dir = path.join(root, source ?? 'guessed')
    const files: Record<string, string> = {
      '_data/site.yml': 'title: Handbook\n',
      '_includes/note.html': '<p>note</p>\n',
      'pages/index.md': '# Home\n\nDeploy to [cloud.gov](/infrastructure/#cloud-gov), not [nowhere](/infrastructure/#nowhere).\n',
      // From the 18F handbook's launching-software/infrastructure.md.
      'pages/infrastructure.md': '---\ntitle: Infrastructure\n---\nWe deploy to [cloud.gov](#cloud-gov).\n\n## cloud.gov\n\nText.\n',
    }
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
      fs.writeFileSync(path.join(dir, file), text)
    }
    const content = path.join(dir, 'pages')
    const handbook = loadHandbook(resolveSettings({ title: 'Handbook', ...(source ? { source } : {}) }, { HANDBOOK_CONTENT_DIR: content }, root), { includeDrafts: false, hrefPrefix: '' })
    expect(handbook.source.tool).toBe(source ?? 'eleventy')
    return checkHandbook(handbook, { brokenLinks: 'error' })
      .filter((d) => d.code === 'anchor-broken')
      .map((d) => `${d.file}:${d.line} ${d.message.replace(/ is not a heading.*/, '')}`)
  }

  it("accepts links to the old tool's ids, on the same page and from another, and still reports the rest", () => {
    expect(anchorErrors()).toEqual(['index.md:3 broken link "/infrastructure/#nowhere": #nowhere'])
  })

  it('reports them when the handbook says it comes from no tool', () => {
    expect(anchorErrors('none')).toEqual([
      'index.md:3 broken link "/infrastructure/#cloud-gov": #cloud-gov',
      'index.md:3 broken link "/infrastructure/#nowhere": #nowhere',
      'infrastructure.md:4 broken link "#cloud-gov": #cloud-gov',
    ])
  })
})
