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
