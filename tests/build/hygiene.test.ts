/**
 * Project hygiene: building someone's handbook never modifies a tracked file
 * of this project (Gatsby's typegen rewrites src/gatsby-types.d.ts on every
 * build; the schema is declared so that it comes out the same whatever the
 * content), and a content folder that is missing or has no page stops
 * `gatsby build` and `gatsby develop` with one line naming the path and the
 * setting, and a non-zero exit, instead of an empty site.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSite, copyFixture, createSiteCopy, projectRoot, removeSite, type BuildResult, type SiteCopy } from '../../scripts/lib/site'

let site: SiteCopy
let content: string
let empty: string
let built: BuildResult

function git(...args: string[]): string {
  const result = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd: site.dir, encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`)
  return result.stdout
}

beforeAll(async () => {
  site = createSiteCopy('hygiene')
  // The copy as a repository of its own, with this project's ignore rules: what `git status` would show after a build here.
  fs.copyFileSync(path.join(projectRoot, '.gitignore'), path.join(site.dir, '.gitignore'))
  git('init', '-q')
  // node_modules is a symlink in the copy, which the `node_modules/` rule (folders only) does not match.
  fs.appendFileSync(path.join(site.dir, '.git', 'info', 'exclude'), '/node_modules\n')
  git('add', '-A')
  git('commit', '-qm', 'project')
  // A handbook without a single .mdx page: the case that used to drop the Mdx types from src/gatsby-types.d.ts.
  content = copyFixture('moved-pages')
  expect(fs.readdirSync(content, { recursive: true }).some((file) => String(file).endsWith('.mdx'))).toBe(false)
  built = await buildSite(site, { HANDBOOK_CONTENT_DIR: content, HANDBOOK_BROKEN_LINKS: 'warn' })
  if (built.code !== 0) console.error(built.output)
  empty = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-content-empty-'))
  fs.writeFileSync(path.join(empty, 'logo.png'), '')
})

afterAll(() => {
  removeSite(site)
  fs.rmSync(content, { recursive: true, force: true })
  fs.rmSync(empty, { recursive: true, force: true })
})

describe('a build', () => {
  it('leaves every tracked file of the project as it was', () => {
    expect(built.code).toBe(0)
    expect(git('status', '--porcelain')).toBe('')
  })
})

const FIX = 'Set HANDBOOK_CONTENT_DIR to the folder of your Markdown pages (absolute, or relative to the project folder)'

describe('a content folder that cannot be built', () => {
  it('stops the build when it is missing', async () => {
    const missing = path.join(os.tmpdir(), 'handbook-content-does-not-exist')
    const result = await buildSite(site, { HANDBOOK_CONTENT_DIR: missing })
    expect(result.code).toBe(1)
    expect(result.output).toContain(`error: the content folder ${missing} does not exist (HANDBOOK_CONTENT_DIR=${missing}). ${FIX}\n`)
    expect(result.output).not.toMatch(/^\s+at /m)
  })

  it('stops the build when it has no page', async () => {
    const result = await buildSite(site, { HANDBOOK_CONTENT_DIR: empty })
    expect(result.code).toBe(1)
    expect(result.output).toContain(
      `error: the content folder ${empty} has no pages: no .md, .mdx or .markdown file in it or its folders (HANDBOOK_CONTENT_DIR=${empty}). ${FIX}, or add a page, e.g. index.md\n`,
    )
    expect(result.output).not.toMatch(/^\s+at /m)
  })

  it('stops develop too, rather than serving an empty site', async () => {
    const result = await buildSite(site, { HANDBOOK_CONTENT_DIR: empty }, ['develop', '--port', String(20000 + Math.floor(Math.random() * 20000))])
    expect(result.code).toBe(1)
    expect(result.output).toContain(`error: the content folder ${empty} has no pages`)
  })
})
