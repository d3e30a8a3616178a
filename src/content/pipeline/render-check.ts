/**
 * The check's compile of an `.mdx` page: compiled with @mdx-js/mdx and the
 * site's own remark/rehype plugins, then rendered to static HTML with the
 * handbook's own components, as the build will. A component that throws is
 * reported at the line of its file that threw (through the bundle's source
 * map) and names the page, before webpack would end the build with a stack
 * trace. The provider's components (Callout…) are drawn as plain wrappers
 * here: this is about the page's and the handbook's code, not ours.
 */
import React from 'react'
import * as jsxRuntime from 'react/jsx-runtime'
import { renderToStaticMarkup } from 'react-dom/server'
import { compileSync, evaluateSync } from '@mdx-js/mdx'
import { error, type Diagnostic } from '../common/diagnostics'
import type { CompiledComponents } from '../load/compile-components'
import { handbookMdxPlugins, type RouteManifest } from '../markdown/mdx'
import { mdxSyntaxProblem } from '../markdown/mdx-syntax'
import { MDX_PROVIDER_COMPONENTS } from '../../shared/mdx-components'
import type { DirectiveHandlers } from '../markdown/directive-handlers'
import { loadComponents, originalPlace, type Component } from '../components/bundle'

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
  const own = input.compiled ? loadComponents(input.compiled) : undefined
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
