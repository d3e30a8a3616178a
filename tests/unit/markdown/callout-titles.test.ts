/** GitHub alerts titled in the page's language: its own `lang`, else the handbook's, with the handbook's own wording over the catalogue's. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parse } from 'node-html-parser'
import { loadHandbook } from '../../../src/content'
import { resolveSettings } from '../../../src/content/settings'
import { calloutTitlesFor } from '../../../src/content/markdown/callout-titles'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'callout-titles-'))
const content = path.join(root, 'content')
fs.mkdirSync(content, { recursive: true })
fs.writeFileSync(path.join(content, 'index.md'), '# Home\n\n> [!NOTE]\n> Read this first.\n')
fs.writeFileSync(path.join(content, 'tokyo.md'), '---\ntitle: 東京\nlang: ja\n---\n\n> [!WARNING]\n> 台風の日は在宅勤務です。\n')
// The other syntaxes: Docusaurus' admonitions and MkDocs' (a callout and a details box), untitled and titled by the editor.
const OTHERS = ':::info\nA.\n:::\n\n:::tip[Written]\nB.\n:::\n\n!!! danger\n    C.\n\n??? note\n    D.\n\n!!! note "Kept"\n    E.\n'
fs.mkdirSync(path.join(content, 'other'))
fs.writeFileSync(path.join(content, 'other/en.md'), `# Admonitions\n\n${OTHERS}`)
fs.writeFileSync(path.join(content, 'other/ja.md'), `---\ntitle: 注意書き\nlang: ja\n---\n\n${OTHERS}`)

afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

const titlesIn = (lang: string | undefined) => {
  const settings = resolveSettings({ contentDir: content, ...(lang ? { lang } : {}) }, {}, root)
  const handbook = loadHandbook(settings, { includeDrafts: false, hrefPrefix: '' })
  return Object.fromEntries(handbook.pages.filter((page) => !page.sourcePath.startsWith('other/')).map((page) => [page.sourcePath, parse(page.html).querySelector('.callout-title')?.text]))
}

describe("GitHub alerts' titles", () => {
  it("are in the page's language: its own lang, else the handbook's", () => {
    expect(titlesIn(undefined)).toEqual({ 'index.md': 'Note', 'tokyo.md': '警告' })
    expect(titlesIn('de')).toEqual({ 'index.md': 'Hinweis', 'tokyo.md': '警告' })
  })

  it("of the other syntaxes are the page's word for their kind when the editor wrote none; English pages keep their names", () => {
    // An MkDocs handbook: its `!!!` blocks are read (Docusaurus' `:::` are in any).
    const settings = resolveSettings({ contentDir: content, source: 'mkdocs' }, {}, root)
    const html = new Map(loadHandbook(settings, { includeDrafts: false, hrefPrefix: '' }).pages.map((page) => [page.sourcePath, parse(page.html)]))
    const titles = (sourcePath: string) =>
      html
        .get(sourcePath)!
        .querySelectorAll('.callout-title, summary')
        .map((title) => title.text)
    expect(titles('other/en.md')).toEqual(['Info', 'Written', 'Danger', 'Note', 'Kept'])
    expect(titles('other/ja.md')).toEqual(['注記', 'Written', '注意', '注記', 'Kept'])
  })

  it("are carried by a page only where they are not English's, and take the handbook's own wording", () => {
    expect(calloutTitlesFor({})('en')).toBeUndefined()
    expect(calloutTitlesFor({})('pt-BR')?.note).toBe('Nota')
    expect(calloutTitlesFor({ en: { calloutNote: 'Heads up' } })('en')).toEqual({ note: 'Heads up', tip: 'Tip', important: 'Important', warning: 'Warning', caution: 'Caution' })
  })
})
