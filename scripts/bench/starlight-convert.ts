/**
 * A handbook page as a user migrating to Starlight would turn it into one:
 * the `title` its schema requires (the first `# H1`, else the file name, as
 * our own build names such a page), top-level frontmatter fields left empty
 * (`description:`) removed since its schema rejects null, everything else as
 * written. Fields Starlight does not know (`sidebar_position`, `tags`, `lang`)
 * stay: its schema ignores them. Pure: text in, text out.
 */
import { isMap, isScalar, parseDocument } from 'yaml'
import { slug } from 'github-slugger'
import { findBlock } from '../../src/content/frontmatter/block'
import { titleFromSourcePath } from '../../src/content/page/title'

/** The text of the first ATX `# heading` outside fenced code, without closing hashes. */
export function firstH1(body: string): string | undefined {
  let fence: string | undefined
  for (const line of body.split(/\r?\n/)) {
    const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line)
    if (opening) {
      const marker = opening[1]!
      if (!fence) fence = marker
      else if (marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined
      continue
    }
    if (fence) continue
    const heading = /^ {0,3}#[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line)
    if (heading && heading[1]!.trim() !== '') return heading[1]!.trim()
  }
  return undefined
}

/** The page Starlight builds from `src/content/docs/<sourcePath>`, as its URL path without slashes around it ('' for the home page). */
export function starlightRoute(sourcePath: string): string {
  // Astro's default entry id: each path segment slugged as GitHub does, a trailing /index dropped.
  const segments = sourcePath
    .replace(/\.mdx?$/i, '')
    .split('/')
    .map((segment) => slug(segment))
  if (segments.at(-1) === 'index') segments.pop()
  return segments.join('/')
}

const isEmpty = (value: unknown) => value === null || value === undefined || (typeof value === 'string' && value.trim() === '')

/** The page's source with a Starlight-valid frontmatter block. */
export function toStarlightPage(sourcePath: string, source: string): string {
  const text = source.replace(/^\uFEFF/, '')
  const lines = text.split(/\r?\n/)
  const { block } = findBlock(lines)
  const body = block ? lines.slice(block.lines).join('\n') : text
  const fallbackTitle = () => firstH1(body) ?? titleFromSourcePath(sourcePath, 'Home')
  // TOML or JSON frontmatter (Hugo's) is not what the generated handbooks hold: such a page gets a YAML block in front.
  if (block?.kind !== 'yaml') return `---\ntitle: ${JSON.stringify(fallbackTitle())}\n---\n${text}`

  // Edited line by line, not re-serialized: every other field keeps its bytes.
  const doc = parseDocument(block.text)
  if (!isMap(doc.contents)) return `---\ntitle: ${JSON.stringify(fallbackTitle())}\n---\n${body}`
  const drop = new Set<string>()
  for (const pair of doc.contents.items) {
    const value = isScalar(pair.value) ? pair.value.value : pair.value
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined
    if (key !== undefined && isEmpty(value)) drop.add(key)
  }
  const title = doc.get('title')
  const hasTitle = typeof title === 'string' && title.trim() !== ''
  const kept: string[] = []
  let dropping = false
  for (const line of block.text.split('\n')) {
    const key = /^(["']?)([^\s:#"'][^:#]*?)\1\s*:/.exec(line)?.[2]
    if (key !== undefined) dropping = drop.has(key)
    // A dropped field's continuation lines (an empty block scalar) are indented.
    else if (dropping && !/^\s/.test(line) && line !== '') dropping = false
    if (!dropping) kept.push(line)
  }
  const titleLine = hasTitle ? [] : [`title: ${JSON.stringify(fallbackTitle())}`]
  return `---\n${[...titleLine, ...kept].join('\n')}\n---\n${body}`
}
