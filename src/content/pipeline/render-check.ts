/**
 * The check's compile of an `.mdx` page: compiled with @mdx-js/mdx and the
 * site's own remark/rehype plugins, then rendered to static HTML with the
 * handbook's own components, as the build will. A component that throws is
 * reported at the line of its file that threw (through the bundle's source
 * map) and names the page, before webpack would end the build with a stack
 * trace. The provider's components (Callout…) are drawn as plain wrappers
 * here: this is about the page's and the handbook's code, not ours.
 */
import vm from 'node:vm'
import React from 'react'
import * as jsxRuntime from 'react/jsx-runtime'
import { renderToStaticMarkup } from 'react-dom/server'
import { compileSync, evaluateSync } from '@mdx-js/mdx'
import { SourceMapConsumer } from 'source-map-js'
import { error, type Diagnostic } from '../common/diagnostics'
import type { CompiledComponents } from '../load/compile-components'
import { handbookMdxPlugins, type RouteManifest } from '../markdown/mdx'
import { mdxSyntaxProblem } from '../markdown/mdx-syntax'
import { MDX_PROVIDER_COMPONENTS } from '../../shared/mdx-components'
import type { DirectiveHandlers } from '../markdown/directive-handlers'

type Component = React.ComponentType<Record<string, unknown>>

const BUNDLE_FILE = 'handbook-components.js'

interface Loaded {
  components: Record<string, Component>
  map: SourceMapConsumer
}

const loaded = new Map<string, Loaded | Error>()

/** The bundle's components, run once per bundle with this library's React (the same instance renders them). */
function load(compiled: CompiledComponents): Loaded | Error {
  let found = loaded.get(compiled.code)
  if (found) return found
  const provided: Record<string, unknown> = { react: React, 'react/jsx-runtime': jsxRuntime }
  const module = { exports: {} as Record<string, Component> }
  const require = (name: string) => {
    if (name in provided) return provided[name]
    throw new Error(`"${name}" cannot be used by a handbook component at build time`)
  }
  try {
    const wrapper = new vm.Script(`(function (exports, require, module) {${compiled.code}\n})`, { filename: BUNDLE_FILE }).runInThisContext() as (e: unknown, r: unknown, m: unknown) => void
    wrapper(module.exports, require, module)
    found = { components: module.exports, map: new SourceMapConsumer(JSON.parse(compiled.map)) }
  } catch (cause) {
    found = cause instanceof Error ? cause : new Error(String(cause))
  }
  loaded.set(compiled.code, found)
  return found
}

/** Where in a component's own file an error was thrown: the first frame of the bundle, through its source map. */
function originalPlace(cause: unknown, map: SourceMapConsumer): { source: string; line: number; column: number } | undefined {
  const stack = cause instanceof Error ? (cause.stack ?? '') : ''
  for (const match of stack.matchAll(new RegExp(`${BUNDLE_FILE.replace('.', '\\.')}:(\\d+):(\\d+)`, 'g'))) {
    // The wrapper adds nothing before the code's first line, so bundle lines are the map's.
    const position = map.originalPositionFor({ line: Number(match[1]), column: Number(match[2]) - 1 })
    if (position.source && position.line) return { source: position.source.replace(/^(\.\.\/)+|^\.\//, ''), line: position.line, column: position.column + 1 }
  }
  return undefined
}

export interface RenderCheckInput {
  sourcePath: string
  url: string
  body: string
  manifest: Omit<RouteManifest, 'mdx'>
  directives: DirectiveHandlers
  compiled?: CompiledComponents
}

/** Compiles and renders an `.mdx` page as the build will; its problems at their files and lines. */
export function renderCheck(input: RenderCheckInput): Diagnostic[] {
  const own = input.compiled ? load(input.compiled) : undefined
  if (own instanceof Error) return [error('component-compile', input.sourcePath, `the handbook's components could not be loaded: ${own.message}`)]
  const virtualPath = `/handbook-check/${input.sourcePath}`
  const manifest: RouteManifest = { ...input.manifest, mdx: { [virtualPath]: { sourcePath: input.sourcePath, url: input.url } } }
  const plugins = handbookMdxPlugins(
    () => manifest,
    () => input.directives,
  )
  // A page that imports modules is only compiled here: webpack resolves its imports (a missing relative one is checked in markdown/mdx-imports.ts).
  if (/^import\s/m.test(input.body)) {
    try {
      compileSync({ value: input.body, path: virtualPath }, { ...plugins, development: false })
      return []
    } catch (cause) {
      const problem = mdxSyntaxProblem(cause)
      return [error('syntax', input.sourcePath, problem.message, problem.line, problem.column)]
    }
  }
  let Content: React.ComponentType<{ components: Record<string, Component> }>
  try {
    Content = evaluateSync({ value: input.body, path: virtualPath }, { ...jsxRuntime, ...plugins, development: false } as Parameters<typeof evaluateSync>[1]).default as typeof Content
  } catch (cause) {
    const problem = mdxSyntaxProblem(cause)
    return [error('syntax', input.sourcePath, problem.message, problem.line, problem.column)]
  }
  const wrappers = Object.fromEntries(MDX_PROVIDER_COMPONENTS.map((name) => [name, ({ children }: { children?: React.ReactNode }) => React.createElement(React.Fragment, null, children)]))
  try {
    renderToStaticMarkup(React.createElement(Content, { components: { ...wrappers, ...(own?.components ?? {}) } as Record<string, Component> }))
    return []
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause)
    const place = own ? originalPlace(cause, own.map) : undefined
    if (place) {
      // The component is named after its file; the page's first use of it says which props to look at.
      const name = place.source.replace(/^.*\//, '').replace(/\.[jt]sx?$/, '')
      const used = input.body.split('\n').findIndex((text) => text.includes(`<${name}`))
      const where = used >= 0 ? `${input.sourcePath}:${used + 1}` : input.sourcePath
      return [error('component-render', place.source, `<${name}> threw while rendering ${where}: ${message}. Fix the component, or the props the page passes it`, place.line, place.column)]
    }
    return [error('component-render', input.sourcePath, `the page threw while rendering: ${message}`)]
  }
}
