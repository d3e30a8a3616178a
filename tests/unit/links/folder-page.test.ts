import { describe, expect, it } from 'vitest'
import { eleventyFolderPageUrl, folderOfPage, pageFolders } from '../../../src/content/links/folder-page'

describe('eleventyFolderPageUrl', () => {
  it("gives a page named like its folder the folder's address, as Eleventy does", () => {
    expect(eleventyFolderPageUrl('updating-the-handbook/updating-the-handbook.md')).toBe('/updating-the-handbook')
    expect(eleventyFolderPageUrl('a/Team Docs/Team Docs.md')).toBe('/a/team-docs')
  })

  it('leaves any other page alone', () => {
    expect(eleventyFolderPageUrl('guide/edit.md')).toBeUndefined()
    expect(eleventyFolderPageUrl('guide.md')).toBeUndefined()
    expect(eleventyFolderPageUrl('index/index.md')).toBeUndefined()
    // The same name in another case is another name to Eleventy.
    expect(eleventyFolderPageUrl('guide/Guide.md')).toBeUndefined()
  })
})

describe('folderOfPage', () => {
  const paths = ['README.md', 'tools/slack.md', 'tools/slack/guidelines.md', 'guide/guide.md', 'guide/edit.md', 'ops/index.md', 'ops/deploys.md']
  const folders = pageFolders(paths)

  it('lists every folder that holds a page, at any depth', () => {
    expect([...folders].sort()).toEqual(['guide', 'ops', 'tools', 'tools/slack'])
  })

  it('finds the folder of an index page, of x.md beside x/ and of x/x.md at the folder’s address', () => {
    expect(folderOfPage({ sourcePath: 'README.md', url: '/' }, folders)).toBe('')
    expect(folderOfPage({ sourcePath: 'ops/index.md', url: '/ops' }, folders)).toBe('ops')
    expect(folderOfPage({ sourcePath: 'tools/slack.md', url: '/tools/slack' }, folders)).toBe('tools/slack')
    expect(folderOfPage({ sourcePath: 'guide/guide.md', url: '/guide' }, folders)).toBe('guide')
  })

  it('finds none for another page, or for one a slug moved away from the folder’s address', () => {
    expect(folderOfPage({ sourcePath: 'guide/guide.md', url: '/guide/guide' }, folders)).toBeUndefined()
    expect(folderOfPage({ sourcePath: 'tools/slack.md', url: '/chat' }, folders)).toBeUndefined()
    expect(folderOfPage({ sourcePath: 'ops/deploys.md', url: '/ops/deploys' }, folders)).toBeUndefined()
  })
})
