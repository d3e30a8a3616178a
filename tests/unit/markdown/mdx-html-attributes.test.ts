/**
 * HTML attributes in `.mdx` JSX, as pages migrated from HTML-minded tools
 * write them (`style="float: right;"`, `class=`, `for=`, `colspan=`): given
 * React's form on the MDX tree, so the page renders them as written and
 * React neither throws nor warns; a style that is not CSS is an error at its
 * element. And the build's compile, which gets the body without its
 * frontmatter, reports positions as lines of the file.
 */
import React from 'react'
import * as jsxRuntime from 'react/jsx-runtime'
import { renderToStaticMarkup } from 'react-dom/server'
import { compileSync, evaluateSync } from '@mdx-js/mdx'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { convertHtmlAttributes, reactAttributeName, styleObject } from '../../../src/content/markdown/mdx-html-attributes'
import { handbookMdxPlugins, type RouteManifest } from '../../../src/content/markdown/mdx'
import { parseMarkdown } from '../../../src/content/markdown/parse'
import { mdxSyntaxProblem } from '../../../src/content/markdown/mdx-syntax'
import { NO_PEOPLE } from '../../support/people'

const FILE = '/content/handbook/values.mdx'

function manifest(lines?: number): RouteManifest {
  return {
    site: { siteUrl: 'https://handbook.test', pathPrefix: '' },
    hrefPrefix: '',
    routes: [{ sourcePath: 'handbook/values.mdx', url: '/handbook/values' }],
    files: ['images/explorer-hog.png'],
    people: NO_PEOPLE,
    mdx: { [FILE]: { sourcePath: 'handbook/values.mdx', url: '/handbook/values', ...(lines !== undefined ? { lines } : {}) } },
  }
}

/** The page as the build compiles and renders it, with what React said on the way. */
function rendered(body: string): { html: string; warnings: string[] } {
  const plugins = handbookMdxPlugins(() => manifest())
  const Content = evaluateSync({ value: body, path: FILE }, { ...jsxRuntime, ...plugins, development: false } as Parameters<typeof evaluateSync>[1]).default
  const warnings: string[] = []
  const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    warnings.push(args.map(String).join(' '))
  })
  try {
    return { html: renderToStaticMarkup(React.createElement(Content)), warnings }
  } finally {
    spy.mockRestore()
  }
}

afterEach(() => vi.restoreAllMocks())

describe("HTML attributes in .mdx JSX, in React's form", () => {
  it('renders style strings, class, for, tabindex and colspan as written in HTML, with no React warning', () => {
    const { html, warnings } = rendered(
      [
        '<img src="/images/explorer-hog.png" alt="Explorer hog" style="float: right; margin-left: 10px;" class="hog" />',
        '',
        '<div class="values" tabindex="0">We are open.</div>',
        '',
        '<label for="name">Name</label>',
        '',
        '<table><tbody><tr><td colspan="2">Wide</td></tr></tbody></table>',
        '',
      ].join('\n'),
    )
    expect(warnings).toEqual([])
    expect(html).toContain('<img src="/images/explorer-hog.png" alt="Explorer hog" style="float:right;margin-left:10px" class="hog"/>')
    expect(html).toContain('<div class="values" tabindex="0">We are open.</div>')
    expect(html).toContain('<label for="name">Name</label>')
    // React writes colSpan as it is named (HTML attribute names ignore case).
    expect(html).toContain('<td colSpan="2">Wide</td>')
  })

  it("leaves components' props, aria-* and data-* attributes, and React's own names as written", () => {
    const tree = parseMarkdown('<Card class="x" style="y" />\n\n<div aria-label="a" data-team="b" className="c" class="d" onclick="e" />\n', 'mdx')
    expect(convertHtmlAttributes(tree)).toEqual([])
    const attributes = (index: number) => ((tree.children[index] as unknown as { attributes: Array<{ name: string }> }).attributes ?? []).map((a) => a.name)
    expect(attributes(0)).toEqual(['class', 'style'])
    expect(attributes(1)).toEqual(['aria-label', 'data-team', 'className', 'class', 'onclick'])
  })

  it("names attributes as React does, in HTML and in SVG, from property-information's tables", () => {
    expect(['class', 'for', 'tabindex', 'colspan', 'frameborder', 'allowfullscreen', 'srcset', 'accept-charset', 'href', 'className'].map((name) => reactAttributeName(name, false))).toEqual([
      'className',
      'htmlFor',
      'tabIndex',
      'colSpan',
      'frameBorder',
      'allowFullScreen',
      'srcSet',
      'acceptCharset',
      undefined,
      undefined,
    ])
    expect(['xlink:href', 'stroke-width', 'viewBox'].map((name) => reactAttributeName(name, true))).toEqual(['xlinkHref', 'strokeWidth', undefined])
  })

  it('reads a style string as a style object: properties camelCased, vendor prefixes and custom properties as React wants them', () => {
    expect(styleObject('float: right; margin-left: 10px; -webkit-transition: none; -ms-transform: none; --accent: red')).toEqual({
      float: 'right',
      marginLeft: '10px',
      WebkitTransition: 'none',
      msTransform: 'none',
      '--accent': 'red',
    })
    expect(styleObject('float right')).toBeUndefined()
  })

  it('reports a style that is not CSS at its attribute, with the form to write', () => {
    const tree = parseMarkdown('# Values\n\nText.\n\n<img src="a.png" alt="" style="float right" />\n', 'mdx')
    expect(convertHtmlAttributes(tree)).toEqual([
      {
        code: 'mdx-style-invalid',
        message: `style="float right" on <img> is not CSS React can read (each declaration is "property: value", separated by ";"). In .mdx, write the style as an object, e.g. style={{float: 'right', marginLeft: '10px'}}`,
        line: 5,
        column: 1,
      },
    ])
  })
})

describe("the build's compile of a page whose frontmatter gatsby-plugin-mdx took off", () => {
  const file = ['---', 'title: Values', 'owner: ops', '---', '', '# Values', '', '<div>', '', 'Never closed.', ''].join('\n')
  // What gray-matter leaves of it: the lines after the closing ---.
  const body = file.split('\n').slice(4).join('\n')
  const lineOf = (lines?: number): number | undefined => {
    try {
      compileSync({ value: body, path: FILE }, { ...handbookMdxPlugins(() => manifest(lines)), development: false })
    } catch (cause) {
      return mdxSyntaxProblem(cause).line
    }
    return undefined
  }

  it("reports an MDX error at the file's line (the unclosed <div> on line 8), not the body's", () => {
    expect(lineOf(file.split('\n').length)).toBe(8)
    // Without the file's length (a manifest of an older build), the body's own line, as before.
    expect(lineOf()).toBe(4)
  })
})
