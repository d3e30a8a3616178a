/**
 * A handbook's own MDX components (`_components/`): a PostHog-style page
 * uses them without an import and they are static HTML in the built page
 * (no script added); mistakes in them (syntax, a package that is not
 * installed, a type error, a component that throws) stop the build at the
 * component's file and line, before webpack.
 */
import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkFixture, fixtureSite, type CheckedFixture, type FixtureSite } from '../support/fixture-site'
import { parseHtml } from '../support/html'

const buildFixture = (name: string, prepare?: (content: string) => void) => fixtureSite(name, prepare ? { prepare } : {})

let good: FixtureSite
let mistakes: FixtureSite
let typed: CheckedFixture
let throwing: FixtureSite

beforeAll(async () => {
  good = await buildFixture('own-components')
  mistakes = await buildFixture('own-components-mistakes')
  // With the components that do not compile gone, the type error; without it too, the component that throws.
  // What the check reports is all this case asserts: no Gatsby build needed.
  typed = await checkFixture('own-components-mistakes', {
    prepare: (content) => {
      for (const file of ['Broken.tsx', 'NeedsPackage.tsx']) fs.rmSync(path.join(content, '_components', file))
    },
  })
  throwing = await buildFixture('own-components-mistakes', (content) => {
    for (const file of ['Broken.tsx', 'NeedsPackage.tsx', 'WrongProps.tsx']) fs.rmSync(path.join(content, '_components', file))
  })
}, 600_000)

describe("a handbook's own components", () => {
  it('render into the page as static HTML, with Markdown inside, and no script of their own', () => {
    expect(good.build.code).toBe(0)
    const html = good.page('/team')
    const page = parseHtml(html)
    expect(page.querySelector('.markdown .team-member')!.text).toBe('AQAda Quill')
    expect(page.querySelector('.markdown aside.callout-box.callout-box-fyi .callout-box-title')!.text).toBe('Note')
    expect(page.querySelector('.markdown aside.callout-box strong')!.text).toBe('twice a day')
    expect(page.querySelectorAll('script[src]').map((s) => s.getAttribute('src'))).toEqual([expect.stringMatching(/^\/_handbook\/handbook-[\w-]+\.js$/)])
  })

  it('that do not compile stop the build at their file and line, before webpack', () => {
    expect(mistakes.build.code).not.toBe(0)
    expect(mistakes.diagnostics()).toEqual([
      '_components/Broken.tsx:3:1: error: The character "}" is not valid inside a JSX element',
      '_components/Broken.tsx:4:1: error: Unexpected end of file before a closing "div" tag',
      '_components/NeedsPackage.tsx:1:22: error: imports "canvas-confetti-not-installed", which is not installed: add it to the handbook project (npm install canvas-confetti-not-installed), or remove the import',
      "_components/lowercase.tsx: warning: is not a component: a component's file is named after it in PascalCase, e.g. _components/Lowercase.tsx. Put helpers in a subfolder",
    ])
    expect(mistakes.build.output).not.toMatch(/WebpackError|^\s+at /m)
  })

  it('with a type error stop the build at it, as our own code would', () => {
    expect(typed.code).not.toBe(0)
    expect(typed.diagnostics().filter((line) => line.includes('error'))).toEqual(["_components/WrongProps.tsx:3:23: error: Property 'toUpperCase' does not exist on type 'number'. (TS2339)"])
  })

  it('that throw stop the build at the line that threw, naming the page and line that used them', () => {
    expect(throwing.build.code).not.toBe(0)
    expect(throwing.diagnostics().filter((line) => line.includes('error'))).toEqual([
      '_components/Boom.tsx:3:21: error: <Boom> threw while rendering index.mdx:7: Boom needs a label. Fix the component, or the props the page passes it',
    ])
    expect(throwing.build.output).not.toMatch(/WebpackError|Building static HTML/)
  })
})
