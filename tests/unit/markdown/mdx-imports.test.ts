/** Relative imports of .mdx pages that name no file of the content folder: an error at the import, before webpack's "Module not found". */
import { describe, expect, it } from 'vitest'
import { parseMarkdown } from '../../../src/content/markdown/parse'
import { missingImports } from '../../../src/content/markdown/mdx-imports'

const FILES = new Set(['team/chart.jsx', 'shared/index.tsx', 'team/data.json'])
const problems = (source: string) => missingImports(parseMarkdown(source, 'mdx'), 'team/page.mdx', (file) => FILES.has(file))

describe('missingImports', () => {
  it('reports a relative import that names no file, at its line and column', () => {
    expect(problems('Intro.\n\nimport { Chart } from "./charts"\n')).toEqual([
      {
        code: 'mdx-import-missing',
        message: 'import from "./charts": no file team/charts (nor team/charts.js, .jsx, .ts, .tsx…) in the content folder. Check the path: it starts from this file\'s folder',
        line: 3,
        column: 1,
      },
    ])
  })

  it('finds files as webpack does: with an extension added, or a folder index; and leaves packages to webpack', () => {
    expect(problems("import { Chart } from './chart'\nimport Shared from '../shared'\nimport data from './data.json'\nimport React from 'react'\nexport { Chart as Graph } from './chart'\n")).toEqual([])
  })
})

describe('missingImports with the handbook components', () => {
  const check = (source: string) =>
    missingImports(parseMarkdown(source, 'mdx'), 'team/page.mdx', (file) => FILES.has(file), { components: ['CalloutBox', 'TeamMember'], installed: (specifier) => specifier === 'react' })

  it("an import whose bindings are components is the handbook's, whatever its path; any other package import not installed is an error at its line", () => {
    expect(
      check(
        "import { CalloutBox } from 'components/Docs/CalloutBox'\nimport TeamMember from './nowhere/TeamMember'\nimport { CalloutBox as Box } from 'x'\nimport React from 'react'\nimport Tabs from '@theme/Tabs'\n\n\nimport { Chart } from 'components/Chart'\n",
      ),
    ).toEqual([
      {
        code: 'mdx-import-missing',
        message: 'Chart is not a component of _components/: add _components/Chart.tsx (or .jsx) or remove the import (import from "components/Chart", which is no package the project has installed)',
        line: 8,
        column: 1,
      },
    ])
  })
})
