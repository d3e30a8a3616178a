/**
 * Build-time syntax highlighting with Prism: pages ship coloured HTML and no
 * highlighter JavaScript. An unknown language renders as plain text.
 *
 * Prism's tokens become hast directly, as `Prism.highlight` would write them
 * (the same hooks, classes and text): parsing its HTML back cost about six
 * times the highlighting itself. Where a hook adds attributes or rewrites a
 * token's HTML (Markdown's fenced code, markup's entities), that token is
 * parsed from Prism's HTML as before.
 */
import Prism, { type TokenStream } from 'prismjs'
import loadLanguages from 'prismjs/components/index.js'
import type { Element, ElementContent, Root } from 'hast'
import { visit } from '../common/visit'
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

const text = (value: string): ElementContent => ({ type: 'text', value })

/** Prism's HTML escaping (`Prism.util.encode`): `&`, `<`, and a no-break space written as a space. */
const encode = (value: string) =>
  value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\u00a0/g, ' ')

/**
 * A token stream as `Prism.Token.stringify` writes it (`html`), and as the
 * HTML parser reads that back (`nodes`): adjacent texts are one text node
 * and empty ones none, as in a parsed tree.
 */
function convert(stream: TokenStream, language: string): { html: string; nodes: ElementContent[] } {
  if (typeof stream === 'string') return { html: encode(stream), nodes: stream ? [text(stream.replace(/\u00a0/g, ' '))] : [] }
  if (Array.isArray(stream)) {
    let html = ''
    const nodes: ElementContent[] = []
    for (const part of stream) {
      const converted = convert(part, language)
      html += converted.html
      for (const node of converted.nodes) {
        const last = nodes.at(-1)
        if (node.type === 'text' && last?.type === 'text') last.value += node.value
        else nodes.push(node)
      }
    }
    return { html, nodes }
  }
  const inner = convert(stream.content, language)
  const aliases = stream.alias ? (Array.isArray(stream.alias) ? stream.alias : [stream.alias]) : []
  const env = { type: stream.type, content: inner.html, tag: 'span', classes: ['token', stream.type, ...aliases], attributes: {} as Record<string, string>, language }
  Prism.hooks.run('wrap', env)
  let attributes = ''
  for (const name in env.attributes) attributes += ` ${name}="${(env.attributes[name] || '').replace(/"/g, '&quot;')}"`
  const html = `<${env.tag} class="${env.classes.join(' ')}"${attributes}>${env.content}</${env.tag}>`
  if (attributes || env.content !== inner.html || env.tag !== 'span') return { html, nodes: fromHtml(html, { fragment: true }).children as ElementContent[] }
  return {
    html,
    nodes: [
      {
        type: 'element',
        tagName: 'span',
        properties: {
          className: env.classes
            .join(' ')
            .split(/[ \t\n\f\r]+/)
            .filter(Boolean),
        },
        children: inner.nodes,
      },
    ],
  }
}

/**
 * What `fromHtml(Prism.highlight(code, grammar, language))` gives, without
 * writing and parsing the HTML. Code with a carriage return or NUL (which
 * the HTML parser rewrites) takes that way itself.
 */
export function highlightToHast(code: string, language: string): ElementContent[] {
  const grammar = Prism.languages[language]!
  if (/[\r\0]/.test(code)) return fromHtml(Prism.highlight(code, grammar, language), { fragment: true }).children as ElementContent[]
  const env = { code, grammar, language } as Prism.Environment
  Prism.hooks.run('before-tokenize', env)
  env.tokens = Prism.tokenize(env.code as string, env.grammar as Prism.Grammar)
  Prism.hooks.run('after-tokenize', env)
  return convert(env.tokens as TokenStream, language).nodes
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
    code.properties = { ...code.properties, className }
    code.children = highlightToHast(hastToString(code), language)
  })
}
