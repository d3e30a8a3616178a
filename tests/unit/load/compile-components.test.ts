/**
 * A handbook component that imports `gatsby` (PostHog's components read
 * their data with useStaticQuery) is refused where it imports it: Gatsby
 * never runs a static query written outside the site's src/, so the page
 * would fail while its HTML is built, "The result of this StaticQuery could
 * not be fetched", with neither file nor line.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { compileComponents } from '../../../src/content/load/compile-components'
import { contentComponentsOf } from '../../../src/content/components/files'
import { formatDiagnostic } from '../../../src/content/common/diagnostics'
import { projectRoot } from '../../../scripts/lib/site'

const content = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-gatsby-import-'))
afterAll(() => fs.rmSync(content, { recursive: true, force: true }))

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(content, file)), { recursive: true })
  fs.writeFileSync(path.join(content, file), text)
}

describe('a handbook component that imports gatsby', () => {
  it('is an error at the import, naming the StaticQuery failure it would cause and the fix; without it the components compile', () => {
    write('_components/Fine.tsx', 'export default function Fine() {\n  return <span>fine</span>\n}\n')
    write(
      '_components/TeamMember.tsx',
      "/** Like PostHog's: the team from a static query. */\nimport { graphql, useStaticQuery } from 'gatsby'\n\nexport default function TeamMember({ name }: { name: string }) {\n  const data = useStaticQuery(graphql`{ site { siteMetadata { title } } }`)\n  return <span>{name}{String(Boolean(data))}</span>\n}\n",
    )
    const nodeModules = path.join(projectRoot, 'node_modules')
    const all = contentComponentsOf(['_components/Fine.tsx', '_components/TeamMember.tsx']).components
    const refused = compileComponents(content, all, nodeModules)
    expect(refused.compiled).toBeUndefined()
    expect(refused.diagnostics.map((d) => formatDiagnostic(d))).toEqual([
      '_components/TeamMember.tsx:2: error: imports "gatsby", which a handbook component cannot use: Gatsby runs static queries (useStaticQuery, graphql) only for the site\'s own code in src/, never for the content folder, so the page would fail to build ("The result of this StaticQuery could not be fetched"). Pass what the component shows as props, or read it from a data file; write links as <a href="…">',
    ])
    const fine = compileComponents(content, contentComponentsOf(['_components/Fine.tsx']).components, nodeModules)
    expect(fine.diagnostics).toEqual([])
    expect(fine.compiled?.names).toEqual(['Fine'])
  })
})
