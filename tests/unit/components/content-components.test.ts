/**
 * A handbook's own MDX components (`_components/`): which files are
 * components, the module webpack gets them from, their compile errors at
 * the component's line, and a component that throws, reported at its own
 * line with the page that used it.
 */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentComponentsOf } from '../../../src/content/components/files'
import { contentComponentsModule } from '../../../src/content/components/module'
import { compileComponents } from '../../../src/content/load/compile-components'
import { renderCheck } from '../../../src/content/pipeline/render-check'
import { typecheckComponents } from '../../../src/content/load/typecheck-components'
import { formatDiagnostic } from '../../../src/content/common/diagnostics'
import { NO_PEOPLE } from '../../support/people'
import { projectRoot } from '../../../scripts/lib/site'

const fixture = (name: string) => path.join(projectRoot, 'tests', 'fixtures', name)
const nodeModules = path.join(projectRoot, 'node_modules')
const show = (d: Parameters<typeof formatDiagnostic>[0]) => formatDiagnostic(d, (file) => file)

describe('which files are components', () => {
  it('is each PascalCase .tsx/.jsx file at the top of _components/, named after it; helpers in subfolders are not', () => {
    const found = contentComponentsOf(['_components/TeamMember.tsx', '_components/CalloutBox.jsx', '_components/helpers/Initials.tsx', '_components/util.ts', 'guide/_components/X.tsx'])
    expect(found.components).toEqual([
      { name: 'CalloutBox', sourcePath: '_components/CalloutBox.jsx' },
      { name: 'TeamMember', sourcePath: '_components/TeamMember.tsx' },
    ])
    expect(found.diagnostics).toEqual([])
  })

  it('warns about a file not named in PascalCase, and refuses a name the handbook already has', () => {
    const found = contentComponentsOf(['_components/team-member.tsx', '_components/Callout.tsx', '_components/Person.jsx'])
    expect(found.components).toEqual([])
    expect(found.diagnostics.map(show)).toEqual([
      '_components/Callout.tsx: error: <Callout> is already a component of this handbook: rename the file (e.g. _components/OurCallout.tsx) and use that name',
      '_components/Person.jsx: error: <Person> is already a component of this handbook: rename the file (e.g. _components/OurPerson.jsx) and use that name',
      "_components/team-member.tsx: warning: is not a component: a component's file is named after it in PascalCase, e.g. _components/TeamMember.tsx. Put helpers in a subfolder",
    ])
  })

  it('gives webpack one module that exports them by name, the same text every time', () => {
    const text = contentComponentsModule('/content', ['_components/B.tsx', '_components/A.jsx'])
    expect(text).toBe('import c0 from "/content/_components/A.jsx"\nimport c1 from "/content/_components/B.tsx"\nexport default {\n  "A": c0,\n  "B": c1,\n}\n')
    expect(contentComponentsModule('/content', [])).toBe('export default {\n}\n')
  })
})

describe('compiling them', () => {
  const mistakes = fixture('own-components-mistakes')
  const { components } = contentComponentsOf(['_components/Boom.tsx', '_components/Broken.tsx', '_components/NeedsPackage.tsx'])

  it('reports a syntax error and a package that is not installed at the component, with the fix', () => {
    const { compiled, diagnostics } = compileComponents(mistakes, components, nodeModules)
    expect(compiled).toBeUndefined()
    expect(diagnostics.map(show)).toEqual([
      '_components/Broken.tsx:3:1: error: The character "}" is not valid inside a JSX element',
      '_components/Broken.tsx:4:1: error: Unexpected end of file before a closing "div" tag',
      '_components/NeedsPackage.tsx:1:22: error: imports "canvas-confetti-not-installed", which is not installed: add it to the handbook project (npm install canvas-confetti-not-installed), or remove the import',
    ])
  })

  it('renders a page with them, and reports a component that throws at its own line, naming the page and line that used it', () => {
    const { compiled } = compileComponents(
      mistakes,
      components.filter((c) => c.name === 'Boom'),
      nodeModules,
    )
    const check = (body: string) =>
      renderCheck({
        sourcePath: 'index.mdx',
        url: '/',
        body,
        manifest: { site: { siteUrl: 'https://x.test', pathPrefix: '' }, hrefPrefix: '', routes: [{ sourcePath: 'index.mdx', url: '/' }], files: [], people: NO_PEOPLE },
        directives: new Map(),
        ...(compiled ? { compiled } : {}),
      }).map(show)
    expect(check('# Fine\n\n<Boom label="ok" />\n')).toEqual([])
    expect(check('# Page\n\nText.\n\n<Boom />\n')).toEqual(['_components/Boom.tsx:3:21: error: <Boom> threw while rendering index.mdx:5: Boom needs a label. Fix the component, or the props the page passes it'])
  })

  // A TypeScript program over React's types takes seconds on a busy two-core machine.
  it('type-checks .tsx components strictly, with React from the project', () => {
    expect(typecheckComponents(mistakes, contentComponentsOf(['_components/WrongProps.tsx', '_components/Boom.tsx']).components, nodeModules).map(show)).toEqual([
      "_components/WrongProps.tsx:3:23: error: Property 'toUpperCase' does not exist on type 'number'. (TS2339)",
    ])
    expect(typecheckComponents(fixture('own-components'), contentComponentsOf(['_components/TeamMember.tsx']).components, nodeModules)).toEqual([])
  }, 60_000)
})
