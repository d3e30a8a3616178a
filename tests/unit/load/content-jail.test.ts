/**
 * The content folder is a jail (issue 24, part 1): symbolic links (to a file,
 * a folder, nothing), pipes and a folder named handbook.yml are errors at
 * their paths, and no byte of a file outside the folder reaches the loaded
 * handbook (pages, includes, search sections, Markdown copies) or a copy.
 * The links are made here: git fixtures cannot hold them portably.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadHandbook, type Handbook } from '../../../src/content'
import { resolveSettings } from '../../../src/content/settings'
import { formatDiagnostic } from '../../../src/content/common/diagnostics'
import { insideContent } from '../../../src/content/common/inside-content'
import { loadSettingsFile } from '../../../src/content/load/settings-file'
import { publishedContentFile } from '../../../src/content/publish/content-file'

const MARKER = 'marker123'
let root: string
let content: string
let handbook: Handbook
let fifo = false

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, text)
}

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-jail-'))
  content = path.join(root, 'content')
  write(path.join(root, 'outside', 'secret.txt'), `SECRET_TOKEN=${MARKER}\n`)
  write(path.join(root, 'outside', 'config'), `[remote "origin"]\n\turl = https://x-access-token:${MARKER}@github.com/acme/handbook\n`)
  write(path.join(root, 'outside', 'page.md'), `# Leaked\n\nSECRET_TOKEN=${MARKER}\n`)
  write(path.join(content, 'index.md'), '# Home\n\nSee [the policy](docs/policy.pdf) and [the environment](env.md).\n\n{{< include "docs/terms.txt" >}}\n')
  write(path.join(content, 'env.md'), '# Environment\n\n{{< include "docs/env.txt" >}}\n\nSee [the config](docs/gitconfig.txt) and [home](index.md).\n')
  write(path.join(content, 'docs', 'terms.txt'), 'Plain terms.\n')
  write(path.join(content, 'docs', 'policy.pdf'), '%PDF-1.4 passive')
  write(path.join(content, 'handbook.yml', 'notes.txt'), 'a folder named handbook.yml\n')
  fs.symlinkSync(path.join(root, 'outside', 'secret.txt'), path.join(content, 'leak.md'))
  fs.symlinkSync('../../outside/secret.txt', path.join(content, 'docs', 'env.txt'))
  fs.symlinkSync('../../outside/config', path.join(content, 'docs', 'gitconfig.txt'))
  fs.symlinkSync('../outside', path.join(content, 'linked-folder'))
  fs.symlinkSync('nowhere.md', path.join(content, 'dangling.md'))
  fifo = spawnSync('mkfifo', [path.join(content, 'docs', 'pipe.txt')]).status === 0
  const settings = resolveSettings({ title: 'Jail' }, { HANDBOOK_CONTENT_DIR: content }, root)
  handbook = loadHandbook(settings, { includeDrafts: false, hrefPrefix: '', markdownCopies: true, searchSections: true })
})

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true })
})

const LINK = 'symbolic links are not content, so this one was not read (links and includes that name it are broken too): commit the file itself (git add the real file, not a link)'

describe('the content folder is a jail', () => {
  it('reports every link, whatever it points to, and a pipe, at its path', () => {
    const jail = handbook.diagnostics.filter((d) => d.code.startsWith('content-')).map((d) => formatDiagnostic(d))
    expect(jail).toEqual([
      `dangling.md: error: ${LINK}`,
      `docs/env.txt: error: ${LINK}`,
      `docs/gitconfig.txt: error: ${LINK}`,
      ...(fifo ? ['docs/pipe.txt: error: this is a named pipe (FIFO), not a file, so it was not read: only files and folders are content. Delete it'] : []),
      `leak.md: error: ${LINK}`,
      `linked-folder: error: ${LINK}`,
    ])
  })

  it('reads nothing through them: no page, include, linked file or search text holds a byte of the targets', () => {
    expect(handbook.pages.map((page) => page.sourcePath)).toEqual(['env.md', 'index.md'])
    expect(handbook.linkedFiles).toEqual(['docs/policy.pdf'])
    expect(handbook.contentFiles).not.toContain('docs/env.txt')
    // The include finds no file: an error at its line (the link, a broken link for the checks).
    expect(handbook.diagnostics.filter((d) => d.file === 'env.md').map((d) => [d.line, d.code])).toEqual([[3, 'include']])
    const home = handbook.pages.find((page) => page.sourcePath === 'index.md')!
    expect(home.markdownCopy).toContain('Plain terms.')
    expect(home.searchSections?.length).toBeGreaterThan(0)
    expect(JSON.stringify(handbook)).not.toContain(MARKER)
  })

  it('says so of a folder named handbook.yml, without a stack trace', () => {
    expect(loadSettingsFile(content)).toEqual({
      config: {},
      diagnostics: [
        {
          severity: 'error',
          code: 'settings-not-a-file',
          file: 'handbook.yml',
          message: "handbook.yml is a folder, so the site's settings were not read from it: rename the folder, and write the settings in a file named handbook.yml",
        },
      ],
    })
  })

  it('leaves a link named handbook.yml to the scan, and does not read it', () => {
    const other = path.join(root, 'settings-link')
    write(path.join(other, 'index.md'), '# Home\n')
    fs.symlinkSync(path.join(root, 'outside', 'secret.txt'), path.join(other, 'handbook.yml'))
    expect(loadSettingsFile(other)).toEqual({ config: {}, diagnostics: [] })
  })
})

describe('every read and copy resolves inside the content folder', () => {
  it('refuses a file whose real path is outside, through a link to it or to a folder above it', () => {
    expect(insideContent(content, 'docs/gitconfig.txt')).toEqual({
      ok: false,
      message: 'docs/gitconfig.txt leads outside the content folder (through a symbolic link), so it was not read: commit the file itself (git add the real file, not a link)',
    })
    expect(publishedContentFile(content, 'linked-folder/secret.txt')).toEqual({
      kind: 'refused',
      message: 'linked-folder/secret.txt leads outside the content folder (through a symbolic link), so it was not read: commit the file itself (git add the real file, not a link)',
    })
    expect(publishedContentFile(content, 'dangling.md')).toEqual({ kind: 'refused', message: 'dangling.md is not in the content folder (or is a link to nothing), so it was not read' })
    expect(publishedContentFile(content, 'handbook.yml')).toMatchObject({ kind: 'refused' })
  })

  it('copies a file of the folder from its real path, also when the folder itself is named through a link', () => {
    const via = path.join(root, 'via')
    fs.symlinkSync(content, via)
    const published = publishedContentFile(via, 'docs/policy.pdf')
    expect(published).toEqual({ kind: 'copy', source: path.join(fs.realpathSync(content), 'docs', 'policy.pdf') })
  })
})
