/**
 * A content folder that is missing, a file, or holds no page is an error
 * naming the resolved path and the setting, never an empty site: the
 * problem found (contentFolderProblem), its message, and `npm run check`'s
 * exit code and exact line. The build's side is in tests/build/hygiene.test.ts.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contentFolderMessage, contentFolderProblem } from '../../../src/content/load/content-folder'
import { runCheck } from '../../../scripts/lib/check-command'
import { projectRoot } from '../../../scripts/lib/site'

let root: string

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-content-folder-'))
  fs.mkdirSync(path.join(root, 'empty'))
  // Files, hidden folders and node_modules, but no page that would be built.
  fs.mkdirSync(path.join(root, 'no-pages', 'images'), { recursive: true })
  fs.writeFileSync(path.join(root, 'no-pages', 'images', 'logo.png'), '')
  fs.mkdirSync(path.join(root, 'no-pages', '.github'))
  fs.writeFileSync(path.join(root, 'no-pages', '.github', 'README.md'), '# not content')
  fs.mkdirSync(path.join(root, 'no-pages', 'node_modules', 'pkg'), { recursive: true })
  fs.writeFileSync(path.join(root, 'no-pages', 'node_modules', 'pkg', 'README.md'), '# not content')
  fs.mkdirSync(path.join(root, 'deep', 'a', 'b'), { recursive: true })
  fs.writeFileSync(path.join(root, 'deep', 'a', 'b', 'page.mdx'), '# Page')
  fs.writeFileSync(path.join(root, 'file.md'), '# A file')
})

afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

describe('contentFolderProblem', () => {
  it('tells a missing folder, a file, a folder without pages and a good folder apart', () => {
    expect(contentFolderProblem(path.join(root, 'nowhere'))).toBe('missing')
    expect(contentFolderProblem(path.join(root, 'file.md'))).toBe('not-a-folder')
    expect(contentFolderProblem(path.join(root, 'empty'))).toBe('no-pages')
    expect(contentFolderProblem(path.join(root, 'no-pages'))).toBe('no-pages')
    expect(contentFolderProblem(path.join(root, 'deep'))).toBeUndefined()
  })
})

describe('contentFolderMessage', () => {
  it('names the resolved path and where the setting came from', () => {
    expect(contentFolderMessage('missing', '/work/docs', { env: 'docs', config: 'contents' })).toBe(
      'the content folder /work/docs does not exist (HANDBOOK_CONTENT_DIR=docs). Set HANDBOOK_CONTENT_DIR to the folder of your Markdown pages (absolute, or relative to the project folder)',
    )
    expect(contentFolderMessage('no-pages', '/work/contents', { config: 'contents' })).toBe(
      "the content folder /work/contents has no pages: no .md, .mdx or .markdown file in it or its folders (contentDir: 'contents' in handbook.config.ts; HANDBOOK_CONTENT_DIR is not set). Set HANDBOOK_CONTENT_DIR to the folder of your Markdown pages (absolute, or relative to the project folder), or add a page, e.g. index.md",
    )
    expect(contentFolderMessage('not-a-folder', '/work/contents', {})).toBe(
      'the content folder /work/contents is a file, not a folder (the default; HANDBOOK_CONTENT_DIR is not set). Set HANDBOOK_CONTENT_DIR to the folder of your Markdown pages (absolute, or relative to the project folder)',
    )
  })
})

/** The check's code path in process (runCheck); tests/unit/scripts/check-cli.test.ts runs the command itself. */
function check(contentDir: string) {
  return runCheck([], { ...process.env, GITHUB_ACTIONS: '', HANDBOOK_CONTENT_DIR: contentDir })
}

describe('npm run check', () => {
  it('stops on a missing folder with one line naming the resolved path and the setting, exit code 1', async () => {
    const { code, stdout, stderr } = await check('tests/fixtures/does-not-exist')
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toBe(
      `error: the content folder ${path.join(projectRoot, 'tests/fixtures/does-not-exist')} does not exist (HANDBOOK_CONTENT_DIR=tests/fixtures/does-not-exist). Set HANDBOOK_CONTENT_DIR to the folder of your Markdown pages (absolute, or relative to the project folder)\n`,
    )
  })

  it('stops on a folder without pages the same way', async () => {
    const folder = path.join(root, 'no-pages')
    const { code, stdout, stderr } = await check(folder)
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toBe(
      `error: the content folder ${folder} has no pages: no .md, .mdx or .markdown file in it or its folders (HANDBOOK_CONTENT_DIR=${folder}). Set HANDBOOK_CONTENT_DIR to the folder of your Markdown pages (absolute, or relative to the project folder), or add a page, e.g. index.md\n`,
    )
  })
})
