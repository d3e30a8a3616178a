/**
 * The handbook's compiled components (load/compile-components.ts) run in
 * this process with its React, once per bundle, and where in a component's
 * own file an error was thrown (through the bundle's source map). Used by
 * the check's render of `.mdx` pages and by `.md` pages, which draw their
 * components here (markdown/md-components.ts).
 */
import vm from 'node:vm'
import React from 'react'
import * as jsxRuntime from 'react/jsx-runtime'
import { SourceMapConsumer } from 'source-map-js'
import type { CompiledComponents } from '../load/compile-components'

export type Component = React.ComponentType<Record<string, unknown>>

const BUNDLE_FILE = 'handbook-components.js'

export interface LoadedComponents {
  components: Record<string, Component>
  map: SourceMapConsumer
}

const loaded = new Map<string, LoadedComponents | Error>()

/** The bundle's components, run once per bundle with this library's React (the same instance renders them). */
export function loadComponents(compiled: CompiledComponents): LoadedComponents | Error {
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

/** Where in a component's own file an error was thrown (or React warned), from its stack: the first frame of the bundle, through its source map. */
export function originalPlace(stack: string, map: SourceMapConsumer): { source: string; line: number; column: number } | undefined {
  for (const match of stack.matchAll(new RegExp(`${BUNDLE_FILE.replace('.', '\\.')}:(\\d+):(\\d+)`, 'g'))) {
    // The wrapper adds nothing before the code's first line, so bundle lines are the map's.
    const position = map.originalPositionFor({ line: Number(match[1]), column: Number(match[2]) - 1 })
    if (position.source && position.line) return { source: position.source.replace(/^(\.\.\/)+|^\.\//, ''), line: position.line, column: position.column + 1 }
  }
  return undefined
}
