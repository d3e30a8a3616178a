/**
 * Which element of an `.mdx` page React was drawing when it threw or warned.
 * The page is compiled in development mode, where every JSX call carries the
 * line and column of its element (`__source`); this runtime draws each
 * element inside a wrapper that notes that place just before React draws it.
 * React draws depth-first on one thread, so at a throw the last place noted
 * is the element being drawn (or, for a component, the element that used it).
 * The wrappers change what a component sees of its children (`child.type`),
 * so the check draws a page this way only to place a problem the plain
 * render found, and keeps the place only when the same problem comes back.
 */
import React from 'react'
import * as jsxRuntime from 'react/jsx-runtime'

/** A line and column of the page (1-based), as the compiler wrote them. */
export interface ElementPlace {
  line: number
  column: number
  /** The element as the page writes it: `div`, `Boom`. */
  name: string
}

interface Source {
  lineNumber?: number
  columnNumber?: number
}

type JsxFunction = (type: React.ElementType, props: Record<string, unknown>, key?: React.Key) => React.ReactElement

/** Draws its element, noting its place first. */
function Placed({ at, element, note }: { at: ElementPlace; element: React.ReactElement; note: (at: ElementPlace) => void }) {
  note(at)
  return element
}

/** A development runtime for `evaluate` (`jsxDEV`, `Fragment`), and the place of the element drawn last. */
export function placingRuntime(): { runtime: { Fragment: typeof React.Fragment; jsxDEV: unknown }; current: () => ElementPlace | undefined } {
  let current: ElementPlace | undefined
  const note = (at: ElementPlace) => {
    current = at
  }
  const jsx = jsxRuntime.jsx as unknown as JsxFunction
  const jsxs = jsxRuntime.jsxs as unknown as JsxFunction
  // React's own jsxDEV is absent from its production build, which the site build loads: the production functions, with the place kept.
  const jsxDEV = (type: React.ElementType, props: Record<string, unknown>, key: React.Key | undefined, isStatic: boolean, source: Source | undefined) => {
    const element = (isStatic ? jsxs : jsx)(type, props, key)
    if (!source?.lineNumber) return element
    const name = typeof type === 'string' ? type : ((type as { displayName?: string; name?: string }).displayName ?? (type as { name?: string }).name ?? 'component')
    return jsx(Placed as React.ElementType, { at: { line: source.lineNumber, column: source.columnNumber ?? 1, name }, element, note }, key)
  }
  return { runtime: { Fragment: React.Fragment, jsxDEV }, current: () => current }
}
