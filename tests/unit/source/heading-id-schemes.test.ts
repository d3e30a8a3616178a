import { describe, expect, it } from 'vitest'
import { slug as githubSlug } from 'github-slugger'
import { eleventySlug, gitbookSlug, goldmarkSlug, kramdownGfmSlug, kramdownTypography, mkdocsSlug, toolSlugger, type HeadingText } from '../../../src/content/source/heading-id-schemes'
import { SOURCE_TOOLS, type SourceTool } from '../../../src/content/source/tool'
import { realPages } from '../../support/real-pages'

const text = (value: string): HeadingText => ({ runs: [{ value, kind: 'text' }] })

/** The ids one page's headings get under `tool`, in order. */
function idsOf(tool: SourceTool, headings: readonly (HeadingText | string)[], reserved: readonly string[] = []): string[] {
  const slugger = toolSlugger(tool)!
  for (const id of reserved) slugger.reserve(id)
  return headings.map((heading) => slugger.id(typeof heading === 'string' ? text(heading) : heading))
}

describe("Eleventy's slugify filter (markdown-it-anchor with it, as the 18F handbook had)", () => {
  it('gives the ids the 18F handbook links to, which GitHub gives otherwise', () => {
    // Each heading of the corpus with the anchor its pages link to.
    const corpus: [string, string][] = [
      ['cloud.gov', 'cloud-gov'],
      ["Other people's money", 'other-people-s-money'],
      ['508 - Accessibility', '508-accessibility'],
      ['M&IE and use of the GSA travel card', 'm-and-ie-and-use-of-the-gsa-travel-card'],
      ["Changes made prior to an authorization's approval in Concur", 'changes-made-prior-to-an-authorization-s-approval-in-concur'],
      ['Nominating participant reviewer(s)', 'nominating-participant-reviewer-s'],
      ['Using the hours you’ve earned', 'using-the-hours-you-ve-earned'],
      ['Meals and Incidental Expenses (M&IE)', 'meals-and-incidental-expenses-m-and-ie'],
    ]
    for (const [heading, anchor] of corpus) {
      expect(eleventySlug(heading)).toBe(anchor)
      expect(githubSlug(heading)).not.toBe(anchor)
    }
  })

  it('transliterates, and keeps words in camel case together (decamelize: false)', () => {
    expect(eleventySlug('Über straße café')).toBe('ueber-strasse-cafe')
    expect(eleventySlug('iOS and macOS')).toBe('ios-and-macos')
    expect(eleventySlug('  Spaces  and -- dashes  ')).toBe('spaces-and-dashes')
  })

  it('numbers repeats -1, -2 as markdown-it-anchor does, past ids set by hand', () => {
    expect(idsOf('eleventy', ['Notes', 'Notes', 'Notes'])).toEqual(['notes', 'notes-1', 'notes-2'])
    expect(idsOf('eleventy', ['Notes', 'Notes'], ['notes-1'])).toEqual(['notes', 'notes-2'])
    expect(
      idsOf('eleventy', [
        {
          runs: [
            { value: 'Run ', kind: 'text' },
            { value: 'npm ci', kind: 'code' },
            { value: 'logo', kind: 'alt' },
          ],
        },
      ]),
    ).toEqual(['run-npm-ci'])
  })
})

describe("Jekyll's kramdown with GFM input", () => {
  it("removes what is not a word character, hyphen or space, as kramdown-parser-gfm's own test cases show", () => {
    expect(kramdownGfmSlug('variable_name')).toBe('variable_name')
    expect(kramdownGfmSlug('abc def öúß')).toBe('abc-def-öúß')
    expect(kramdownGfmSlug('192 abc 192')).toBe('192-abc-192')
    expect(kramdownGfmSlug('before \tafter tab')).toBe('before--after-tab')
    expect(kramdownGfmSlug('With “smart” quotes')).toBe('with-smart-quotes')
    expect(kramdownGfmSlug(';.;;')).toBe('')
  })

  it('makes cloud.gov cloudgov, like GitHub', () => {
    expect(kramdownGfmSlug('cloud.gov')).toBe('cloudgov')
    expect(kramdownGfmSlug("Other people's money")).toBe('other-peoples-money')
  })

  it('reads -- and ... as dashes and an ellipsis outside code, which then go: there it differs from GitHub', () => {
    expect(kramdownTypography('a --- b -- c ... <<d>>')).toBe('a \u2014 b \u2013 c \u2026 \u00abd\u00bb')
    expect(idsOf('jekyll', ['508 -- Accessibility'])).toEqual(['508--accessibility'])
    expect(githubSlug('508 -- Accessibility')).toBe('508----accessibility')
    // Inline code keeps its dashes.
    expect(
      idsOf('jekyll', [
        {
          runs: [
            { value: 'Use ', kind: 'text' },
            { value: '--force', kind: 'code' },
          ],
        },
      ]),
    ).toEqual(['use---force'])
  })

  it('numbers each id by itself, an empty one included, and knows nothing of ids set by hand', () => {
    expect(idsOf('jekyll', ['variable_name', ';.;;', 'variable_name', 'variable_name', ';;'])).toEqual(['variable_name', '', 'variable_name-1', 'variable_name-2', '-1'])
    expect(idsOf('jekyll', ['Notes'], ['notes'])).toEqual(['notes'])
  })
})

