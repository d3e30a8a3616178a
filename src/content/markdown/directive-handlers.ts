/**
 * The contract between the directive syntax (markdown/directives.ts, for
 * `.md` and `.mdx` alike) and the blocks that render directives (people and
 * teams today; Docusaurus admonitions and migration blocks later). A
 * directive whose name has a handler is the handler's; every other one goes
 * back to the exact text the editor wrote.
 */
import type { ElementContent } from 'hast'

export type DirectiveKind = 'text' | 'leaf' | 'container'

/** One use of a directive (`:person[jane_doe]`, `::team{slug="platform"}`) or of its MDX component (`<Team slug="platform" />`). */
export interface DirectiveCall {
  /** The directive's name, e.g. `person`, `org-chart` (MDX components are named in PascalCase: `OrgChart` is `org-chart`). */
  name: string
  kind: DirectiveKind
  /** The label as plain text: `:person[jane_doe]` gives "jane_doe"; "" without one. */
  label: string
  attributes: Readonly<Record<string, string>>
  line?: number
  column?: number
}

/** What a handler makes of a call: HTML nodes to put in its place, or a problem to report at the call's line. */
export type DirectiveResult = { nodes: ElementContent[] } | { problem: { code: string; message: string } }

export type DirectiveHandler = (call: DirectiveCall) => DirectiveResult

/** Handlers by directive name. */
export type DirectiveHandlers = ReadonlyMap<string, DirectiveHandler>

/** A problem a handler reported, where the call is. */
export interface DirectiveProblem {
  code: string
  message: string
  line?: number
  column?: number
}
