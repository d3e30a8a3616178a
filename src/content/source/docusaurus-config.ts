/**
 * What this handbook needs of `docusaurus.config.*`, read with the
 * TypeScript parser and never run: the docs plugin's options, given to the
 * classic preset (`presets: [['classic', {docs: {…}}]]`) or to the plugin
 * itself (`plugins: [['@docusaurus/plugin-content-docs', {…}]]`). Of them:
 * `routeBasePath` (default `docs`, `/` for a docs-only site), where the
 * old site served the docs, so its addresses (`/docs/tutorial/deploy`)
 * still find the pages; and `numberPrefixParser: false`, which keeps the
 * number prefixes in addresses. Of the navbar, the labels it shows the
 * sidebars under (`{type: 'docSidebar', sidebarId, label}`), which name
 * them here. The rest of the file (functions, requires)
 * is code nobody needs here, and is not read.
 */
import type ts from 'typescript'
import { typescript } from '../common/typescript'
import { warning, type Diagnostic } from '../common/diagnostics'

/** The names Docusaurus looks for its configuration under. */
export const DOCUSAURUS_CONFIG_FILES = ['docusaurus.config.js', 'docusaurus.config.ts', 'docusaurus.config.mjs', 'docusaurus.config.cjs', 'docusaurus.config.mts', 'docusaurus.config.cts'] as const

export interface DocusaurusConfig {
  /** The docs' address on the old site, without slashes: `docs`; '' when they were served from the root. */
  routeBasePath: string
  /** Whether number prefixes are removed from ids and addresses (`numberPrefixParser` not `false`). */
  numberPrefixes: boolean
  /** The label the navbar shows a sidebar under (`{type: 'docSidebar', sidebarId, label}`), by sidebar id. */
  sidebarLabels: Readonly<Record<string, string>>
}

export const DEFAULT_DOCUSAURUS_CONFIG: DocusaurusConfig = { routeBasePath: 'docs', numberPrefixes: true, sidebarLabels: {} }

function unwrap(node: ts.Expression): ts.Expression {
  while (typescript().isSatisfiesExpression(node) || typescript().isAsExpression(node) || typescript().isParenthesizedExpression(node) || typescript().isTypeAssertionExpression(node)) node = node.expression
  return node
}

function propertyName(name: ts.PropertyName): string | undefined {
  return typescript().isIdentifier(name) || typescript().isStringLiteral(name) || typescript().isNoSubstitutionTemplateLiteral(name) ? name.text : undefined
}

/** The property `name` of an object literal, its value unwrapped. */
function property(object: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  for (const member of object.properties) if (typescript().isPropertyAssignment(member) && propertyName(member.name) === name) return unwrap(member.initializer)
  return undefined
}

const isText = (node: ts.Expression | undefined): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral =>
  node !== undefined && (typescript().isStringLiteral(node) || typescript().isNoSubstitutionTemplateLiteral(node))

/** Every object of docs plugin options written in the file: a `docs: {…}` property, or the options after `'@docusaurus/plugin-content-docs'` in a plugin's array. */
function docsOptions(file: ts.SourceFile): ts.ObjectLiteralExpression[] {
  const found: ts.ObjectLiteralExpression[] = []
  const visit = (node: ts.Node) => {
    if (typescript().isPropertyAssignment(node) && propertyName(node.name) === 'docs') {
      const value = unwrap(node.initializer)
      if (typescript().isObjectLiteralExpression(value)) found.push(value)
    } else if (typescript().isArrayLiteralExpression(node) && node.elements.length >= 2) {
      const [name, options] = [unwrap(node.elements[0]!), unwrap(node.elements[1]!)]
      if (isText(name) && /(?:^|\/)plugin-content-docs$|^content-docs$/.test(name.text) && typescript().isObjectLiteralExpression(options)) found.push(options)
    }
    typescript().forEachChild(node, visit)
  }
  visit(file)
  return found
}

/** The navbar's labels of the sidebars: `{type: 'docSidebar', sidebarId: 'apiSidebar', label: 'API'}` anywhere in the file. */
function sidebarLabels(file: ts.SourceFile): Record<string, string> {
  const labels: Record<string, string> = {}
  const visit = (node: ts.Node) => {
    if (typescript().isObjectLiteralExpression(node)) {
      const [type, id, label] = [property(node, 'type'), property(node, 'sidebarId'), property(node, 'label')]
      if (isText(type) && type.text === 'docSidebar' && isText(id) && isText(label) && !(id.text in labels)) labels[id.text] = label.text
    }
    typescript().forEachChild(node, visit)
  }
  visit(file)
  return labels
}

/**
 * The docs plugin's options that `text` (the config file `file`, a path from
 * the content folder for messages) sets for the docs in `contentPath` (the
 * content folder from the site root): the instance whose `path` is it, else
 * the one without a `path` (Docusaurus' `docs`), else the first.
 */
export function readDocusaurusConfig(text: string, file: string, contentPath: string, diagnostics: Diagnostic[]): DocusaurusConfig {
  const source = typescript().createSourceFile(file, text, typescript().ScriptTarget.Latest, true, /\.[cm]?ts$/.test(file) ? typescript().ScriptKind.TS : typescript().ScriptKind.JS)
  const all = docsOptions(source)
  const pathOf = (options: ts.ObjectLiteralExpression) => {
    const value = property(options, 'path')
    return isText(value) ? value.text.replace(/^\.\//, '').replace(/\/+$/, '') : 'docs'
  }
  const options = all.find((candidate) => pathOf(candidate) === contentPath) ?? all.find((candidate) => property(candidate, 'path') === undefined) ?? all[0]
  const labels = sidebarLabels(source)
  if (!options) return { ...DEFAULT_DOCUSAURUS_CONFIG, sidebarLabels: labels }
  const base = property(options, 'routeBasePath')
  let routeBasePath = DEFAULT_DOCUSAURUS_CONFIG.routeBasePath
  if (isText(base)) routeBasePath = base.text.replace(/^\/+|\/+$/g, '')
  else if (base !== undefined) {
    const line = source.getLineAndCharacterOfPosition(base.getStart(source)).line + 1
    diagnostics.push(
      warning(
        'source-data',
        file,
        `routeBasePath \`${base.getText(source).split('\n')[0]!.slice(0, 60)}\` is code, not run, so links to the old site's /${routeBasePath}/ addresses are read with the default /${routeBasePath}/: write it as text, e.g. routeBasePath: 'docs'`,
        line,
      ),
    )
  }
  const parser = property(options, 'numberPrefixParser')
  return { routeBasePath, numberPrefixes: !(parser !== undefined && parser.kind === typescript().SyntaxKind.FalseKeyword), sidebarLabels: labels }
}
