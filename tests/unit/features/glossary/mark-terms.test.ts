import { describe, expect, it } from 'vitest'
import { renderPage, type RenderedPage } from '../../../../src/content/markdown/render'
import { markdownPlugins } from '../../../../src/content/features'
import { createLinkIndex } from '../../../../src/content/links/links'
import { glossaryTips, loadGlossary } from '../../../../src/content/features/glossary'
import { glossaryDataOf, glossaryFileData } from '../../../../src/content/features/glossary/file-data'
import { sectionsFromHtml } from '../../../../src/content/features/search/extract'
import { markdownCopyOf } from '../../../../src/content/features/markdown-copy/page-copy'
import type { Diagnostic } from '../../../../src/content/common/diagnostics'
import { evaluate } from '@mdx-js/mdx'
import * as runtime from 'react/jsx-runtime'
import { createElement, type ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { handbookMdxPlugins, type RouteManifest } from '../../../../src/content/markdown/mdx'
import { NO_PEOPLE } from '../../../support/people'

const site = { siteUrl: 'https://handbook.example', pathPrefix: '' }

const GLOSSARY = `- term: PTO
  aliases: [paid time off, vacation days]
  definition: Paid time off, see [Time off](/time-off). **Ask** your lead.
  link: /time-off
- term: OKR
  aliases: OKRs
  definition: Objectives and key results.
- term: 1:1
  definition: A weekly meeting with your lead.
- term: Onboarding
  definition: Your first weeks.
- term: café
  definition: Where we meet.
- term: 有給休暇
  definition: Paid leave, in Japanese.
- term: Straße
  definition: A street.
`

function tipsOf(text = GLOSSARY) {
  const diagnostics: Diagnostic[] = []
  const tips = glossaryTips(loadGlossary({ path: 'glossary.yml', text }, diagnostics))
  expect(diagnostics).toEqual([])
  return tips
}

const TIPS = tipsOf()

function render(body: string, options: { format?: 'md' | 'mdx'; off?: boolean; hrefPrefix?: string } = {}): RenderedPage {
  const glossary = glossaryDataOf(options.off ? { glossary: false } : {}, { glossary: TIPS, hrefPrefix: options.hrefPrefix ?? '' })
  return renderPage({
    body,
    format: options.format ?? 'md',
    link: { from: { sourcePath: 'page.md', url: '/page' }, index: createLinkIndex([], () => false), site, hrefPrefix: options.hrefPrefix ?? '' },
    iframeHosts: [],
    markdown: markdownPlugins(),
    ...(glossary ? { fileData: { glossary } } : {}),
  })
}

const Callout = ({ children }: { children?: ReactNode }) => createElement('aside', null, children)
const Badge = ({ children }: { children?: ReactNode }) => createElement('b', null, children)
const components = { Callout, Badge }

/** An .mdx page compiled with the plugins Gatsby is given, and rendered by React. */
async function renderMdx(text: string, entry: { glossary?: false } = {}): Promise<string> {
  const file = '/site/leave.mdx'
  const manifest: RouteManifest = { people: NO_PEOPLE, site, hrefPrefix: '', routes: [], files: [], mdx: { [file]: { sourcePath: 'leave.mdx', url: '/leave', ...entry } }, ...(TIPS ? { glossary: TIPS } : {}) }
  const plugins = handbookMdxPlugins(
    () => manifest,
    undefined,
    markdownPlugins(),
    (site, page) => glossaryFileData(page, site),
  )
  const { default: Content } = await evaluate({ value: text, path: file }, { ...runtime, ...plugins } as never)
  return renderToStaticMarkup(createElement(Content as never, { components }))
}

/** The words marked on the page, in order. */
const marked = (html: string): string[] => [...html.matchAll(/<span class="glossary-term"><a href="[^"]*" aria-describedby="[^"]*">([^<]*)<\/a>/g)].map((m) => m[1]!)

describe('glossary terms marked on a page', () => {
  it('marks the first use of a term as a link to its entry, described by its tooltip', () => {
    const page = render('# Leave\n\nTake PTO early. PTO is counted in days.\n')
    expect(page.html).toContain(
      '<span class="glossary-term"><a href="/glossary#pto" aria-describedby="glossary-tip-pto">PTO</a><span role="tooltip" id="glossary-tip-pto" class="glossary-tip">Paid time off, see Time off. <strong>Ask</strong> your lead.</span></span>',
    )
    expect(marked(page.html)).toEqual(['PTO'])
    expect(page.html).toContain(' early. PTO is counted in days.')
  })

  it('matches terms in capitals in capitals only, other terms in any case', () => {
    expect(marked(render('The pto and okr are not PTO.\n').html)).toEqual(['PTO'])
    expect(marked(render('ONBOARDING and onboarding.\n').html)).toEqual(['ONBOARDING'])
  })

  it('marks an alias as its entry, once per entry whichever word comes first', () => {
    expect(marked(render('Your paid time off, or PTO, and your OKRs.\n').html)).toEqual(['paid time off', 'OKRs'])
    expect(render('Your paid\ntime off.\n').html).toContain('href="/glossary#pto"')
  })

  it('marks whole words only', () => {
    expect(marked(render('PTOs, SPTO, PTO2 and 11:1 or 1:12.\n').html)).toEqual([])
    expect(marked(render('A 1:1, then (PTO).\n').html)).toEqual(['1:1', 'PTO'])
  })

  it('leaves headings, links, code, abbreviations and raw HTML controls as they are', () => {
    const page = render('# PTO\n\n## About PTO\n\n[PTO](/time-off) and `PTO` and <abbr title="x">PTO</abbr> <kbd>PTO</kbd>\n\n```\nPTO\n```\n\nNow PTO.\n')
    expect(marked(page.html)).toEqual(['PTO'])
    expect(page.html).toMatch(/Now <span class="glossary-term">/)
    expect(page.headings.map((h) => h.text)).toEqual(['About PTO'])
  })

  it('finds words with letters of every script as whole words, and Japanese words inside a sentence', () => {
    expect(marked(render('Un café, pas des cafés.\n').html)).toEqual(['café'])
    expect(marked(render('Les cafés.\n').html)).toEqual([])
    expect(marked(render('Die STRASSE und die Straße.\n').html)).toEqual(['Straße'])
    expect(marked(render('来週は有給休暇を取ります。PTOを申請。\n').html)).toEqual(['有給休暇', 'PTO'])
  })

  it('marks nothing on a page with glossary: false, and adds the path prefix to the link', () => {
    expect(marked(render('Take PTO.\n', { off: true }).html)).toEqual([])
    expect(render('Take PTO.\n', { hrefPrefix: '/docs' }).html).toContain('href="/docs/glossary#pto"')
  })

  it('keeps the definition out of search sections and the Markdown copy', () => {
    const page = render('# Leave\n\nTake PTO early.\n')
    expect(
      sectionsFromHtml(page.html)
        .map((s) => s.text)
        .join(' '),
    ).toBe('Take PTO early.')
    const copy = markdownCopyOf('Leave', page.html, '/page', site)
    expect(copy).toContain('Take [PTO](https://handbook.example/glossary#pto) early.')
    expect(copy).not.toContain('Paid time off')
  })

  it('marks .mdx pages as the compiler builds them: prose and block components, not inline components nor with glossary: false', async () => {
    const html = await renderMdx('# Leave\n\n<Callout>\n\nPlan your PTO.\n\n</Callout>\n\nYour OKR and <Badge>1:1</Badge>.\n')
    expect(marked(html)).toEqual(['PTO', 'OKR'])
    expect(html).toContain('<span role="tooltip" id="glossary-tip-okr" class="glossary-tip">Objectives and key results.</span>')
    // The compiler gets the tooltip as nodes, a .md page as HTML written once (trusted-html.ts): the same markup.
    const tip = '<span role="tooltip" id="glossary-tip-pto" class="glossary-tip">Paid time off, see Time off. <strong>Ask</strong> your lead.</span>'
    expect(html).toContain(tip)
    expect(render('Plan your PTO.\n').html).toContain(tip)
    expect(html).toContain('<b>1:1</b>')
    expect(marked(await renderMdx('Your OKR.\n', { glossary: false }))).toEqual([])
  })
})
