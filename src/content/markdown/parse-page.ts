/**
 * A page's syntax tree with everything that is ours applied: directives
 * (people blocks, Docusaurus admonitions; markdown/directives.ts) in `.md`
 * and `.mdx`, and in `.md` the shortcodes of Hugo, GitBook and Jekyll
 * (markdown/shortcodes/). `.mdx` gets the same directive step from the MDX
 * plugin (markdown/mdx.ts); shortcodes are Markdown's only (`{{` is an
 * expression in MDX).
 *
 * Shortcodes (and Liquid, and components) cost one extra tokenizing, only
 * for pages that have `{{<`, `{{%`, `{%` or an old-style admonition title:
 * the text is tokenized to know which parts are code (kept literal,
 * code-ranges.ts), then prepared and parsed for real.
 */
import { applyDocusaurusTheme } from './docusaurus-theme'
import { applyCodeTitles, fencesHaveTitles } from './code-titles'
import type { Content, Root } from 'mdast'
import type { Node as UnistNode } from 'unist'
import type { PluggableList } from 'unified'
import { visit } from '../common/visit'
import { parseMarkdown, type PageFormat } from './parse'
import { codeRanges, codeRangesMemo, inCodeRanges, lazyInCode } from './code-ranges'
import { applyDirectives, mentionsDirectives } from './directives'
import type { DirectiveHandlers, DirectiveProblem } from './directive-handlers'
import { groupMkdocsTabs, MKDOCS_HANDLERS, prepareMkdocsBlocks } from './mkdocs-blocks'
import { buttonLinks, prepareAttributeLists } from './attribute-lists'
import { expandSnippets } from './mkdocs-snippets'
import type { SourceTool } from '../source/tool'
import { prepareSource, needsPreparation, oldAdmonitionTitles, type PreparedSource } from './shortcodes/prepare-source'
import { applyShortcodes } from './shortcodes/apply'
import { bundleImage } from './shortcodes/docsy-blocks'
import { shortcodeRenderer } from './shortcodes/render-call'
import type { ShortcodeMappings } from './shortcodes/mapping'
import type { ShortcodeCall, ShortcodeOutput } from './shortcodes/types'
import { includeCandidates, includeTarget, MARKDOWN_INCLUDE } from './shortcodes/includes'
import type { RefResolver } from '../links/link-lookups'
import { suggestPath } from './shortcodes/suggest-path'
import { bodyWithoutFrontmatter } from '../frontmatter'
import { counted, MAX_INCLUDE_EXPANSIONS, MAX_PAGE_BYTES } from '../common/limits'
import { pageLimitProblem } from './page-limits'
import { extensionOf } from '../links/url'
import { pageLiquid, type PageLiquid } from './liquid/page-liquid'
import { loosenDefinitions, withExtrasSyntax, type MarkdownExtras } from './dialect'
import { dropTocMarkers } from './toc-marker'
import { applyPymdownxInline } from './pymdownx-inline'
import { applyMarkdownInHtml, mayHoldMarkdownInHtml } from './markdown-in-html'
import { MAX_ABBREVIATIONS, markAbbreviations, mayHoldAbbreviations, takeAbbreviations } from './abbreviations'
import { componentUses, mayHoldComponents, placeSnippets, prepareComponents, rebaseSnippet, type ComponentSetting, type ComponentUses } from './md-components'

/** What one page's includes have cost so far: included files are parsed once per chain, and expanded a bounded number of times. */
interface IncludeBudget {
  expansions: number
  /** Set once the limit is reported. */
  over?: boolean
  /** Expansions and characters each parsed file's own includes took, counted again at each reuse. */
  cost: Map<string, { expansions: number; characters: number }>
  /** Characters of the included text expanded so far. */
  characters: number
  parsed: Map<string, ParsedPage>
  /** The component elements of the page and its snippets, drawn after sanitizing (draw-components.ts). */
  components: ComponentUses
}

