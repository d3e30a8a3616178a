/**
 * The one bounded walk of the folders around the content: files by their
 * path, in name order, links and hidden entries left out, stopped at its
 * limit, folders and files chosen by the caller.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { fileTrees } from '../../support/file-tree'
import { walkFiles } from '../../../src/content/source/walk-files'

const { tree, remove } = fileTrees('walk')
afterAll(remove)

describe('walkFiles', () => {
  it('lists files by their path from the folder, in name order at each level, without hidden files and folders', () => {
    const dir = tree({ 'b.png': '', 'a/z.png': '', 'a/B.png': '', '.DS_Store': '', '.git/config': '', 'a/.hidden.png': '', 'c/d/e.pdf': '' })
    expect(walkFiles(dir, { limit: 100 })).toEqual(['a/B.png', 'a/z.png', 'b.png', 'c/d/e.pdf'])
  })

  it('neither follows nor lists links, to files or to folders', () => {
    const outside = tree({ 'secret.txt': 'x', 'folder/inner.txt': 'y' })
    const dir = tree({ 'kept.txt': '' })
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'link.txt'))
    fs.symlinkSync(path.join(outside, 'folder'), path.join(dir, 'folder'))
    expect(walkFiles(dir, { limit: 100 })).toEqual(['kept.txt'])
  })

  it('stops at its limit, counting only the files it keeps', () => {
    const dir = tree({ 'a.txt': '', 'b.txt': '', 'c/d.txt': '', 'c/e.txt': '' })
    expect(walkFiles(dir, { limit: 3 })).toEqual(['a.txt', 'b.txt', 'c/d.txt'])
    expect(walkFiles(dir, { limit: 2, keep: (rel) => rel.includes('/') })).toEqual(['c/d.txt', 'c/e.txt'])
  })

  it('goes only into the folders `enter` allows, given their path from the start and their full path', () => {
    const dir = tree({ 'skip/a.txt': '', 'keep/skip/b.txt': '', 'keep/c.txt': '' })
    const seen: [string, string][] = []
    const files = walkFiles(dir, {
      limit: 100,
      enter: (rel, full) => {
        seen.push([rel, full])
        return rel !== 'skip'
      },
    })
    expect(files).toEqual(['keep/c.txt', 'keep/skip/b.txt'])
    expect(seen).toEqual([
      ['keep', path.join(dir, 'keep')],
      ['keep/skip', path.join(dir, 'keep/skip')],
      ['skip', path.join(dir, 'skip')],
    ])
  })

  it('lists nothing for a folder that is not there', () => {
    expect(walkFiles(path.join(os.tmpdir(), 'no-such-folder-walk'), { limit: 10 })).toEqual([])
  })
})
