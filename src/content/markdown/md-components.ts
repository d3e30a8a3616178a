/**
 * Components in `.md` pages, as PostHog writes them: an element is a
 * component when its name is one of `_components/` or a binding the page
 * imports (md-imports.ts); every other capitalised tag (`<USERNAME>` in
 * prose) is text. The page stays Markdown (`{` and `<` mean what they mean
 * there): before parsing, each component tag becomes a placeholder element
 * the HTML parser nests as it nests any element, so what is between an
 * opening and a closing tag is Markdown; after sanitizing, the components are
 * drawn into those places (draw-components.ts), statically, as `.mdx` pages'
 * are. An imported snippet (`import SOC2 from './_snippets/soc2.mdx'`, then
 * `<SOC2 />`) is parsed as part of the page: its headings are the page's.
 * Every import line is taken out of the text (never shown), lines kept.
 */
import path from 'node:path'
import type { Content, Definition, Image, Link, Parent, Root } from 'mdast'
import type { Node as UnistNode } from 'unist'
import { visit } from '../common/visit'
import { scanTag, propsOf, type JsxTag } from './jsx-tags'
import { importLines, importTarget, isSnippetPath } from './md-imports'
import type { InCode } from './code-ranges'
import type { DirectiveProblem } from './directive-handlers'
import { sanitizeSchema } from './sanitize'
import { suggestPath } from './shortcodes/suggest-path'
import { DOCUSAURUS_THEME_MODULES } from './docusaurus-theme'

/** One component element of the page (or of a snippet it imports), drawn at its placeholder. */
export interface ComponentUse {
  /** The component of `_components/`. */
  component: string
  /** The name as written (an imported alias). */
  written: string
  props: Record<string, unknown>
  /** The file and line of the tag. */
  file: string
  line: number
  /** It has an opening and a closing tag: what is between them is its children. */
  hasChildren: boolean
}

/** The components of one page render, shared by the page and its snippets: the placeholder names and what each one draws. */
export interface ComponentUses {
  /** Prefix of the placeholder elements' names; no text of the page contains it. */
  marker: string
  uses: ComponentUse[]
}

/** A snippet's place in the page's text: a token alone in its paragraph (or inline in one). */
export interface SnippetUse {
  token: string
  target: string
  written: string
  line: number
}

export interface ComponentText {
  text: string
  snippets: SnippetUse[]
  problems: DirectiveProblem[]
}

export interface ComponentSetting {
  /** The components of `_components/`. */
  names: readonly string[]
  /** Snippet files by content path, with their text. */
  snippets: Readonly<Record<string, string>>
  /** Every file of the content folder, for "Did you mean". */
  files?: readonly string[]
}

/** HTML's own element names (`<DIV>`, `<Details>` are HTML): every other capitalised tag that is no component is text. */
const HTML_NAMES = new Set([
  ...(sanitizeSchema.tagNames ?? []),
  ...(sanitizeSchema.strip ?? []),
  ...'html head body font button form input select option textarea label canvas svg math object embed frame frameset link meta base dialog menu'.split(' '),
])

/** Whether a page's text may hold components or imports: the cheap test before any work. */
export function mayHoldComponents(text: string): boolean {
  return /^import[ \t]/m.test(text) || /<\/?[A-Z]/.test(text)
}

/** Whether a `.md` page (with the snippets it includes) may draw one of `names`: it names one in a tag, or imports something (an alias). */
export function mayUseComponents(text: string, names: readonly string[]): boolean {
  return names.length > 0 && (/^import[ \t]/m.test(text) || names.some((name) => text.includes(`<${name}`)))
}

