import { describe, expect, it } from 'vitest'
import { parsePageSources } from '../../../src/content/pipeline/page-sources'
import type { Diagnostic } from '../../../src/content/common/diagnostics'

const page = (sourcePath: string, text: string) => ({ file: { sourcePath, absolutePath: `/content/${sourcePath}`, format: 'md' as const }, text })

describe('pages as read, parsed', () => {
  it('give the same sources and the same problems on every load, parsing again only a changed text', () => {
    const pages = [page('a.md', '---\ntitle: A\nsidebar: 3\n---\n\nText.\n'), page('guide/b.md', '---\nslug: /b-page\n---\n# B\n')]
    const first: Diagnostic[] = []
    const once = parsePageSources(pages, first)
    const again: Diagnostic[] = []
    const twice = parsePageSources(pages, again)
    expect(twice).toEqual(once)
    // The wrong `sidebar` type is reported each time, not only when the file was parsed.
    expect(again).toEqual(first)
    expect(first.length).toBeGreaterThan(0)
    const edited = parsePageSources([pages[0]!, page('guide/b.md', '---\nslug: /b-moved\n---\n# B\n')], [])
    expect(edited[1]!.url).toBe('/b-moved')
    expect(edited[0]).toEqual(once[0])
  })

  it('keep each file as given, even when another file has the same text', () => {
    const [a, b] = parsePageSources([page('one.md', '# Same\n'), page('two.md', '# Same\n')], [])
    expect(a!.file.sourcePath).toBe('one.md')
    expect(b!.file.sourcePath).toBe('two.md')
    expect(b!.url).toBe('/two')
  })
})

describe("a page's address from its frontmatter", () => {
  const urlOf = (text: string, sourcePath = 'guide/values.md') => {
    const diagnostics: Diagnostic[] = []
    const [source] = parsePageSources([page(sourcePath, text)], diagnostics)
    return { url: source!.url, diagnostics }
  }

  it("is Jekyll's and Eleventy's permalink when no slug or url is set", () => {
    expect(urlOf('---\npermalink: /contributing/\n---\n', 'CONTRIBUTING.md')).toEqual({ url: '/contributing', diagnostics: [] })
    expect(urlOf('---\npermalink: team/values/index.html\n---\n')).toEqual({ url: '/team/values', diagnostics: [] })
    expect(urlOf('---\nslug: /ours\npermalink: /theirs/\n---\n').url).toBe('/ours')
    expect(urlOf('---\nurl: /hugo/\npermalink: /theirs/\n---\n').url).toBe('/hugo')
    // No page at all is the filter's business (page-filter.ts): the address stays the file's.
    expect(urlOf('---\npermalink: false\n---\n')).toEqual({ url: '/guide/values', diagnostics: [] })
  })

  it("keeps the file's URL for a permalink it cannot take: an error when it leaves the site, a warning when the old tool computed it", () => {
    expect(urlOf('---\ntitle: T\npermalink: https://example.com/x/\n---\n')).toEqual({
      url: '/guide/values',
      diagnostics: [expect.objectContaining({ severity: 'error', code: 'url-outside', line: 3, message: expect.stringMatching(/^permalink "https:\/\/example.com\/x\/" is a full URL/) })],
    })
    expect(urlOf('---\npermalink: "/blog/{{ page.fileSlug }}/"\n---\n')).toEqual({
      url: '/guide/values',
      diagnostics: [
        {
          severity: 'warning',
          code: 'permalink-computed',
          file: 'guide/values.md',
          line: 2,
          message:
            'permalink "/blog/{{ page.fileSlug }}/" is filled in by the old tool\'s templates, which do not run on frontmatter here: write the address itself, e.g. permalink: /team/values/. Until then the page is at /guide/values',
        },
      ],
    })
  })

  it('refuses a permalink that is neither an address nor false, with the fix', () => {
    expect(urlOf('---\npermalink: true\n---\n').diagnostics).toEqual([
      expect.objectContaining({
        code: 'frontmatter-type',
        line: 2,
        message: '"permalink" must be the page\'s address, or false for a file that makes no page, but it is the boolean true. Write e.g. permalink: /team/values/ or permalink: false',
      }),
    ])
  })
})

describe('the fields a page writes that the handbook does not use', () => {
  it('are kept in the frontmatter and listed with their lines, known fields left out', () => {
    const [source] = parsePageSources([page('a.md', '---\ntitle: A\nquestions:\n  - travel\nsubtitle: S\ncSpell: ignore x\n---\nText.\n')], [])
    expect(source!.unknownFields).toEqual([
      { name: 'questions', line: 3 },
      { name: 'cSpell', line: 6 },
    ])
    expect(source!.frontmatter).toMatchObject({ questions: ['travel'], cSpell: 'ignore x', subtitle: 'S' })
  })
})
