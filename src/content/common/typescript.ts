/**
 * The TypeScript compiler API, loaded the first time something needs it:
 * a Docusaurus config or sidebars file read as data, a handbook's `.tsx`
 * components type-checked. It is 9 MB of JavaScript, read and compiled in
 * about 0.25 s, and every process that loads the content library (a build,
 * develop, the check, their render workers) paid that for handbooks that
 * have none of those files.
 */
import type * as TypeScript from 'typescript'

let loaded: typeof TypeScript | undefined

export function typescript(): typeof TypeScript {
  loaded ??= require('typescript') as typeof TypeScript
  return loaded
}
