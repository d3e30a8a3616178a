/** The address Docusaurus gave a doc (docusaurus.io/docs/create-doc, /docs/api/plugins/@docusaurus/plugin-content-docs#markdown-front-matter), in our URL form. */
import { describe, expect, it } from 'vitest'
import { docusaurusUrl } from '../../../src/content/links/docusaurus-url'

const url = (sourcePath: string, frontmatter: Record<string, unknown> = {}, numberPrefixes = true) => docusaurusUrl(sourcePath, frontmatter, { numberPrefixes })

describe('docusaurusUrl', () => {
  it('drops the number prefixes of the file and its folders', () => {
    expect(url('tutorial/02-deploy.md')).toBe('/tutorial/deploy')
    expect(url('01-basics/03_setup.mdx')).toBe('/basics/setup')
    expect(url('01-basics/index.md')).toBe('/basics')
    expect(url('notes/2021-11-review.md')).toBe('/notes/2021-11-review')
  })

  it('keeps them when numberPrefixParser is false', () => {
    expect(url('01-basics/02-deploy.md', {}, false)).toBe('/01-basics/02-deploy')
  })

  it("an index, a README or a file named like its folder is the folder's address", () => {
    expect(url('index.md')).toBe('/')
    expect(url('guides/README.md')).toBe('/guides')
    expect(url('guides/Guides.md')).toBe('/guides')
  })

  it("id: replaces the file's name, in its folder", () => {
    expect(url('api/02-errors.md', { id: 'error-codes' })).toBe('/api/error-codes')
  })

  it('slug: replaces the address: from the root with a /, else in the folder without prefixes; over id: and index files', () => {
    expect(url('01-basics/02-deploy.md', { slug: '/ship' })).toBe('/ship')
    expect(url('01-basics/02-deploy.md', { slug: 'ship', id: 'x' })).toBe('/basics/ship')
    expect(url('01-basics/index.md', { slug: 'start' })).toBe('/basics/start')
    expect(url('01-basics/02-deploy.md', { slug: 'a/b' })).toBe('/basics/a/b')
  })

  it('a slug that is no address of the site gives none (page-sources.ts reports it)', () => {
    expect(url('a.md', { slug: 'https://elsewhere.example/x' })).toBeUndefined()
  })
})
