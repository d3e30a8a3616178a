import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { publicWriter, removePublicFiles, tallyText } from '../../../src/node/public-writer'

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

  it('places a redirect page where nothing of this build is, replacing one an earlier build left', () => {
    const gatsbyPage = 'guide/real/index.html'
    fs.mkdirSync(path.join(publicDir(), 'guide', 'real'), { recursive: true })
    fs.writeFileSync(path.join(publicDir(), gatsbyPage), '<p>real page</p>')
    fs.mkdirSync(path.join(publicDir(), 'old'), { recursive: true })
    fs.writeFileSync(path.join(publicDir(), 'old', 'index.html'), '<meta http-equiv="refresh" content="0; url=/gone">')
    fs.writeFileSync(path.join(publicDir(), 'a-file'), 'text')
    const out = publicWriter(publicDir(), (file) => file === gatsbyPage)
    expect(out.placeholder(gatsbyPage, 'redirect')).toBe(false)
    expect(fs.readFileSync(path.join(publicDir(), gatsbyPage), 'utf8')).toBe('<p>real page</p>')
    // An earlier build's redirect page (tracked or not) is no page of this build: replaced.
    expect(out.placeholder('old/index.html', 'redirect to /new')).toBe(true)
    expect(fs.readFileSync(path.join(publicDir(), 'old', 'index.html'), 'utf8')).toBe('redirect to /new')
    expect(out.placeholder('old/index.html', 'a second redirect from the same URL')).toBe(false)
    expect(out.placeholder('a-file/index.html', 'redirect')).toBe(false)
    expect(out.placeholder('guide/index.html', 'redirect')).toBe(true)
    expect(out.made('guide/index.html')).toBe(true)
    expect(out.made('a-file')).toBe(false)
  })

  it('removes a redirect page a later build no longer makes, but not a page of that build at its URL', () => {
    const first = publicWriter(publicDir())
    first.placeholder('guide/old-home/index.html', 'redirect')
    first.placeholder('legacy/guide/index.html', 'redirect')
    first.removeStale(manifest())
    // The later build: legacy/guide is a real page now (Gatsby wrote it), guide/old-home is no redirect any more.
    fs.writeFileSync(path.join(publicDir(), 'legacy', 'guide', 'index.html'), '<p>real page</p>')
    const second = publicWriter(publicDir(), (file) => file === 'legacy/guide/index.html')
    expect(second.removeStale(manifest())).toBe(1)
    expect(fs.existsSync(path.join(publicDir(), 'guide'))).toBe(false)
    expect(fs.readFileSync(path.join(publicDir(), 'legacy', 'guide', 'index.html'), 'utf8')).toBe('<p>real page</p>')
  })

  it('removes files and the folders they leave empty, nothing outside public/', () => {
    for (const file of ['a/b/c.md', 'a/keep.md', 'd/e.html']) {
      fs.mkdirSync(path.dirname(path.join(publicDir(), file)), { recursive: true })
      fs.writeFileSync(path.join(publicDir(), file), 'x')
    }
    fs.writeFileSync(path.join(dir, 'outside.md'), 'x')
    expect(removePublicFiles(publicDir(), ['a/b/c.md', 'd/e.html', 'missing.md', '../outside.md'])).toBe(2)
    expect(fs.readdirSync(publicDir()).sort()).toEqual(['a'])
    expect(fs.readdirSync(path.join(publicDir(), 'a'))).toEqual(['keep.md'])
    expect(fs.existsSync(path.join(dir, 'outside.md'))).toBe(true)
  })

  it('reads the list where an earlier version kept it, then keeps it in one place only', () => {
    const former = path.join(dir, 'cache', 'handbook', 'public-files.json')
    const first = publicWriter(publicDir())
    first.write('old-page.md', 'gone')
    first.removeStale(former)
    const list = path.join(publicDir(), '_handbook', 'public-files.json')
    const second = publicWriter(publicDir())
    second.write('kept.md', 'kept')
    expect(second.removeStale(list, former)).toBe(1)
    expect(fs.existsSync(path.join(publicDir(), 'old-page.md'))).toBe(false)
    expect(fs.existsSync(former)).toBe(false)
    expect(JSON.parse(fs.readFileSync(list, 'utf8'))).toEqual(['kept.md'])
    const unchanged = fs.statSync(list).mtimeMs
    const third = publicWriter(publicDir())
    third.write('kept.md', 'kept')
    expect(third.removeStale(list, former)).toBe(0)
    expect(fs.statSync(list).mtimeMs).toBe(unchanged)
  })
})