/** A fresh placeholder prefix for a page whose text is `text`. */
export function componentUses(text: string): ComponentUses {
  let marker = 'handbook-component-'
  while (text.includes(marker)) marker += 'x-'
  return { marker, uses: [] }
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length
const columnAt = (text: string, offset: number) => offset - text.lastIndexOf('\n', offset - 1)
const blank = (text: string) => text.replace(/[^\n]/g, ' ')

/** Whether a tag is alone on its line(s): then it is a block, whose blank lines around it keep it one. */
function aloneOnLine(text: string, tag: JsxTag): boolean {
  const lineStart = text.lastIndexOf('\n', tag.start - 1) + 1
  const lineEnd = text.indexOf('\n', tag.end)
  return /^[ \t]*$/.test(text.slice(lineStart, tag.start)) && /^[ \t]*$/.test(text.slice(tag.end, lineEnd < 0 ? text.length : lineEnd))
}

/**
 * The page's text with its import lines blanked, each component tag a
 * placeholder element (`<handbook-component-3>`, recorded in `uses`), each
 * snippet tag a token, and other capitalised tags escaped as text.
 * `inCode`: where the page's code is, which stays as written.
 */
export function prepareComponents(text: string, sourcePath: string, chain: readonly string[], setting: ComponentSetting, uses: ComponentUses, inCode: InCode): ComponentText {
  const problems: DirectiveProblem[] = []
  const names = new Set(setting.names)
  const problem = (offset: number, message: string) => problems.push({ code: 'md-component', message, line: lineAt(text, offset), column: columnAt(text, offset) })
  /** Local name → the component it is, or the snippet it includes. */
  const components = new Map<string, string>(setting.names.map((name) => [name, name]))
  const snippets = new Map<string, string>()
  const theme = new Set<string>()
  let out = text
  const edits: { start: number; end: number; text: string }[] = []
  for (const line of importLines(text, inCode)) {
    edits.push({ start: line.start, end: line.end, text: blank(text.slice(line.start, line.end)) })
    const target = importTarget(line.specifier, sourcePath)
    if (target !== undefined && isSnippetPath(target)) {
      if (target.startsWith('../') || target === '..') {
        problem(line.start, `import from "${line.specifier}": the snippet is outside the content folder, which the handbook does not read. Move it into the content folder (e.g. _snippets/)`)
        continue
      }
      if (!(target in setting.snippets)) {
        problem(line.start, `import from "${line.specifier}": no file ${target} in the content folder.${suggestPath(target, setting.files ?? []) || " Check the path: it starts from this file's folder"}`)
        continue
      }
      if (target === sourcePath || chain.includes(target)) {
        problem(line.start, `import from "${line.specifier}" makes a cycle: ${[...chain, sourcePath, target].join(' → ')}. Remove one of these imports`)
        continue
      }
      for (const binding of line.bindings) {
        if (binding.imported === 'default') snippets.set(binding.local, target)
        else
          problem(line.start, `import { ${binding.imported} } from "${line.specifier}": a snippet is imported whole, as import ${binding.local} from '${line.specifier}', then placed with <${binding.local} />`)
      }
      continue
    }
    if (Object.hasOwn(DOCUSAURUS_THEME_MODULES, line.specifier)) {
      // Docusaurus' theme (`<Tabs>` in a Docusaurus `.md` page): its tags stay HTML, their text kept, as before.
      for (const binding of line.bindings) theme.add(binding.local)
      continue
    }
    for (const binding of line.bindings) {
      const component = names.has(binding.local) ? binding.local : names.has(binding.imported) ? binding.imported : undefined
      if (component) components.set(binding.local, component)
      else problem(line.start, `${binding.local} is not a component of _components/: add _components/${binding.local}.tsx (or .jsx) or remove the import`)
    }
    if (line.bindings.length === 0) problem(line.start, `import "${line.specifier}" brings nothing a page can show: remove it`)
  }
  const open: { tag: JsxTag; index: number }[] = []
  const found: SnippetUse[] = []
  for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
    if (inCode(at) || edits.some((edit) => at >= edit.start && at < edit.end)) continue
    const tag = scanTag(text, at)
    if (!tag) continue
    const base = tag.name.split('.')[0]!
    const snippet = snippets.get(base)
    const component = components.get(base)
    const newlines = (text.slice(tag.start, tag.end).match(/\n/g) ?? []).length
    const alone = aloneOnLine(text, tag)
    // Lines kept: a block's tag is followed by the lines it spanned (blank), an inline one's breaks become attributes.
    const placeholder = (name: string) => (alone ? `${name}${'\n'.repeat(newlines)}` : name.replace(/>$/, `${'\nx'.repeat(newlines)}>`))
    if (snippet) {
      if (tag.kind === 'close') continue
      const token = `${uses.marker}snippet-${found.length}`
      found.push({ token, target: snippet, written: tag.name, line: lineAt(text, tag.start) })
      if (tag.kind === 'open') problem(tag.start, `<${tag.name}> is a snippet, which takes no children: write <${tag.name} />`)
      edits.push({ start: tag.start, end: tag.end, text: `${token}${'\n'.repeat(newlines)}` })
      continue
    }
    if (!component) {
      // Not ours: text, as written (HTML's own elements stay HTML).
      if (!HTML_NAMES.has(base.toLowerCase()) && !theme.has(base)) edits.push({ start: tag.start, end: tag.start + 1, text: '&lt;' })
      continue
    }
    if (tag.kind === 'close') {
      const top = open.at(-1)
      if (!top || top.tag.name !== tag.name) {
        problem(
          tag.start,
          top
            ? `</${tag.name}> closes <${top.tag.name}> (line ${lineAt(text, top.tag.start)}), which is still open: close <${top.tag.name}> first`
            : `</${tag.name}> closes no <${tag.name}>: remove it, or open the component before`,
        )
        continue
      }
      open.pop()
      uses.uses[top.index]!.hasChildren = true
      edits.push({ start: tag.start, end: tag.end, text: placeholder(`</${uses.marker}${top.index}>`) })
      continue
    }
    const { props, code: codeProps } = propsOf(tag)
    for (const attribute of codeProps) {
      const what = attribute.name ? `${attribute.name}=${attribute.raw}` : attribute.raw
      problem(attribute.offset, `<${tag.name}> ${what}: a .md page runs no code. Write the value out (name="text", count={3}, flag={true}), or rename the page to .mdx`)
    }
    const index = uses.uses.length
    uses.uses.push({ component, written: tag.name, props, file: sourcePath, line: lineAt(text, tag.start), hasChildren: false })
    if (tag.kind === 'open') open.push({ tag, index })
    const name = `${uses.marker}${index}`
    edits.push({ start: tag.start, end: tag.end, text: tag.kind === 'self' ? placeholder(`<${name}></${name}>`) : placeholder(`<${name}>`) })
  }
  for (const { tag } of open) problem(tag.start, `<${tag.name}> is never closed: close it with </${tag.name}>, or end the tag with /> when it has no content`)
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end)
  return { text: out, snippets: found, problems }
}

