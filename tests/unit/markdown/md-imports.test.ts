/** The import lines of a `.md` page, outside code, and the snippets they bring (through other snippets too). */
import { describe, expect, it } from 'vitest'
import { importLines, importTarget, snippetFiles } from '../../../src/content/markdown/md-imports'
import { inCodeRanges } from '../../../src/content/markdown/code-ranges'

describe('importLines', () => {
  it('reads default, named, aliased, namespace and multi-line imports, at their lines', () => {
    const text =
      "---\n\nimport SOC2 from './_snippets/soc2.mdx'\nimport { CalloutBox, Tab as T } from \"components/Docs/CalloutBox\";\nimport {\n  A,\n  B\n} from 'x'\nimport * as Icons from 'icons'\nimport './style.css'\n"
    expect(importLines(text).map(({ specifier, bindings, line }) => ({ specifier, bindings: bindings.map((b) => `${b.imported}:${b.local}`), line }))).toEqual([
      { specifier: './_snippets/soc2.mdx', bindings: ['default:SOC2'], line: 3 },
      { specifier: 'components/Docs/CalloutBox', bindings: ['CalloutBox:CalloutBox', 'Tab:T'], line: 4 },
      { specifier: 'x', bindings: ['A:A', 'B:B'], line: 5 },
      { specifier: 'icons', bindings: ['*:Icons'], line: 9 },
      { specifier: './style.css', bindings: [], line: 10 },
    ])
  })

  it('leaves code and prose alone', () => {
    const text = "```js\nimport React from 'react'\n```\n\nimport the data from the old system\n  import X from 'y'\n"
    expect(importLines(text, inCodeRanges([[0, 33]]))).toEqual([])
  })
})

describe('snippetFiles', () => {
  it("reads the snippets a page imports and theirs, from each file's folder, once, never outside the content folder", () => {
    const files: Record<string, string> = { 'team/_snippets/a.md': "import B from '../../shared/b.mdx'\n\nA", 'shared/b.mdx': "import A from '../team/_snippets/a.md'\n\nB" }
    const read = (file: string) => files[file]
    expect(snippetFiles("import A from './_snippets/a.md'\nimport O from '../../outside.md'\nimport C from './chart'\n", 'team/page.md', read)).toEqual(files)
    expect(importTarget('../../outside.md', 'team/page.md')).toBe('../outside.md')
    expect(importTarget('components/X', 'team/page.md')).toBeUndefined()
  })
})
