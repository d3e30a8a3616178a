/**
 * pymdownx.snippets in the pages of an MkDocs handbook: a line
 * `--8<-- "file.md"` (or a block of file names between two `--8<--` lines)
 * is replaced by the file's text before anything else reads the page, as
 * the extension does, inside a code fence too (where it includes source
 * files), indented as the line was. `file.md:3:10` takes lines 3 to 10,
 * `file.md:name` the part between `--8<-- [start:name]` and
 * `--8<-- [end:name]` (the markers, often in a comment, never shown);
 * `;--8<--` is the line itself, escaped. Snippets in
 * snippets are expanded too, up to a depth, never in a cycle.
 *
 * The files are read before rendering, from pymdownx.snippets' `base_path`
 * folders (source/mkdocs.ts; shortcodes/includes.ts finds them), so a job
 * carries their text. What is inserted maps to the snippet's line, so what
 * later steps report points into the page as written. A file that is not
 * there is a warning: the extension (without check_paths) leaves the line
 * out, and the old site built.
 */
import type { DirectiveProblem } from './directive-handlers'
import type { LiquidStep } from './liquid/page-liquid'

/** A snippet line: its indentation, the escape, the file (quoted). */
const SNIPPET_LINE = /^([ \t]*)(;?)-{1,}8<-{1,}[ \t]+(["'])(.+?)\3[ \t]*$/
/** The line that opens or closes a block of file names. */
const BLOCK_FENCE = /^([ \t]*)(;?)-{1,}8<-{1,}[ \t]*$/
/** A section marker inside a snippet file, in a comment of its language or not (`# --8<-- [start:body]`), as pymdownx reads one. */
const SECTION_MARK = /^.*?-{1,}8<-{1,}[ \t]+\[[ \t]*(start|end)[ \t]*:[ \t]*([a-z][-\w]*)[ \t]*\].*$/i
const MAX_DEPTH = 4

/** Whether the text may hold a snippet (a cheap test). */
export function mayHoldSnippets(text: string): boolean {
  return text.includes('8<-')
}

/** The files a page's snippet lines name, as written (`file.md`, without a line range or section): the lines read as expandSnippets reads them. */
export function snippetTargets(text: string): string[] {
  const targets: string[] = []
  expandSnippets(text, (file) => void targets.push(file))
  return targets
}

/** `file.md:3:10` → the file and its lines; `file.md:name` → the file and its section. */
function fileOf(written: string): { file: string; lines?: [number, number]; section?: string } {
  const range = /^(.+?):(-?\d*)(?::(-?\d*))?$/.exec(written)
  if (range && /\.\w+$/.test(range[1]!) && (range[2] !== '' || range[3] !== undefined)) {
    const start = Number(range[2] || 1)
    const end = range[3] === undefined || range[3] === '' ? Number.POSITIVE_INFINITY : Number(range[3])
    return { file: range[1]!, lines: [start, end] }
  }
  const section = /^(.+\.\w+):([\w-]+)$/.exec(written)
  if (section) return { file: section[1]!, section: section[2]! }
  return { file: written }
}

/** The part of a snippet the line asks for, its section markers left out. */
function partOf(text: string, want: ReturnType<typeof fileOf>): string[] | undefined {
  let lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n')
  if (want.lines) lines = lines.slice(Math.max(want.lines[0], 1) - 1, want.lines[1])
  if (want.section) {
    const start = lines.findIndex((line) => SECTION_MARK.exec(line)?.[1] === 'start' && SECTION_MARK.exec(line)?.[2] === want.section)
    const end = lines.findIndex((line, i) => i > start && SECTION_MARK.exec(line)?.[1] === 'end' && SECTION_MARK.exec(line)?.[2] === want.section)
    if (start < 0) return undefined
    lines = lines.slice(start + 1, end < 0 ? undefined : end)
  }
  return lines.filter((line) => !SECTION_MARK.test(line))
}

/**
 * The page with its snippets in place. `find` gives a file's path and text by the name the line writes (looked for
 * in the base_path folders); `from` is the chain of files that led here.
 */
export function expandSnippets(text: string, find: (file: string) => { path: string; text: string } | undefined): LiquidStep {
  if (!mayHoldSnippets(text)) return { text, problems: [] }
  const problems: DirectiveProblem[] = []
  const out: string[] = []
  const sources: number[] = []
  const expand = (lines: readonly string[], at: (index: number) => number, chain: readonly string[]) => {
    let block: string | undefined
    /** The lines a snippet line puts in place, or why it puts none. */
    const snippetOf = (written: string): { lines: string[]; path: string } | string => {
      if (/^https?:/.test(written)) return `--8<-- "${written}": a snippet from the web is not fetched at build time. Copy its text into the page, or into a file of the project`
      const want = fileOf(written)
      const found = find(want.file)
      if (!found) return `--8<-- "${written}": no such file in pymdownx.snippets' base_path, so nothing is shown here (as on the old site). Correct the path, or remove the line`
      if (chain.includes(found.path) || chain.length > MAX_DEPTH) return `--8<-- "${written}" includes itself through ${[...chain, found.path].join(' → ')}: it is left out here`
      const part = partOf(found.text, want)
      if (!part) return `--8<-- "${written}": ${want.file} has no section [start:${want.section}], so nothing is shown here. Correct the name`
      return { lines: part, path: found.path }
    }
    const insert = (written: string, indent: string, line: number) => {
      const snippet = snippetOf(written)
      if (typeof snippet === 'string') problems.push({ code: 'include', severity: 'warning', line, message: snippet })
      else
        expand(
          snippet.lines.map((partLine) => (partLine ? indent + partLine : partLine)),
          () => line,
          [...chain, snippet.path],
        )
    }
    for (const [index, line] of lines.entries()) {
      const fence = BLOCK_FENCE.exec(line)
      if (fence && !fence[2]) {
        block = block === undefined ? fence[1]! : undefined
        continue
      }
      if (block !== undefined) {
        const name = line.trim()
        if (name && !name.startsWith(';')) insert(name, block, at(index))
        continue
      }
      const single = SNIPPET_LINE.exec(line)
      if (single && !single[2]) {
        insert(single[4]!, single[1]!, at(index))
        continue
      }
      // `;--8<--`: the line as written, without its escape.
      out.push(single || fence ? line.replace(/;(-{1,}8<-)/, '$1') : line)
      sources.push(at(index))
    }
  }
  expand(text.split('\n'), (index) => index + 1, [])
  const lineOf = (line: number) => sources[line - 1] ?? sources[sources.length - 1] ?? line
  return { text: out.join('\n'), lineOf, problems }
}
