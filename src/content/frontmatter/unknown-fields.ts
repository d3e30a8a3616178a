/**
 * Frontmatter fields the handbook does not use (`questions:` on 116 pages of
 * the 18F handbook, `cSpell:`, `layout:`…), in a handbook moved from another
 * tool (prepare.ts; a handbook's own extra fields are its own data): kept in
 * each page's data, never dropped without a word. One warning per field name for the whole handbook,
 * at the first page that writes it, with the number of pages, so a handbook
 * moved from another tool gets a short list, not hundreds of lines. A field
 * a page's Liquid tags name (`{% include "steps.html" current_step: current_step %}`)
 * is said to be read there, which it is: Liquid sees the page's fields.
 */
import { warning, type Diagnostic } from '../common/diagnostics'
import { escapeRegExp } from '../common/regexp'

/** A page's undeclared fields, as page-sources.ts lists them, and the body its Liquid tags are in. */
export interface PageFields {
  sourcePath: string
  fields: readonly { name: string; line?: number }[]
  body: string
}

/** Why some fields common in other tools' handbooks show nothing here, after "is kept in each page's data but not shown: ". */
const NOTES: Readonly<Record<string, string>> = {
  layout: "it names one of the old site's page templates, and every page here has the handbook's own layout",
  keywords: "search does not read it (it indexes a page's title, headings and text), so words readers search for belong in the page's text",
  cspell: "it is a setting of an editor's spell checker, nothing readers see",
}

/** Liquid tags and outputs (`{% … %}`, `{{ … }}`), over several lines too. */
const LIQUID = /\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}/g
/** Quoted text in a tag: a file name or an address (`{% page "/x/#questions" %}`), never a variable. */
const QUOTED = /"[^"]*"|'[^']*'/g

/** Whether a Liquid tag or output of the body reads the field: `current_step`, `page.current_step`, not `steps.current_step` nor a quoted `"#current_step"`. */
function liquidReads(body: string, field: string): boolean {
  if (!body.includes('{')) return false
  const name = escapeRegExp(field)
  const variable = new RegExp(`(?:(?<![\\w.-])|(?<=(?<![\\w.-])page\\.))${name}(?![\\w-])`)
  return (body.match(LIQUID) ?? []).some((tag) => variable.test(tag.replace(QUOTED, '""')))
}

function pages(count: number): string {
  return `${count} page${count === 1 ? '' : 's'}`
}

/** One warning per field no part of the handbook uses, at its first page and line, with how many pages write it. */
export function unknownFieldWarnings(pagesRead: readonly PageFields[]): Diagnostic[] {
  const uses = new Map<string, { first: PageFields; line?: number; pages: number; liquid: boolean }>()
  for (const page of pagesRead) {
    for (const { name, line } of page.fields) {
      const use = uses.get(name) ?? { first: page, ...(line ? { line } : {}), pages: 0, liquid: false }
      use.pages++
      use.liquid ||= liquidReads(page.body, name)
      uses.set(name, use)
    }
  }
  return [...uses].map(([name, use]) => {
    const where = `\`${name}:\` (${pages(use.pages)}${use.pages > 1 ? ', the first here' : ''})`
    const note = NOTES[name.toLowerCase()]
    const message = use.liquid
      ? `${where} is not a field this handbook uses, but the pages' Liquid tags read it (${name}, or page.${name}): it is kept in each page's data and shows only where a tag uses it`
      : note
        ? `${where} is kept in each page's data but not shown: ${note}`
        : `${where} is not a field this handbook uses. It is kept in each page's data but not shown: if readers need it, write it in the page's text; else remove it`
    return warning('frontmatter-unknown', use.first.sourcePath, message, use.line)
  })
}
