import { describe, expect, it } from 'vitest'
import { generatedLinks } from '../../../src/content/checks/generated-links'
import { checkInput } from '../../../src/content/checks/input'
import type { CheckOptions } from '../../../src/content/checks/options'
import { generatedPageOf, handbookOf, linkOf } from '../../support/handbook'

const gone = linkOf('/gone', { kind: 'broken', href: '/gone', reason: 'no page at /gone' }, { line: undefined, column: undefined })
const elsewhere = linkOf('docs/x.md', { kind: 'broken', href: 'docs/x.md', reason: 'no page file docs/x.md' }, { line: undefined, column: undefined })
const fine = linkOf('/', { kind: 'page', route: { sourcePath: 'index.md', url: '/' } })

function problemsOf(options: CheckOptions = { brokenLinks: 'error' }) {
  const generated = [
    generatedPageOf({ url: '/people', dataFile: 'people.yml', links: [gone, fine, elsewhere] }),
    generatedPageOf({ url: '/people/org-chart', kind: 'org-chart', dataFile: 'people.yml', links: [gone] }),
    generatedPageOf({ url: '/teams', kind: 'teams', dataFile: 'teams.yml', links: [gone] }),
  ]
  return generatedLinks.run(checkInput(handbookOf([{ sourcePath: 'index.md' }], { generated }), options))
}

describe('the generated-links check', () => {
  it('reports each broken address once per data file, at the file, with no line', () => {
    expect(problemsOf()).toEqual([
      {
        severity: 'error',
        code: 'link-broken',
        file: 'people.yml',
        message: 'broken link "/gone" in a bio or team description (shown on /people): no page at /gone. Paths start from the data file\'s folder, or from the site\'s root with /',
      },
      {
        severity: 'error',
        code: 'link-broken',
        file: 'people.yml',
        message: 'broken link "docs/x.md" in a bio or team description (shown on /people): no page file docs/x.md. Paths start from the data file\'s folder, or from the site\'s root with /',
      },
      {
        severity: 'error',
        code: 'link-broken',
        file: 'teams.yml',
        message: 'broken link "/gone" in a bio or team description (shown on /teams): no page at /gone. Paths start from the data file\'s folder, or from the site\'s root with /',
      },
    ])
  })

  it('reports warnings instead with HANDBOOK_BROKEN_LINKS=warn', () => {
    expect(problemsOf({ brokenLinks: 'warn' }).map((d) => d.severity)).toEqual(['warning', 'warning', 'warning'])
  })
})