/** What shortcodes need beyond the page: the company's mapping, the people blocks, included files, ref lookup. */
export interface ShortcodeSetting {
  mappings: ShortcodeMappings
  /** The people blocks, when the handbook has people data. */
  people?: DirectiveHandlers
  /** Files the page includes (directly or not), by content path. */
  includes: Readonly<Record<string, string>>
  resolveRef?: RefResolver
  /** Hugo: the shortcodes the site or its theme defines, by name → the file that defines it. */
  siteShortcodes?: Readonly<Record<string, string>>
  /** Hugo: the folders includes look in after the content folder (`../assets`, `..`). */
  includeFolders?: readonly string[]
  /** Every file of the content folder, for "Did you mean" when an include names none of them. */
  files?: readonly string[]
  /** Liquid's data, includes and the page's variables, in a Jekyll or Eleventy handbook. */
  liquid?: PageLiquid
  /** Hugo: the values of the params the page's `{{< param >}}` tags ask for (shortcodes/hugo-param.ts). */
  params?: Readonly<Record<string, string>>
}

export interface PageParseInput {
  body: string
  format: PageFormat
  /** The page's path in the content folder: includes and refs are relative to it. */
  sourcePath: string
  directives?: DirectiveHandlers
  shortcodes?: ShortcodeSetting
  /** The generator the handbook comes from: an MkDocs page's Material blocks are ours (mkdocs-blocks.ts). */
  sourceTool?: SourceTool
  /** `.md`: the handbook's components and the snippets pages import (md-components.ts); without it, capitalised tags are raw HTML as before. */
  components?: ComponentSetting
  /** The wings' remark plugins: the page is parsed with their syntax (math's `$…$`). */
  remark?: PluggableList
  /** `.md`: the Markdown the old tool read beyond CommonMark and GFM (dialect.ts). */
  markdownExtras?: MarkdownExtras
}

export interface ParsedPage {
  tree: Root
  problems: DirectiveProblem[]
  /** The text parsed, when a step before Markdown (Liquid) changed it: positions in the tree point into it. */
  text?: string
  /** The file's line a line of `text` came from (problems found here are mapped already). */
  lineOf?: (line: number) => number
  /** The component elements placed in the tree, when the page (or a snippet) has any. */
  components?: ComponentUses
}

/** An included file's nodes, placed at the include tag: what is reported about them (a raw-HTML link, say) points to the page's line that brought them in. */
function atTag(nodes: Content[], call: ShortcodeCall): Content[] {
  const point = { line: call.line, column: call.column }
  for (const node of nodes) visit(node as UnistNode, (child) => void (child.position = { start: { ...point }, end: { ...point } }))
  return nodes
}

