import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { firstH1, starlightRoute, toStarlightPage } from '../../../../scripts/bench/starlight-convert'

const frontOf = (page: string) => parse(/^---\n([\s\S]*?)\n---\n/.exec(page)![1]!) as Record<string, unknown>

describe('the Starlight conversion of a page (npm run bench -- --peer starlight)', () => {
  it('keeps a frontmatter title and every other field as written', () => {
    const page = toStarlightPage('a/b.md', '---\ntitle: Kept\ndescription: About it\nsidebar_position: 3\ntags: [x, y]\n---\n\n# Other\n\nBody.\n')
    expect(frontOf(page)).toEqual({ title: 'Kept', description: 'About it', sidebar_position: 3, tags: ['x', 'y'] })
    expect(page.endsWith('\n# Other\n\nBody.\n')).toBe(true)
  })

  it('takes the first # H1 as the title, leaving the body as it was', () => {
    const source = '# Time off: how it works #\n\n## Later\n\nText.\n'
    const page = toStarlightPage('people/time-off.md', source)
    expect(frontOf(page)).toEqual({ title: 'Time off: how it works' })
    expect(page.endsWith(source)).toBe(true)
  })

  it('adds the H1 title to frontmatter that has none', () => {
    expect(frontOf(toStarlightPage('x.md', '---\ndescription: D\n---\n# Heading\n'))).toEqual({ description: 'D', title: 'Heading' })
  })

  it('falls back to the file name, or the folder name for an index page', () => {
    expect(frontOf(toStarlightPage('people-ops/Parental Leave 1.md', 'No heading here.\n')).title).toBe('Parental Leave 1')
    expect(frontOf(toStarlightPage('people-ops/time_off-policy.md', '## Only h2\n')).title).toBe('Time off policy')
    expect(frontOf(toStarlightPage('engineering/index.md', 'Text.\n')).title).toBe('Engineering')
  })

  it('drops empty values the schema rejects, and an empty title', () => {
    const page = toStarlightPage('a.md', '---\ntitle: ""\ndescription:\nlang: ~\nsidebar_position: 2\n---\n# From H1\n')
    expect(frontOf(page)).toEqual({ sidebar_position: 2, title: 'From H1' })
  })

  it('leaves the other fields byte for byte', () => {
    const front = 'description: A long description that goes on and on, well past eighty characters on one line\ntags: [a,  b] # ours\n'
    expect(toStarlightPage('a.md', `---\n${front}---\n# T\n`)).toBe(`---\ntitle: "T"\n${front}---\n# T\n`)
    const empty = 'notes: |\n\nlang: ja\n'
    expect(toStarlightPage('a.md', `---\ntitle: T\n${empty}---\nBody\n`)).toBe('---\ntitle: T\nlang: ja\n---\nBody\n')
  })

  it('does not take a heading inside fenced code', () => {
    expect(firstH1('```sh\n# a comment\n```\n\n# Real\n')).toBe('Real')
    expect(firstH1('~~~\n# no\n~~~')).toBeUndefined()
    expect(firstH1('#hashtag\n')).toBeUndefined()
  })

  it('routes pages as Astro ids them: slugged segments, index dropped', () => {
    expect(starlightRoute('index.md')).toBe('')
    expect(starlightRoute('company/index.md')).toBe('company')
    expect(starlightRoute('people-ops/benefits/Parental Leave Responsibilities 1.md')).toBe('people-ops/benefits/parental-leave-responsibilities-1')
  })
})
