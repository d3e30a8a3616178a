/**
 * Project hygiene: building someone's handbook never modifies a tracked file
 * of this project (Gatsby's typegen rewrites src/gatsby-types.d.ts on every
 * build; the schema is declared so that it comes out the same whatever the
 * content), and a content folder that is missing or has no page stops
 * `gatsby build` and `gatsby develop` with one line naming the path and the
 * setting, and a non-zero exit, instead of an empty site.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixtureSite, runGatsby, type FixtureSite } from '../support/fixture-site'
import { MOVED_PAGES_SITE } from '../support/fixture-settings'

let site: FixtureSite
let empty: string

beforeAll(async () => {
  // A handbook without a single .mdx page: the case that used to drop the Mdx types from src/gatsby-types.d.ts.
  site = await fixtureSite('moved-pages', { env: MOVED_PAGES_SITE })
  expect(fs.readdirSync(site.content, { recursive: true }).some((file) => String(file).endsWith('.mdx'))).toBe(false)
  if (site.build.code !== 0) console.error(site.build.output)
  empty = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-content-empty-'))
  fs.writeFileSync(path.join(empty, 'logo.png'), '')
})

afterAll(() => {
  fs.rmSync(empty, { recursive: true, force: true })
})

describe('a build', () => {
  it('leaves every tracked file of the project as it was', () => {
    expect(site.build.code).toBe(0)
    expect(site.projectChanges).toBe('')
  })
})

const FIX = 'Set HANDBOOK_CONTENT_DIR to the folder of your Markdown pages (absolute, or relative to the project folder)'

describe('a content folder that cannot be built', () => {
  it('stops the build when it is missing', async () => {
    const missing = path.join(os.tmpdir(), 'handbook-content-does-not-exist')
    const result = await runGatsby({ HANDBOOK_CONTENT_DIR: missing })
    expect(result.code).toBe(1)
    expect(result.output).toContain(`error: the content folder ${missing} does not exist (HANDBOOK_CONTENT_DIR=${missing}). ${FIX}\n`)
    expect(result.output).not.toMatch(/^\s+at /m)
  })

  it('stops the build when it has no page', async () => {
    const result = await runGatsby({ HANDBOOK_CONTENT_DIR: empty })
    expect(result.code).toBe(1)
    expect(result.output).toContain(
      `error: the content folder ${empty} has no pages: no .md, .mdx or .markdown file in it or its folders (HANDBOOK_CONTENT_DIR=${empty}). ${FIX}, or add a page, e.g. index.md\n`,
    )
    expect(result.output).not.toMatch(/^\s+at /m)
  })

  it('stops develop too, rather than serving an empty site', async () => {
    const result = await runGatsby({ HANDBOOK_CONTENT_DIR: empty }, ['develop', '--port', String(20000 + Math.floor(Math.random() * 20000))])
    expect(result.code).toBe(1)
    expect(result.output).toContain(`error: the content folder ${empty} has no pages`)
  })
})