/** A snippet's relative link or image, from the page's folder (it was written from the snippet's). */
function fromPageFolder(url: string, snippetPath: string, pagePath: string): string {
  if (!url || /^(?:[a-z][a-z0-9+.-]*:|\/|#|\?)/i.test(url)) return url
  const cut = url.search(/[?#]/)
  const [file, rest] = cut < 0 ? [url, ''] : [url.slice(0, cut), url.slice(cut)]
  const target = path.posix.join(path.posix.dirname(snippetPath), file)
  const relative = path.posix.relative(path.posix.dirname(pagePath), target) || '.'
  return `${relative}${rest}`
}

/** A snippet's tree, its relative links rewritten to resolve from the page. */
export function rebaseSnippet(tree: Root, snippetPath: string, pagePath: string): Root {
  if (path.posix.dirname(snippetPath) === path.posix.dirname(pagePath)) return tree
  visit(tree as UnistNode, (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const target = node as Link | Image | Definition
      target.url = fromPageFolder(target.url, snippetPath, pagePath)
    }
  })
  return tree
}

/**
 * The snippets put in place of their tokens: a token alone in its paragraph
 * takes the snippet's blocks; one inside a sentence, a one-paragraph
 * snippet's text (a longer one there is a problem: it would break the sentence).
 */
export function placeSnippets(tree: Root, snippets: readonly SnippetUse[], treeOf: (use: SnippetUse) => Root | undefined): DirectiveProblem[] {
  if (snippets.length === 0) return []
  const problems: DirectiveProblem[] = []
  const byToken = new Map(snippets.map((use) => [use.token, use]))
  const pattern = new RegExp(snippets.map((use) => use.token).join('|'), 'g')
  const walk = (parent: Parent) => {
    const children: Content[] = []
    for (const child of parent.children as Content[]) {
      if (child.type === 'paragraph' && child.children.length === 1 && child.children[0]!.type === 'text' && byToken.has(child.children[0]!.value.trim())) {
        children.push(...((treeOf(byToken.get(child.children[0]!.value.trim())!)?.children ?? []) as Content[]))
        continue
      }
      if (child.type === 'text' && pattern.test(child.value)) {
        pattern.lastIndex = 0
        let last = 0
        for (const match of child.value.matchAll(pattern)) {
          if (match.index! > last) children.push({ ...child, value: child.value.slice(last, match.index) })
          last = match.index! + match[0].length
          const use = byToken.get(match[0])!
          const blocks = treeOf(use)?.children ?? []
          if (blocks.length === 1 && blocks[0]!.type === 'paragraph') children.push(...(blocks[0].children as Content[]))
          else if (blocks.length) problems.push({ code: 'md-component', message: `<${use.written} /> is a snippet of ${blocks.length} blocks inside a sentence: put it on a line of its own`, line: use.line })
        }
        if (last < child.value.length) children.push({ ...child, value: child.value.slice(last) })
        continue
      }
      pattern.lastIndex = 0
      if ('children' in child) walk(child as Parent)
      children.push(child)
    }
    parent.children = children as Parent['children']
  }
  walk(tree)
  return problems
}