/** `include`/`readfile` for a page (or included file) `from`, with the chain of files that led to it. */
function includer(input: PageParseInput, setting: ShortcodeSetting, chain: readonly string[], budget: IncludeBudget): (call: ShortcodeCall) => ShortcodeOutput {
  return (call) => {
    const target = includeTarget(call)
    if (!target) return { nodes: [], problem: { code: 'include', message: `${call.name} needs a file: write {{< ${call.name} "${call.name === 'readfile' ? 'file=' : ''}path/to/file.md" >}}` } }
    const candidates = includeCandidates(target, input.sourcePath, setting.includeFolders)
    const found = candidates.find((candidate) => candidate in setting.includes)
    if (!found) {
      const tried = candidates.length > 1 ? ` (looked for ${candidates.join(' and ')})` : ''
      const rule = "Paths start from this file's folder, or from the content root with a leading /"
      return { nodes: [], problem: { code: 'include', message: `${call.name} "${target}": no such file in the content folder${tried}.${suggestPath(candidates[0]!, setting.files ?? []) || ` ${rule}`}` } }
    }
    if (found === input.sourcePath || chain.includes(found)) {
      return { nodes: [], problem: { code: 'include', message: `${call.name} "${target}" makes a cycle: ${[...chain, input.sourcePath, found].join(' → ')}. Remove one of these includes` } }
    }
    const text = setting.includes[found]!
    const asCode = /^true$/i.test(call.named.code ?? '') || !MARKDOWN_INCLUDE.test(found)
    if (asCode) return { nodes: [{ type: 'code', lang: call.named.lang ?? (extensionOf(found) || null), value: text.replace(/\s+$/, '') } as Content] }
    const through = [...chain, input.sourcePath]
    const key = `${through.join('\u0000')}\u0000${found}`
    // A file parsed before (for the same chain) costs again what its own includes cost: counted, not parsed again.
    const before = { expansions: budget.expansions, characters: budget.characters }
    const reused = budget.cost.get(key)
    budget.expansions += 1 + (reused?.expansions ?? 0)
    budget.characters += text.length + (reused?.characters ?? 0)
    const over =
      budget.expansions > MAX_INCLUDE_EXPANSIONS
        ? `goes over the limit of ${counted(MAX_INCLUDE_EXPANSIONS)} includes in one page (through ${[...through, found].join(' → ')}): include fewer files, or the same file fewer times`
        : budget.characters > MAX_PAGE_BYTES
          ? `makes the page with its includes longer than the limit of ${counted(MAX_PAGE_BYTES)} characters (through ${[...through, found].join(' → ')}): include fewer files, or split the page`
          : undefined
    if (over) {
      // Reported once, at the include that goes over; the ones after it are dropped.
      const first = !budget.over
      budget.over = true
      return { nodes: [], ...(first ? { problem: { code: 'include-limit', message: `${call.name} "${target}" ${over}` } } : {}) }
    }
    let included = budget.parsed.get(key)
    if (!included) {
      const overLimit = pageLimitProblem(text)
      included = overLimit
        ? { tree: { type: 'root', children: [] }, problems: [{ code: 'page-limit', message: overLimit.message, ...(overLimit.line ? { line: overLimit.line } : {}) }] }
        : parsePageWith({ ...input, body: bodyWithoutFrontmatter(text), sourcePath: found }, through, budget)
      budget.parsed.set(key, included)
      budget.cost.set(key, { expansions: budget.expansions - before.expansions - 1, characters: budget.characters - before.characters - text.length })
      // Problems in the included file are that file's, at its own lines (reported once, however often it is included).
      const more = included.problems.map((problem) => ({ ...problem, file: problem.file ?? found }))
      return { nodes: atTag(structuredClone(included.tree.children) as Content[], call), ...(more.length ? { more } : {}) }
    }
    return { nodes: atTag(structuredClone(included.tree.children) as Content[], call) }
  }
}

