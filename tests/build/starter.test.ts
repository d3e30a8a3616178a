/**
 * The handbook `npm start` builds (contents/), as the browser tests serve it:
 * it builds without a single error or warning, so what a company sees first
 * is clean, and every page in the folder is in the output. The build is the
 * one the browser tests' global set-up asks for, so they read it from the
 * fixture-site cache instead of building it again.
 */
import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { projectRoot } from '../../scripts/lib/site'
import { scanContent } from '../../src/content/load/content-files'
import { urlFromSourcePath } from '../../src/content/links/url'
import { fixtureSite, type FixtureSite } from '../support/fixture-site'
import { STARTER_SITE } from '../support/fixture-settings'

const contents = path.join(projectRoot, 'contents')
let site: FixtureSite

beforeAll(async () => {
  site = await fixtureSite(contents, { inPlace: true, env: STARTER_SITE })
})

describe('the starter handbook', () => {
  it('builds without an error or a warning', () => {
    expect(site.build.code).toBe(0)
    expect(site.build.output).not.toMatch(/(^|: )(error|warning):/m)
  })

  it('has a page in the output for every Markdown page of contents/, but its internal one (the build is for the public)', () => {
    // The pages as the build finds them (scanContent): data folders and partials are not pages.
    const sources = scanContent(contents).pages.map((page) => page.sourcePath)
    expect(sources.length).toBeGreaterThan(20)
    const pages = site.pages()
    // Marked in its frontmatter (the editing guide shows the field in a code block too).
    const frontmatterOf = (file: string) => /^---\n([\s\S]*?)\n---/.exec(fs.readFileSync(path.join(contents, file), 'utf8'))?.[1] ?? ''
    const internal = sources.filter((file) => /^visibility: internal$/m.test(frontmatterOf(file)))
    expect(internal).toEqual(['handbook/operations/on-call-rota.md'])
    expect(sources.filter((file) => !pages.has(urlFromSourcePath(file)))).toEqual(internal)
  })

  it('writes text as it is in every language: no NUL byte in any page (the starter has Japanese pages)', () => {
    const pages = site.pages()
    expect([...pages.keys()].filter((url) => url.startsWith('/ja/')).length).toBeGreaterThan(10)
    expect([...pages].filter(([, html]) => html.includes('\u0000')).map(([url]) => url)).toEqual([])
    expect(site.page('/ja/editing/markdown')).toContain('このページはまだ')
  })
})
