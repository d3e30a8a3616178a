/**
 * Build-time syntax highlighting with Prism: pages ship coloured HTML and no
 * highlighter JavaScript. An unknown language renders as plain text.
 */
import Prism from 'prismjs'
import loadLanguages from 'prismjs/components/index.js'
import type { Element, ElementContent, Root } from 'hast'
import { visit } from 'unist-util-visit'
import { toString as hastToString } from 'hast-util-to-string'
import { fromHtml } from 'hast-util-from-html'

/** Languages loaded at start; dependencies (clike, markup-templating) come with them. */
// biome-ignore format: a list laid out by hand, several to a line
const LANGUAGES = [
  'markup', 'css', 'javascript', 'jsx', 'typescript', 'tsx', 'bash', 'shell-session', 'json', 'yaml', 'toml',
  'ini', 'python', 'go', 'ruby', 'sql', 'diff', 'markdown', 'docker', 'graphql', 'java', 'kotlin', 'swift',
  'rust', 'php', 'csharp', 'hcl', 'c', 'cpp', 'elixir', 'scala',
]

// biome-ignore format: a list laid out by hand, several to a line
const ALIASES: Record<string, string> = {
  sh: 'bash', shell: 'bash', zsh: 'bash', console: 'shell-session', 'shell-session': 'shell-session',
  js: 'javascript', mjs: 'javascript', cjs: 'javascript', node: 'javascript',
  ts: 'typescript', mts: 'typescript', yml: 'yaml', py: 'python', golang: 'go', rb: 'ruby',
  md: 'markdown', html: 'markup', xml: 'markup', svg: 'markup', vue: 'markup', dockerfile: 'docker',
  cs: 'csharp', kt: 'kotlin', rs: 'rust', tf: 'hcl', terraform: 'hcl', 'c++': 'cpp', ex: 'elixir', exs: 'elixir',
  gql: 'graphql', patch: 'diff', postgres: 'sql', postgresql: 'sql', mysql: 'sql', jsonc: 'json', json5: 'json',
}

let loaded = false
function ensureLanguages(): void {
  if (loaded) return
  loadLanguages(LANGUAGES)
  loaded = true
}

/** Prism's name for a fence's language, or undefined when we do not highlight it. */
export function prismLanguage(name: string): string | undefined {
  ensureLanguages()
  const lower = name.toLowerCase()
  const resolved = ALIASES[lower] ?? lower
  return Prism.languages[resolved] ? resolved : undefined
}

function languageOf(code: Element): string | undefined {
  const classes = code.properties?.className
  const list = Array.isArray(classes) ? classes : []
  const marker = list.map(String).find((c) => c.startsWith('language-'))
  return marker?.slice('language-'.length)
}

/** Replaces the text of each `pre > code.language-x` with Prism's tokens. */
export function highlightCodeBlocks(tree: Root): void {
  visit(tree, 'element', (pre) => {
    if (pre.tagName !== 'pre') return
    const code = pre.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code')
    if (!code) return
    const written = languageOf(code)
    const language = written ? prismLanguage(written) : undefined
    const className = language ? [`language-${language}`] : written ? [`language-${written.toLowerCase()}`] : []
    pre.properties = { ...pre.properties, className, tabIndex: 0 }
    if (written) pre.properties.dataLanguage = written.toLowerCase()
    if (!language) return
    const text = hastToString(code)
    const html = Prism.highlight(text, Prism.languages[language]!, language)
    code.properties = { ...code.properties, className }
    code.children = fromHtml(html, { fragment: true }).children as ElementContent[]
  })
}
