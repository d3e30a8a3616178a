/**
 * What in a built site could run script, leave the site or wear its layout,
 * found by reading every published file: the byte-level half of the hostile
 * build test (the browser half opens the pages). The site's own code is told
 * apart from content by the marker every hostile payload carries.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseHtml } from './html'

/** Every hostile payload in tests/fixtures/hostile carries it. */
export const MARKER = 'PWNED'

/** Schemes that run script or carry a document of their own. */
const ACTIVE_URL = /^\s*(javascript|vbscript|data\s*:\s*text\/html|data\s*:\s*image\/svg)/i
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'poster', 'srcdoc', 'background', 'lowsrc', 'ping']
/** Elements content may never put in a page. */
const FORBIDDEN_TAGS = new Set(['base', 'object', 'embed', 'form', 'frame', 'frameset', 'applet', 'link', 'meta', 'style', 'script', 'iframe'])

export interface Finding {
  file: string
  what: string
}

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
}

/** The HTML elements a hostile payload got into a page: those with its marker in their markup that could act. */
function htmlFindings(file: string, html: string): Finding[] {
  const findings: Finding[] = []
  for (const element of parseHtml(html).querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase()
    const attributes = element.attributes
    for (const [name, value] of Object.entries(attributes)) {
      const lower = name.toLowerCase()
      if (lower.startsWith('on')) findings.push({ file, what: `<${tag} ${name}="${value.slice(0, 60)}">` })
      if (URL_ATTRIBUTES.includes(lower) && ACTIVE_URL.test(value)) findings.push({ file, what: `<${tag} ${name}="${value.slice(0, 60)}">` })
      if (lower === 'style' && element.closest('main .markdown')) findings.push({ file, what: `<${tag} style="${value.slice(0, 60)}"> in content` })
    }
    // The site's own head and search form are not content; what an article holds is.
    const fromContent = element.closest('main .markdown') !== null || (tag === 'meta' && /refresh|set-cookie/i.test(attributes['http-equiv'] ?? ''))
    if (FORBIDDEN_TAGS.has(tag) && fromContent) findings.push({ file, what: `<${tag}> from content: ${element.outerHTML.slice(0, 80)}` })
  }
  return findings
}

/** An SVG published from content: nothing in it may run or load. */
function svgFindings(file: string, svg: string): Finding[] {
  const findings: Finding[] = []
  if (/<script/i.test(svg)) findings.push({ file, what: '<script> in an SVG' })
  if (/\son[a-z]+\s*=/i.test(svg)) findings.push({ file, what: 'an event attribute in an SVG' })
  if (/<foreignObject/i.test(svg)) findings.push({ file, what: '<foreignObject> in an SVG' })
  if (/javascript:/i.test(svg)) findings.push({ file, what: 'a javascript: address in an SVG' })
  if (/(?:href|src)\s*=\s*["']\s*(?:https?:)?\/\//i.test(svg)) findings.push({ file, what: 'an external reference in an SVG' })
  return findings
}

/** Every finding in a built site's public folder. */
export function activeContentIn(publicDir: string): Finding[] {
  const findings: Finding[] = []
  for (const file of filesUnder(publicDir)) {
    const text = fs.readFileSync(path.join(publicDir, file), 'utf8')
    if (file.endsWith('.html')) findings.push(...htmlFindings(file, text))
    else if (file.endsWith('.svg')) findings.push(...svgFindings(file, text))
  }
  return findings
}

/** Files of `dir` (recursively) whose bytes hold `needle`: for secrets that must reach no output. */
export function filesHolding(dir: string, needle: string): string[] {
  const bytes = Buffer.from(needle)
  return filesUnder(dir).filter((file) => fs.readFileSync(path.join(dir, file)).includes(bytes))
}