describe("Hugo's goldmark (autoHeadingIDType: github)", () => {
  it("gives the ids of Hugo's own tests", () => {
    const cases: [string, string][] = [
      ['God is good: 神真美好', 'god-is-good-神真美好'],
      ['Number 32', 'number-32'],
      ['Question?', 'question'],
      ['1+2=3', '123'],
      ['Special !"#$%&(parens)=?´* chars', 'special-parens-chars'],
      ['Resumé', 'resumé'],
      ['Multiple--Hyphens', 'multiple--hyphens'],
      ['Trailing hyphen-', 'trailing-hyphen-'],
      ['Many   spaces  here', 'many---spaces--here'],
      ['Forward/slash', 'forwardslash'],
      ['Under_score', 'under_score'],
      ['Nonbreaking\u00a0Space', 'nonbreakingspace'],
      ['Tab\tSpace', 'tabspace'],
      ['Trailing Space ', 'trailing-space'],
    ]
    for (const [heading, id] of cases) expect(goldmarkSlug(heading)).toBe(id)
  })

  it('reads the heading as written, so emphasis underscores and link addresses count, and names an empty one "heading"', () => {
    expect(idsOf('hugo', [{ runs: [{ value: 'Read the docs', kind: 'text' }], source: '_Read_ the [docs](https://gohugo.io)' }])).toEqual(['_read_-the-docshttpsgohugoio'])
    expect(idsOf('hugo', [text('Read the docs')])).toEqual(['read-the-docs'])
    expect(idsOf('hugo', ['???', '???'])).toEqual(['heading', 'heading-1'])
    expect(idsOf('hugo', ['Notes', 'Notes'], ['notes-1'])).toEqual(['notes', 'notes-2'])
  })
})

describe('GitBook', () => {
  it('makes each run of punctuation a hyphen, where GitHub drops it', () => {
    expect(gitbookSlug('Country/Region')).toBe('country-region')
    expect(gitbookSlug('config.yml')).toBe('config-yml')
    expect(gitbookSlug('  What is new? ')).toBe('what-is-new')
    expect(githubSlug('Country/Region')).toBe('countryregion')
    expect(idsOf('gitbook', ['FAQ', 'FAQ'])).toEqual(['faq', 'faq-1'])
  })
})

describe('Docusaurus', () => {
  it("slugs like GitHub, but counts an image's alt text", () => {
    const withLogo: HeadingText = {
      runs: [
        { value: 'logo', kind: 'alt' },
        { value: ' Setup', kind: 'text' },
      ],
    }
    expect(idsOf('docusaurus', ['cloud.gov', withLogo, 'cloud.gov'])).toEqual(['cloudgov', 'logo-setup', 'cloudgov-1'])
  })
})

describe('MkDocs (Python-Markdown toc)', () => {
  it('drops accents and punctuation, and numbers repeats _1, _2', () => {
    expect(mkdocsSlug('cloud.gov')).toBe('cloudgov')
    expect(mkdocsSlug('Résumé -- and  more')).toBe('resume-and-more')
    expect(mkdocsSlug('Under_score')).toBe('under_score')
    expect(idsOf('mkdocs', ['Header', 'Header', 'Header'])).toEqual(['header', 'header_1', 'header_2'])
    expect(idsOf('mkdocs', ['Step', 'Step_1'], ['step'])).toEqual(['step_1', 'step_2'])
    expect(idsOf('mkdocs', ['???'])).toEqual(['_1'])
  })
})

describe('toolSlugger', () => {
  it('has a scheme for every tool but none', () => {
    for (const tool of SOURCE_TOOLS) expect(toolSlugger(tool) === undefined).toBe(tool === 'none')
  })
})

describe("Eleventy's slug of plain ASCII, made without transliterating", () => {
  it('is what @sindresorhus/slugify gives, for every heading of the fixtures, the starter and the real pages, and for hard cases', async () => {
    const { default: slugify } = await import('@sindresorhus/slugify')
    const headings: string[] = ['', '-', '---a---', 'A&B', 'a \\ b', 'Tab\there', 'UPPER lower 123', '__init__', '$100 (USD) [sic] {x}', 'Ünïcode', 'café & co', '“quotes”', 'x-'.repeat(20)]
    for (const { text } of realPages()) for (const match of text.matchAll(/^#{1,6}[ \t]+(.+)$/gm)) headings.push(match[1]!)
    expect(headings.length).toBeGreaterThan(300)
    for (const heading of headings) expect(eleventySlug(heading), heading).toBe(slugify(heading, { decamelize: false }))
  })
})
