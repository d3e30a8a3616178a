/**
 * `{{< include "path" >}}` and Docsy's `{{< readfile file="path" >}}`: a
 * file of the content folder, relative to the including file's folder, else
 * from the content root (always from the root with a leading `/`). The
 * files a page includes (and they include) are found before rendering, so
 * a render job carries their text and its cache key changes with them.
 */
import path from 'node:path'
import { scanShortcodes, mayHoldShortcodes } from './scan'
import { snippetTargets } from '../mkdocs-snippets'

/** Markdown files render in place; any other file is shown as code. */
export const MARKDOWN_INCLUDE = /\.(md|markdown)$/i

export function includeTarget(call: { positional: readonly string[]; named: Readonly<Record<string, string>> }): string | undefined {
  return call.named.file ?? call.named.path ?? call.positional[0]
}

/**
 * Where `target`, written in `from`, may be: in the order they are tried.
 * `folders` (paths from the content folder) are tried after it: Hugo's
 * `assets/` and the site root, where a theme's include reads.
 */
export function includeCandidates(target: string, from: string, folders: readonly string[] = []): string[] {
  const clean = (p: string) => path.posix.normalize(p).replace(/^\/+/, '')
  const around = folders.map((folder) => path.posix.normalize(path.posix.join(folder, clean(target))))
  const own = target.startsWith('/') ? [clean(target)] : [...new Set([clean(path.posix.join(path.posix.dirname(from), target)), clean(target)])]
  return [...new Set([...own, ...around])]
}

function includesIn(text: string): string[] {
  // MkDocs' snippets (`--8<-- "file.md"`, mkdocs-snippets.ts) are read the same way, from the folders given.
  const snippets = snippetTargets(text)
  if (!mayHoldShortcodes(text)) return snippets
  // Code is not told apart here: a path in a code sample is read for nothing, which is harmless.
  return scanShortcodes(text, () => false)
    .tags.flatMap((tag) => {
      if (tag.closing || tag.escaped || tag.form === 'liquid' || tag.form === 'brace' || (tag.name !== 'include' && tag.name !== 'readfile')) return []
      const target = includeTarget(tag)
      return target ? [target] : []
    })
    .concat(snippets)
}

/** Every file `text` (the file `from`) includes, directly or through other includes, with its text. */
export function includedFiles(text: string, from: string, readText: (sourcePath: string) => string | undefined, folders: readonly string[] = []): Record<string, string> {
  const found: Record<string, string> = {}
  const visit = (body: string, file: string) => {
    for (const target of includesIn(body)) {
      for (const candidate of includeCandidates(target, file, folders)) {
        if (candidate in found) break
        const content = readText(candidate)
        if (content === undefined) continue
        found[candidate] = content
        if (MARKDOWN_INCLUDE.test(candidate)) visit(content, candidate)
        break
      }
    }
  }
  visit(text, from)
  return found
}
