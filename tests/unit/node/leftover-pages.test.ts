import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { gatsbyPageFiles, leftoverPages } from '../../../src/node/leftover-pages'

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-leftovers-'))
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

function put(relative: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true })
  fs.writeFileSync(path.join(dir, relative), 'x')
}

describe("Gatsby's files of a page", () => {
  it('are its HTML and its page data, named as Gatsby names them', () => {
    expect(gatsbyPageFiles('/')).toEqual(['index.html', 'page-data/index/page-data.json'])
    expect(gatsbyPageFiles('/guide/first')).toEqual(['guide/first/index.html', 'page-data/guide/first/page-data.json'])
    expect(gatsbyPageFiles('/404.html')).toEqual(['404.html', 'page-data/404.html/page-data.json'])
  })
})

describe('pages an earlier build left', () => {
  it('are the HTML files and page data no one made, never Gatsby’s own folders or other files', () => {
    const made = new Set([...gatsbyPageFiles('/'), ...gatsbyPageFiles('/guide'), 'old/redirect/index.html', 'guide.md'])
    for (const file of [...made, 'page-data/app-data.json', 'page-data/sq/d/123.json', 'static/abc/report.html', '_gatsby/slices/_gatsby-scripts-1.html', 'app-1a2b.js', 'guide/old/image.png']) put(file)
    for (const file of ['guide/old/index.html', 'page-data/guide/old/page-data.json', 'legacy/index.html', 'moved.html']) put(file)
    expect(leftoverPages(dir, (file) => made.has(file))).toEqual(['guide/old/index.html', 'legacy/index.html', 'moved.html', 'page-data/guide/old/page-data.json'])
  })

  it('are none when there is no public folder', () => {
    expect(leftoverPages(path.join(dir, 'public'), () => false)).toEqual([])
  })
})
