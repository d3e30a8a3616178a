import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadHandbook } from '../../../../src/content'
import { resolveSettings } from '../../../../src/content/settings'
import { buildSearchFiles } from '../../../../src/content/features/search/build'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-search-sections-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('search sections cut while pages are rendered', () => {
  it('give exactly the index made from the pages afterwards', () => {
    const files: Record<string, string> = {
      'index.md': '# Welcome\n\nStart with [time off](people/time-off.md).\n',
      'people/time-off.md':
        '---\ntitle: Time off\ndescription: How to take vacation.\n---\n\n## Holidays\n\nTake 25 days of vacation.\n\n```sh\nhr request --days 3\n```\n\n### Sick days\n\nTell your manager.\n',
      'people/parental.mdx': '---\ntitle: Parental leave\n---\n\n## Leave\n\nSixteen weeks.\n',
    }
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
      fs.writeFileSync(path.join(dir, file), text)
    }
    const settings = resolveSettings({ title: 'Acme Handbook' }, { HANDBOOK_CONTENT_DIR: dir }, dir)
    const withSections = loadHandbook(settings, { includeDrafts: false, hrefPrefix: '', searchSections: true })
    const without = loadHandbook(settings, { includeDrafts: false, hrefPrefix: '', searchSections: false })
    expect(
      withSections.pages
        .filter((page) => page.searchSections)
        .map((page) => page.sourcePath)
        .sort(),
    ).toEqual(['index.md', 'people/time-off.md'])
    expect(without.pages.some((page) => page.searchSections)).toBe(false)
    expect(buildSearchFiles(withSections).files).toEqual(buildSearchFiles(without).files)
  })
})
