import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { publicWriter, tallyText } from '../../../src/node/public-writer'

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-public-'))
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

const publicDir = () => path.join(dir, 'public')
const manifest = () => path.join(dir, 'cache', 'public-files.json')

describe('the public folder writer', () => {
  it('writes a file only when its contents changed, and says how many it wrote', () => {
    const first = publicWriter(publicDir())
    expect(first.write('_handbook/search/a.json', '{"a":1}')).toBe(true)
    expect(first.write('guide.md', '# Guide\n')).toBe(true)
    expect(tallyText(first.tally())).toBe('all 2')
    const before = fs.statSync(path.join(publicDir(), 'guide.md')).mtimeMs
    const second = publicWriter(publicDir())
    expect(second.write('_handbook/search/a.json', '{"a":1}')).toBe(false)
    expect(second.write('guide.md', '# Guide, edited\n')).toBe(true)
    expect(second.tally()).toEqual({ written: 1, total: 2 })
    expect(tallyText({ written: 1, total: 2 })).toBe('1 of 2')
    expect(fs.readFileSync(path.join(publicDir(), 'guide.md'), 'utf8')).toBe('# Guide, edited\n')
    expect(fs.statSync(path.join(publicDir(), 'guide.md')).mtimeMs).toBeGreaterThanOrEqual(before)
  })

  it('copies a linked file again only when it changed', () => {
    const source = path.join(dir, 'chart.svg')
    fs.writeFileSync(source, '<svg/>')
    expect(publicWriter(publicDir()).copy(source, 'img/chart.svg')).toBe(true)
    expect(publicWriter(publicDir()).copy(source, 'img/chart.svg')).toBe(false)
    fs.writeFileSync(source, '<svg width="2"/>')
    fs.utimesSync(source, new Date(), new Date(Date.now() + 5000))
    expect(publicWriter(publicDir()).copy(source, 'img/chart.svg')).toBe(true)
    expect(fs.readFileSync(path.join(publicDir(), 'img', 'chart.svg'), 'utf8')).toBe('<svg width="2"/>')
  })

  it('removes what an earlier build wrote and this one did not, and nothing else', () => {
    const first = publicWriter(publicDir())
    first.write('old-page.md', 'gone')
    first.write('kept.md', 'kept')
    expect(first.removeStale(manifest())).toBe(0)
    fs.writeFileSync(path.join(publicDir(), 'gatsby-made.html'), '<p>not ours</p>')
    const second = publicWriter(publicDir())
    second.write('kept.md', 'kept')
    expect(second.removeStale(manifest())).toBe(1)
    expect(fs.existsSync(path.join(publicDir(), 'old-page.md'))).toBe(false)
    expect(fs.existsSync(path.join(publicDir(), 'kept.md'))).toBe(true)
    expect(fs.existsSync(path.join(publicDir(), 'gatsby-made.html'))).toBe(true)
  })
})
