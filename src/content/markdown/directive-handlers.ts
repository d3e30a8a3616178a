/**
 * The contract between the directive syntax (markdown/directives.ts, for
 * `.md` and `.mdx` alike) and the blocks that render directives (people and
 * teams today; Docusaurus admonitions and migration blocks later). A
 * directive whose name has a handler is the handler's; every other one goes
 * back to the exact text the editor wrote.
 */
import type { ElementContent } from 'hast'
import type { Content } from 'mdast'

export type DirectiveKind = 'text' | 'leaf' | 'container'

/** One use of a directive (`:person[jane_doe]`, `::team{slug="platform"}`) or of its MDX component (`<Team slug="platform" />`). */
export interface DirectiveCall {
  /** The directive's name, e.g. `person`, `org-chart` (MDX components are named in PascalCase: `OrgChart` is `org-chart`). */
  name: string
  kind: DirectiveKind
  /** The label as plain text: `:person[jane_doe]` gives "jane_doe"; "" without one. */
  label: string
  attributes: Readonly<Record<string, string>>
  /** A container's content (without its label), its directives already applied. */
  children?: Content[]
  line?: number
  column?: number
}

/**
 * What a handler makes of a call: HTML nodes to put in its place (trusted, as
 * made), Markdown nodes (a container around its content, which the page's
 * sanitizer sees like the editor's own), or a problem to report at the call's line.
 */
export type DirectiveResult = { nodes: ElementContent[] } | { tree: Content[] } | { problem: { code: string; message: string } }

export interface DirectiveHandler {
  (call: DirectiveCall): DirectiveResult
  /** The forms it takes (default: all); a directive of another form stays text, as if it had no handler. */
  kinds?: readonly DirectiveKind[]
}

/** Handlers by directive name. */
export type DirectiveHandlers = ReadonlyMap<string, DirectiveHandler>

/** A problem a handler reported, where the call is. */
export interface DirectiveProblem {
  code: string
  message: string
  line?: number
  column?: number
  /** Errors stop the build; a warning (an unknown shortcode, shown as a placeholder) does not. Default: error. */
  severity?: 'error' | 'warning'
  /** The file the problem is in when it is not the page's own (an included file), relative to the content folder. */
  file?: string
  /** What it is about, when its code covers many things (an unknown shortcode's tag): see Diagnostic.kind. */
  kind?: string
}
