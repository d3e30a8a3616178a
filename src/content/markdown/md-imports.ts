/**
 * The `import` lines of a `.md` page, as PostHog writes them at its top
 * (`import SOC2 from './_snippets/soc2.mdx'`, `import { CalloutBox } from
 * 'components/Docs/CalloutBox'`): read from the text, outside code, so they
 * are never shown as text. What each one brings is decided by the page's
 * components step (md-components.ts); the snippets they name are read
 * before rendering (snippetFiles).
 */
import path from 'node:path'
import type { InCode } from './code-ranges'

export interface ImportBinding {
  /** The name the page uses in its tags. */
  local: string
  /** The name imported: `default` for a default import, `*` for a namespace. */
  imported: string
}

export interface ImportLine {
  /** As written after `from`. */
  specifier: string
  bindings: ImportBinding[]
  /** [start, end) offsets of the statement in the text. */
  start: number
  end: number
  /** 1-based line of `import`. */
  line: number
}

// One statement, which may span lines (`import {\n  A,\n  B\n} from 'x'`) but not a blank one.
const IMPORT = /^import[ \t]+((?:[^\n]|\n(?![ \t]*\n))*?)[ \t\n]+from[ \t]+(['"])([^'"\n]+)\2[ \t]*;?[ \t]*$|^import[ \t]+(['"])([^'"\n]+)\4[ \t]*;?[ \t]*$/gm

function bindingsOf(clause: string): ImportBinding[] | undefined {
  const bindings: ImportBinding[] = []
  let rest = clause.trim()
  const head = /^([A-Za-z_$][\w$]*)\s*(?:,\s*|$)/.exec(rest)
  if (head) {
    bindings.push({ local: head[1]!, imported: 'default' })
    rest = rest.slice(head[0].length)
  }
  const namespace = /^\*\s+as\s+([A-Za-z_$][\w$]*)$/.exec(rest)
  if (namespace) return [...bindings, { local: namespace[1]!, imported: '*' }]
  if (rest === '') return bindings.length ? bindings : undefined
  const named = /^\{([^}]*)\}$/.exec(rest)
  if (!named) return undefined
  for (const part of named[1]!.split(',')) {
    const item = part.trim()
    if (!item) continue
    const match = /^([A-Za-z_$][\w$]*)(?:\s+as\s+([A-Za-z_$][\w$]*))?$/.exec(item)
    if (!match) return undefined
    bindings.push({ local: match[2] ?? match[1]!, imported: match[1]! })
  }
  return bindings
}

/** The page's import statements outside its code (`inCode`), in order. */
export function importLines(text: string, inCode: InCode = () => false): ImportLine[] {
  if (!/^import[ \t]/m.test(text)) return []
  const found: ImportLine[] = []
  for (const match of text.matchAll(IMPORT)) {
    const start = match.index!
    if (inCode(start)) continue
    const specifier = match[3] ?? match[5]!
    const bindings = match[1] !== undefined ? bindingsOf(match[1]) : []
    if (bindings === undefined) continue
    found.push({ specifier, bindings, start, end: start + match[0].length, line: text.slice(0, start).split('\n').length })
  }
  return found
}

/** Where a relative import points in the content folder (`../` first when it leaves it); undefined for a package. */
export function importTarget(specifier: string, fromSourcePath: string): string | undefined {
  if (!/^\.\.?\//.test(specifier)) return undefined
  return path.posix.normalize(path.posix.join(path.posix.dirname(fromSourcePath), specifier))
}

/** Whether an import names a snippet: another page's text, `.md` or `.mdx`. */
export const isSnippetPath = (target: string) => /\.mdx?$/i.test(target)

/**
 * The snippets a page imports, directly or through other snippets, by
 * content path, with their text (`read` answers undefined for a file there
 * is not). Snippets outside the content folder are not read.
 */
export function snippetFiles(body: string, sourcePath: string, read: (contentPath: string) => string | undefined): Record<string, string> {
  const found: Record<string, string> = {}
  const visit = (text: string, from: string) => {
    for (const line of importLines(text)) {
      const target = importTarget(line.specifier, from)
      if (!target || target.startsWith('../') || !isSnippetPath(target) || target in found) continue
      const snippet = read(target)
      if (snippet === undefined) continue
      found[target] = snippet
      visit(snippet, target)
    }
  }
  visit(body, sourcePath)
  return found
}
