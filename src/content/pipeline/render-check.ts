/**
 * The check's compile of an `.mdx` page: compiled with @mdx-js/mdx and the
 * site's own remark/rehype plugins, then rendered to static HTML with the
 * handbook's own components, as the build will. A component that throws is
 * reported at the line of its file that threw (through the bundle's source
 * map) and names the page's element that used it, before webpack would end
 * the build with a stack trace; an element React throws on is reported at
 * its line (element-places.ts), and React's warnings (console.error) at the
 * component's or the page's line, as warnings. The provider's components (Callout…) are drawn as plain wrappers
 * here: this is about the page's and the handbook's code, not ours.
 */
import React from 'react'
import * as jsxRuntime from 'react/jsx-runtime'
import { renderToStaticMarkup } from 'react-dom/server'
import { compileSync, evaluateSync } from '@mdx-js/mdx'
import { diagnostic, error, type Diagnostic } from '../common/diagnostics'
import { placingRuntime, type ElementPlace } from './element-places'
import { reactWarningOf, warningLine, type ReactWarning } from './react-warnings'
import type { CompiledComponents } from '../load/compile-components'
import { handbookMdxPlugins, type RouteManifest } from '../markdown/mdx'
import { glossaryFileData } from '../features/glossary/file-data'
import { markdownPlugins } from '../features'
import { mdxSyntaxProblem } from '../markdown/mdx-syntax'
import { MDX_PROVIDER_COMPONENTS } from '../../shared/mdx-components'
import type { DirectiveHandlers } from '../markdown/directive-handlers'
import { loadComponents, originalPlace, type Component, type LoadedComponents } from '../components/bundle'

const stackOf = (cause: unknown): string => (cause instanceof Error ? (cause.stack ?? '') : '')
const messageOf = (cause: unknown): string => (cause instanceof Error ? cause.message : String(cause))

/** What `draw` returned or threw, with React's warnings (console.error) while it ran, kept from the terminal: they are reported at their element instead. */
function capturingWarnings(draw: () => void): { thrown?: { cause: unknown }; warnings: ReactWarning[] } {
  const warnings: ReactWarning[] = []
  const original = console.error
  console.error = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].startsWith('Warning: ')) warnings.push(reactWarningOf(args))
    else original(...args)
  }
  try {
    draw()
    return { warnings }
  } catch (cause) {
    return { thrown: { cause }, warnings }
  } finally {
    console.error = original
  }
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
  const own = input.compiled ? loadComponents(input.compiled) : undefined
  if (own instanceof Error) return [error('component-compile', input.sourcePath, `the handbook's components could not be loaded: ${own.message}`)]
  const virtualPath = `/handbook-check/${input.sourcePath}`
  const manifest: RouteManifest = { ...input.manifest, mdx: { [virtualPath]: { sourcePath: input.sourcePath, url: input.url } } }
  const plugins = handbookMdxPlugins(
    () => manifest,
    () => input.directives,
    markdownPlugins(),
    (site, entry) => glossaryFileData(entry, site),
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
  const components = { ...wrappers, ...(own?.components ?? {}) } as Record<string, Component>
  const drawn = capturingWarnings(() => renderToStaticMarkup(React.createElement(Content, { components })))
  const diagnostics = drawn.warnings.map((warning) => warningDiagnostic(warning, input, own))
  if (!drawn.thrown) return diagnostics
  const { cause } = drawn.thrown
  const thrownMessage = messageOf(cause)
  const message = thrownMessage.replace(/\.$/, '')
  // Drawn again, each element noting its line: where the page was when the same error came back.
  const at = placeOfThrow(input, virtualPath, plugins, components, thrownMessage)
  const place = own ? originalPlace(stackOf(cause), own.map) : undefined
  if (place) {
    // The component is named after its file; the element that used it says which props to look at.
    const name = place.source.replace(/^.*\//, '').replace(/\.[jt]sx?$/, '')
    const used = at ? at.line - 1 : input.body.split('\n').findIndex((text) => text.includes(`<${name}`))
    const where = used >= 0 ? `${input.sourcePath}:${used + 1}` : input.sourcePath
    return [...diagnostics, error('component-render', place.source, `<${name}> threw while rendering ${where}: ${message}. Fix the component, or the props the page passes it`, place.line, place.column)]
  }
  if (at) return [...diagnostics, error('component-render', input.sourcePath, `<${at.name}> threw while rendering: ${message}. Fix this element's attributes, or the props it is given`, at.line, at.column)]
  return [...diagnostics, error('component-render', input.sourcePath, `the page threw while rendering: ${message}`)]
}

/** The element React was drawing when `message` was thrown, from a second render whose elements note their lines (element-places.ts). */
function placeOfThrow(input: RenderCheckInput, virtualPath: string, plugins: ReturnType<typeof handbookMdxPlugins>, components: Record<string, Component>, message: string): ElementPlace | undefined {
  const placing = placingRuntime()
  try {
    const Placed = evaluateSync({ value: input.body, path: virtualPath }, { ...placing.runtime, ...plugins, development: true } as Parameters<typeof evaluateSync>[1]).default as React.ComponentType<{
      components: Record<string, Component>
    }>
    const again = capturingWarnings(() => renderToStaticMarkup(React.createElement(Placed, { components })))
    return again.thrown && messageOf(again.thrown.cause) === message ? placing.current() : undefined
  } catch {
    return undefined
  }
}

/** A React warning at the component file's line that caused it, else at the page's element. */
function warningDiagnostic(warning: ReactWarning, input: RenderCheckInput, own: LoadedComponents | undefined): Diagnostic {
  const inComponent = own ? originalPlace(warning.stack, own.map) : undefined
  const what = `React warns: ${warning.message}`
  if (inComponent) return { ...diagnostic('warning', 'react-warning', inComponent.source, `${what} (rendering ${input.sourcePath})`, inComponent.line, inComponent.column), kind: warning.format }
  const element = warning.element && /^[A-Za-z][\w.-]*$/.test(warning.element) ? `<${warning.element}>: ` : ''
  return { ...diagnostic('warning', 'react-warning', input.sourcePath, `${element}${what}`, warningLine(input.body, warning)), kind: warning.format }
}