function parsePageWith(input: PageParseInput, chain: readonly string[], budget: IncludeBudget): ParsedPage {
  const mkdocs = input.sourceTool === 'mkdocs' && input.format === 'md'
  const extras = input.format === 'md' ? input.markdownExtras : undefined
  const syntax = withExtrasSyntax(input.remark, extras)
  const wingSyntax = syntax ? { remark: syntax } : {}
  const handlers: DirectiveHandlers = mkdocs ? new Map([...(input.directives ?? []), ...MKDOCS_HANDLERS]) : (input.directives ?? new Map())
  if (input.format === 'mdx') {
    const source = input.body
    // The MDX compiler always parses with the directive syntax (a mistake in `{…}` may parse only so).
    const tree = parseMarkdown(source, 'mdx', { directives: true, ...wingSyntax })
    const parsePlain = () => {
      try {
        return parseMarkdown(source, 'mdx', wingSyntax)
      } catch {
        return undefined
      }
    }
    const problems = applyDirectives(tree, { source, handlers, parsePlain })
    applyDocusaurusTheme(tree)
    if (fencesHaveTitles(input.sourceTool)) applyCodeTitles(tree)
    for (const old of source.includes(':::') ? oldAdmonitionTitles(source, inCodeRanges(codeRanges(tree))) : []) {
      problems.push({
        code: 'admonition-title',
        severity: 'warning',
        line: old.line,
        column: 1,
        message: `in .mdx an admonition's title goes in brackets: write :::${old.kind}[${old.title}] (the form :::${old.kind} ${old.title} works in .md only)`,
      })
    }
    return { tree, problems }
  }
  let prepared: PreparedSource | undefined
  const setting = input.shortcodes
  // Each step before Markdown keeps code literal; a step that sees the text the one before it saw finds the code without tokenizing again.
  const codeIn = codeRangesMemo()
  // Liquid runs on the page only, as the old site ran it; an include of ours is Markdown.
  // MkDocs pages run no Liquid: their snippets are put in place at that step instead (mkdocs-snippets.ts), lines mapped alike.
  const liquid =
    chain.length > 0 ? { text: input.body, problems: [] } : mkdocs ? expandSnippets(input.body, (file) => snippetFile(file, input.sourcePath, setting)) : pageLiquid(input.body, setting?.liquid, codeIn)
  // Attribute lists: a Jekyll page's kramdown (with its table of contents marker and comments), after Liquid as Jekyll runs
  // them; an MkDocs page's attr_list, before Material's blocks.
  const dialect = input.sourceTool === 'jekyll' ? 'kramdown' : mkdocs ? 'attr_list' : undefined
  const attributes = dialect ? prepareAttributeLists(liquid.text, lazyInCode(liquid.text, codeIn), dialect) : undefined
  const listed = attributes?.text ?? liquid.text
  const blocks = mkdocs ? prepareMkdocsBlocks(listed) : listed
  // kramdown's and Python-Markdown's abbreviations: their definition lines out of the text, their words marked once it is parsed.
  const abbreviations = extras?.abbreviations && mayHoldAbbreviations(blocks) ? takeAbbreviations(blocks, lazyInCode(blocks, codeIn)) : undefined
  const body = abbreviations?.text ?? blocks
  if (setting && needsPreparation(body)) {
    prepared = prepareSource(body, {
      inCode: lazyInCode(body, codeIn),
      ...(setting.resolveRef ? { resolveRef: (target: string) => setting.resolveRef!(target, input.sourcePath) } : {}),
      ...(setting.mappings ? { mappings: setting.mappings } : {}),
    })
  }
  const problems: DirectiveProblem[] = (attributes?.problems ?? []).map((problem) => ({ code: 'attribute-list', severity: 'warning', ...problem }))
  if (abbreviations?.overLine) {
    problems.push({
      code: 'abbreviation-limit',
      severity: 'warning',
      line: abbreviations.overLine,
      message: `more than ${MAX_ABBREVIATIONS} abbreviations on one page: this one and the ones after it are hidden but not marked. Keep the ones readers need`,
    })
  }
  let source = prepared?.text ?? body
  const withComponents = input.components && mayHoldComponents(source) ? prepareComponents(source, input.sourcePath, chain, input.components, budget.components, lazyInCode(source, codeIn)) : undefined
  if (withComponents) {
    source = withComponents.text
    problems.push(...withComponents.problems)
  }
  let tree: Root
  if (mentionsDirectives(source, handlers, false)) {
    tree = parseMarkdown(source, 'md', { directives: true, ...wingSyntax })
    problems.push(...applyDirectives(tree, { source, handlers, parsePlain: () => parseMarkdown(source, 'md', wingSyntax) }))
  } else {
    tree = parseMarkdown(source, 'md', wingSyntax)
  }
  // kramdown's parse_block_html, for the site (_config.yml) or from a page's own {::options /} line on.
  const everyBlock = extras?.markdownInHtml === true && (extras.everyHtmlBlock === true || attributes?.parseBlockHtml === true)
  if (extras?.markdownInHtml && (everyBlock || mayHoldMarkdownInHtml(source))) applyMarkdownInHtml(tree, (text) => parseMarkdown(text, 'md', wingSyntax), everyBlock)
  if (attributes?.buttons) buttonLinks(tree)
  if (extras?.definitionLists) loosenDefinitions(tree)
  if (extras && (extras.mark || extras.caret || extras.tilde || extras.keys)) applyPymdownxInline(tree, source, extras)
  if (withComponents?.snippets.length) problems.push(...placeSnippets(tree, withComponents.snippets, (use) => snippetTree(input, use.target, use.line, chain, budget, problems)))
  if (mkdocs) {
    groupMkdocsTabs(tree)
    dropTocMarkers(tree)
  }
  if (fencesHaveTitles(input.sourceTool)) applyCodeTitles(tree)
  if (prepared && setting) {
    const render = shortcodeRenderer({
      mappings: setting.mappings,
      people: setting.people,
      include: includer(input, setting, chain, budget),
      ...(setting.liquid ? { liquid: true } : {}),
      ...(input.sourceTool === 'gitbook' ? { gitbook: true } : {}),
      ...(setting.params ? { params: setting.params } : {}),
      ...(setting.siteShortcodes ? { siteShortcodes: setting.siteShortcodes } : {}),
      findImage: (name) => bundleImage(name, input.sourcePath, setting.files ?? []),
    })
    problems.push(...applyShortcodes(tree, prepared, render))
  }
  if (abbreviations) markAbbreviations(tree, abbreviations.expansions)
  const { lineOf } = liquid
  // Material's blocks and the attribute lists keep every line where it was: only the text parsed differs.
  if (!lineOf) return { tree, problems: [...liquid.problems, ...problems], ...(body !== input.body ? { text: body } : {}) }
  // What the steps after Liquid found is at lines of its output: mapped back to the file's.
  const mapped = problems.map((problem) => (problem.file === undefined && problem.line !== undefined ? { ...problem, line: lineOf(problem.line) } : problem))
  return { tree, problems: [...liquid.problems, ...mapped], text: body, lineOf }
}

