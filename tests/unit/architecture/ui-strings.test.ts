/**
 * Every word of our own interface comes from the message catalogue
 * (src/shared/i18n), so that it is in the page's language: this reads the
 * source of the components, templates, pages, browser scripts and the
 * wings' generated pages (WING_RENDERERS), and fails on a human-readable string written in
 * place: JSX text, an `aria-label`/`title`/`placeholder`/`alt`/`label`
 * attribute, or text the browser scripts put into the DOM. Strings without
 * a word (symbols, separators) and URLs are allowed.
 */
import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(__dirname, '..', '..', '..')

/** Where our interface's words are written. */
const SOURCES = ['src/components', 'src/templates', 'src/pages', 'src/client']

/** The wings' renderers of generated pages (hast built with `h()`) whose words come from the catalogue. */
const WING_RENDERERS = [
  'src/content/features/people/pages.ts',
  'src/content/features/people/cards.ts',
  'src/content/features/changes/page.ts',
  'src/content/features/glossary/page.ts',
  'src/content/features/print/print-pages.ts',
  'src/content/features/print/print-document.ts',
]

/** Attributes whose value readers (or their screen readers) are told. */
const TEXT_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'title', 'placeholder', 'alt', 'label'])

/** Properties of a DOM node whose value is shown or read out. */
const TEXT_PROPERTIES = new Set(['textContent', 'innerText', 'title', 'placeholder', 'alt', 'ariaLabel'])

/** Calls whose string arguments become the page's text, from the argument given on: DOM methods, src/client/dom.ts's element(), and the scripts' own status setters (setState's first is the state's name). */
const TEXT_CALLS = new Map([
  ['append', 0],
  ['prepend', 0],
  ['createTextNode', 0],
  ['replaceChildren', 0],
  ['show', 0],
  ['announce', 0],
  ['setState', 1],
  ['element', 2],
])

/** A string readers would read as words: two letters in a row, and not a URL. */
function isWords(text: string): boolean {
  return /\p{L}{2}/u.test(text) && !/^\s*(?:https?:|mailto:|\/)/.test(text)
}

interface Finding {
  file: string
  line: number
  text: string
}

/** The word strings of an expression as it is shown: literals and template text, not what calls inside it return (the catalogue's `text('key')`). */
function wordStrings(node: ts.Node, found: (node: ts.Node, text: string) => void): void {
  // A call's result is the catalogue's (`text('key')`); an element inside is visited as JSX of its own.
  if (ts.isCallExpression(node) || ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node) || ts.isJsxFragment(node)) return
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
    if (isWords(node.text)) found(node, node.text)
    return
  }
  if (ts.isTemplateExpression(node)) {
    const texts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)]
    if (texts.some(isWords)) found(node, texts.join('…'))
    for (const span of node.templateSpans) wordStrings(span.expression, found)
    return
  }
  // A comparison's strings are values compared (`typeof part === 'string'`), not shown.
  if (
    ts.isBinaryExpression(node) &&
    [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken].includes(node.operatorToken.kind)
  )
    return
  // Property names, element access keys and type positions are no text.
  if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node) || ts.isTypeNode(node)) return
  ts.forEachChild(node, (child) => wordStrings(child, found))
}

/** Hard-coded interface strings in one file. */
function hardCodedStrings(file: string, source: string): Finding[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS)
  const findings: Finding[] = []
  const found = (node: ts.Node, text: string) => findings.push({ file, line: sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim() })
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && isWords(node.text)) found(node, node.text)
    else if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) wordStrings(node.expression, found)
    else if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText()) && node.initializer)
      wordStrings(ts.isJsxExpression(node.initializer) ? (node.initializer.expression ?? node.initializer) : node.initializer, found)
    else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left) && TEXT_PROPERTIES.has(node.left.name.text))
      wordStrings(node.right, found)
    else if (ts.isCallExpression(node)) {
      const callee = node.expression
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : ''
      if (name === 'setAttribute' && node.arguments[0] && ts.isStringLiteral(node.arguments[0]) && TEXT_ATTRIBUTES.has(node.arguments[0].text) && node.arguments[1]) wordStrings(node.arguments[1], found)
      const from = TEXT_CALLS.get(name)
      if (from !== undefined) for (const argument of node.arguments.slice(from)) wordStrings(argument, found)
      // hastscript's h(tag, properties?, children?): its text children, and the text properties.
      if (name === 'h' || name === 'textNode')
        for (const argument of node.arguments.slice(name === 'h' ? 1 : 0)) {
          if (ts.isObjectLiteralExpression(argument)) {
            for (const property of argument.properties) if (ts.isPropertyAssignment(property) && TEXT_PROPERTIES.has(property.name.getText())) wordStrings(property.initializer, found)
          } else wordStrings(argument, found)
        }
    }
    ts.forEachChild(node, visit)
  }
  visit(sourceFile)
  return findings
}

function filesOf(folder: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts'))
    .map((file) => path.join(folder, file).split(path.sep).join('/'))
}

describe('the interface’s strings', () => {
  it('are all in the message catalogue: none written in place in components, templates, pages or browser scripts', () => {
    const files = [...SOURCES.flatMap(filesOf), ...WING_RENDERERS]
    expect(files.length).toBeGreaterThan(40)
    const findings = files.flatMap((file) => hardCodedStrings(file, fs.readFileSync(path.join(ROOT, file), 'utf8')))
    expect(findings.map((f) => `${f.file}:${f.line}: "${f.text}" is not from the catalogue: add it to src/shared/i18n/messages/*.ts and use messages.text()`)).toEqual([])
  })

  it('finds a string written in place in each place it looks', () => {
    const tsx = [
      'const a = <h2>On this page</h2>',
      'const b = <nav aria-label="Breadcrumb" />',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text with a template literal, for the check to read
      'const c = <input placeholder={`Search ${site}`} />',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text with a template literal, for the check to read
      "const d = <p>{count === 1 ? '1 page' : `${count} pages`}</p>",
      'const ok = <p aria-label={messages.text("breadcrumb")}>{messages.text("onThisPage")} {" › "} / <a href="https://example.com">{title}</a></p>',
    ].join('\n')
    expect(hardCodedStrings('x.tsx', tsx).map((f) => [f.line, f.text])).toEqual([
      [1, 'On this page'],
      [2, 'Breadcrumb'],
      [3, 'Search …'],
      [4, '1 page'],
      [4, '… pages'],
    ])
    const client = [
      "status.textContent = 'Sending…'",
      "group.setAttribute('aria-label', 'More')",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text with a template literal, for the check to read
      "element('span', 'search-title', `All results for “${query}”`)",
      "note.append('Did you mean ', link, '?')",
      "this.setState('none', text('noResultsFor', { query }), 'Check the spelling')",
      "status.textContent = text('copied'); element('span', 'search-option-title'); button.setAttribute('aria-pressed', 'false')",
      "if (event.key === 'Escape') close()",
      "h('p', { className: ['team-empty'], title: 'A team' }, 'No members listed yet.')",
      "h('summary', label); h('li', [h('a', { href: url }, title), ' · ', textNode('Reports to ')])",
    ].join('\n')
    expect(hardCodedStrings('x.ts', client).map((f) => [f.line, f.text])).toEqual([
      [1, 'Sending…'],
      [2, 'More'],
      [3, 'All results for “…”'],
      [4, 'Did you mean'],
      [5, 'Check the spelling'],
      [8, 'A team'],
      [8, 'No members listed yet.'],
      [9, 'Reports to'],
    ])
  })
})
