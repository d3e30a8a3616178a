/**
 * The production stylesheet stage's one module (src/node/joined-stylesheets.ts): the stylesheets the index
 * imports, joined in its order, or the index itself when they cannot be. That built pages are styled is the
 * build and browser tests' part; that the joined file gives the same stylesheet, byte for byte, was measured.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { importedStylesheets, JOINED_STYLESHEETS, joinStylesheets, STYLESHEETS_INDEX, stylesheetsEntry } from '../../../src/node/joined-stylesheets'
import { fileTrees } from '../../support/file-tree'

const trees = fileTrees('joined-stylesheets')
afterAll(() => trees.remove())
const root = path.join(__dirname, '..', '..', '..')

describe('the stylesheets the index imports', () => {
  it('are read in order, comments and blank lines aside', () => {
    expect(importedStylesheets("/** The site's stylesheet. */\nimport './global/tokens.css'\n\n// the rest\nimport './content/tabs.css'\n")).toEqual(['./global/tokens.css', './content/tabs.css'])
  })

  it('are not joined when the index imports anything else, or a stylesheet has an at-rule that must come first', () => {
    expect(importedStylesheets("import './a.css'\nimport { theme } from './theme'\n")).toBeUndefined()
    expect(importedStylesheets("import './a.css'\nconsole.log('styles')\n")).toBeUndefined()
    expect(importedStylesheets('')).toBeUndefined()
    expect(joinStylesheets(['a { color: red }', "@import url('b.css');\nb { color: blue }\n"])).toBeUndefined()
    expect(joinStylesheets(['a { color: red }', 'b { color: blue }\n'])).toBe('a { color: red }\nb { color: blue }\n')
  })

  it("are joined for this site's own index: every stylesheet it imports, in its order", () => {
    const index = fs.readFileSync(path.join(root, STYLESHEETS_INDEX), 'utf8')
    const files = importedStylesheets(index)
    expect(files?.length).toBe(index.match(/^import /gm)?.length)
    const texts = files!.map((file) => fs.readFileSync(path.join(root, 'src', 'styles', file), 'utf8'))
    expect(joinStylesheets(texts)).toBeDefined()
  })
})

describe('the entry of the production stylesheet stage', () => {
  it('is the joined file, written again only when its text changed, or the index when it cannot be joined', () => {
    const project = trees.tree({ 'src/styles/index.ts': "import './a.css'\nimport './b.css'\n", 'src/styles/a.css': 'a { color: red }\n', 'src/styles/b.css': 'b { color: blue }\n' })
    const entry = stylesheetsEntry(project)
    expect(entry).toBe(path.join(project, JOINED_STYLESHEETS))
    expect(fs.readFileSync(entry, 'utf8')).toBe('a { color: red }\nb { color: blue }\n')
    const written = fs.statSync(entry).mtimeMs
    fs.utimesSync(entry, new Date(written - 60_000), new Date(written - 60_000))
    const before = fs.statSync(entry).mtimeMs
    stylesheetsEntry(project)
    expect(fs.statSync(entry).mtimeMs).toBe(before)
    fs.writeFileSync(path.join(project, 'src/styles/b.css'), '@charset "utf-8";\nb { color: blue }\n')
    expect(stylesheetsEntry(project)).toBe(path.join(project, STYLESHEETS_INDEX))
  })
})