/** A file an MkDocs snippet line names, among the files read for the page (looked for as includes are). */
function snippetFile(file: string, from: string, setting: ShortcodeSetting | undefined): { path: string; text: string } | undefined {
  if (!setting) return undefined
  const found = includeCandidates(file, from, setting.includeFolders).find((candidate) => candidate in setting.includes)
  return found === undefined ? undefined : { path: found, text: setting.includes[found]! }
}

/** An imported snippet's tree, parsed as a part of the page (once per page and chain), at the line that places it; its problems at its own lines. */
function snippetTree(input: PageParseInput, target: string, line: number, chain: readonly string[], budget: IncludeBudget, problems: DirectiveProblem[]): Root {
  const through = [...chain, input.sourcePath]
  const key = `snippet\u0000${through.join('\u0000')}\u0000${target}`
  let parsed = budget.parsed.get(key)
  if (!parsed) {
    const text = input.components!.snippets[target]!
    const overLimit = pageLimitProblem(text)
    parsed = overLimit
      ? { tree: { type: 'root', children: [] }, problems: [{ code: 'page-limit', message: overLimit.message, ...(overLimit.line ? { line: overLimit.line } : {}) }] }
      : parsePageWith({ ...input, body: bodyWithoutFrontmatter(text), sourcePath: target, format: 'md' }, through, budget)
    budget.parsed.set(key, parsed)
    problems.push(...parsed.problems.map((problem) => ({ ...problem, file: problem.file ?? target })))
  }
  const tree = rebaseSnippet(structuredClone(parsed.tree), target, input.sourcePath)
  const point = { line, column: 1 }
  visit(tree as UnistNode, (child) => void (child.position = { start: { ...point }, end: { ...point } }))
  return tree
}

/** The page's tree with its directives and shortcodes applied, and what they reported. */
export function parsePage(input: PageParseInput): ParsedPage {
  const budget: IncludeBudget = { expansions: 0, characters: 0, parsed: new Map(), cost: new Map(), components: componentUses(input.body) }
  const parsed = parsePageWith(input, [], budget)
  return budget.components.uses.length ? { ...parsed, components: budget.components } : parsed
}
