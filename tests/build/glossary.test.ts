/**
 * The glossary (the `reader-tools` fixture, whose one build issue 32's tests
 * share): glossary.yml becomes /glossary with an anchor per term, in search;
 * the first use of each term or alias on `.md` and `.mdx` pages is marked
 * with its tooltip, never in a heading, code or a link, and not at all on a
 * page with `glossary: false`. Mistakes in glossary.yml are reported at
 * their line (checked without Gatsby).
 */
import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkFixture, fixtureSite, type FixtureSite } from '../support/fixture-site'
import { parseHtml } from '../support/html'

let site: FixtureSite

beforeAll(async () => {
  site = await fixtureSite('reader-tools')
  if (site.build.code !== 0) console.error(site.build.output)
})

/** The marked terms of a page: the word, where it links, and its tooltip's text. */
function termsOf(url: string): Array<{ word: string; href: string; tip: string }> {
  return parseHtml(site.page(url))
    .querySelectorAll('.markdown .glossary-term')
    .map((term) => {
      const link = term.querySelector('a')!
      const tip = term.querySelector(`#${link.getAttribute('aria-describedby')}`)
      return { word: link.textContent, href: link.getAttribute('href') ?? '', tip: tip?.getAttribute('role') === 'tooltip' ? tip.textContent : '' }
    })
}

describe('the glossary', () => {
  it('builds', () => {
    expect(site.build.code).toBe(0)
  })

  it('makes /glossary with an anchor per term, in alphabetical order, with aliases, definitions and links', () => {
    const page = parseHtml(site.page('/glossary'))
    expect(page.querySelectorAll('.glossary > dt').map((dt) => [dt.id, dt.textContent])).toEqual([
      ['11', '1:1'],
      ['buddy', 'Buddy'],
      ['okr', 'OKR'],
      ['pto', 'PTO'],
    ])
    const pto = page.querySelector('#pto')!.nextElementSibling!
    expect(pto.textContent).toContain('Also: paid time off')
    // The definition's relative link, from glossary.yml, resolved as a page's are; the entry's link below it.
    expect(pto.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(['/handbook/time-off', '/handbook/time-off'])
    expect(page.querySelector('#okr')!.nextElementSibling!.querySelector('em')?.textContent).toBe('Objectives and key results')
  })

  it('never publishes glossary.yml, and lists /glossary in the sitemap', () => {
    expect(site.exists('glossary.yml')).toBe(false)
    expect(fs.readFileSync(path.join(site.publicDir, 'sitemap.xml'), 'utf8')).toContain('/glossary</loc>')
  })

  it('puts each entry in search', () => {
    const dir = path.join(site.publicDir, '_handbook', 'search')
    const text = fs
      .readdirSync(dir)
      .filter((file) => file.startsWith('text-'))
      .map((file) => fs.readFileSync(path.join(dir, file), 'utf8'))
      .join('')
    // A section per entry: its term as the heading, its aliases and definition as the text.
    expect(text).toContain('"PTO","paid time off. Paid time off, the days you take off with pay. See Time off."')
    expect(text).toContain('"Buddy","A colleague who answers')
  })

  it('marks the first use of each term or alias in an .md page, not in headings, code or links, capitals only for PTO', () => {
    const terms = termsOf('/handbook/benefits')
    expect(terms.map((term) => [term.word, term.href])).toEqual([
      ['PTO', '/glossary#pto'],
      ['1:1', '/glossary#11'],
    ])
    expect(terms[0]!.tip).toBe('Paid time off, the days you take off with pay. See Time off.')
    const page = parseHtml(site.page('/handbook/benefits'))
    expect(page.querySelector('h2')!.textContent).toContain('How PTO works')
    expect(page.querySelector('h2 .glossary-term')).toBeNull()
    expect(page.querySelector('code')!.textContent).toBe('PTO')
    expect(page.querySelector('.markdown a[href="/handbook/time-off"]')!.textContent).toBe('PTO policy')
    // The first PTO of the prose is the one marked; the next ones, the lower-case one and the alias stay text.
    expect(page.querySelectorAll('.markdown p')[1]!.innerHTML).toMatch(/^Everyone gets 25 days of <span class="glossary-term">.*<\/span> a year\. Book PTO two weeks ahead; pto written/)
  })

  it('marks .mdx pages as well, inside a callout too, aliases included', () => {
    const terms = termsOf('/handbook/goals')
    expect(terms.map((term) => [term.word, term.href])).toEqual([
      ['OKRs', '/glossary#okr'],
      ['buddy', '/glossary#buddy'],
    ])
    expect(terms[0]!.tip).toBe('Objectives and key results: what a team sets out to do each quarter, and how it will know.')
  })

  it('leaves a page with glossary: false as it is', () => {
    expect(termsOf('/handbook/glossary-off')).toEqual([])
    expect(site.page('/handbook/glossary-off')).toContain('PTO, OKR and 1:1 stay plain text here.')
  })

  it('reports mistakes in glossary.yml at their line, with the fix, and keeps the other entries', async () => {
    const checked = await checkFixture('reader-tools', {
      label: 'reader-tools-glossary-mistakes',
      prepare: (content) => {
        const text = fs.readFileSync(path.join(content, 'glossary.yml'), 'utf8')
        fs.writeFileSync(
          path.join(content, 'glossary.yml'),
          `${text}- term: Standup\n- term: Retro\n  definition: A look back.\n  link: "javascript:alert(1)"\n- term: RFC\n  definiton: Request for comments.\n`,
        )
      },
    })
    const errors = checked.diagnostics('error')
    expect(errors).toEqual([
      expect.stringMatching(/^glossary\.yml:14:3: .*"Standup" has no "definition": add what it means/),
      expect.stringMatching(/^glossary\.yml:17:9: .*the link of "Retro" must be a page of this site \(\/handbook\/time-off\) or a full URL/),
      expect.stringMatching(/^glossary\.yml:18:3: .*"RFC" has no "definition"/),
    ])
    expect(checked.diagnostics('warning')).toContainEqual(expect.stringMatching(/^glossary\.yml:19:3: .*"definiton" is not a field of a glossary entry, so it is ignored\. Did you mean "definition"\?/))
  })
})
