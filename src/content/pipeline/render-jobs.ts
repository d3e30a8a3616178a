/**
 * Rendering pages as self-contained jobs, so they can run on worker threads
 * (see render-workers.ts): a job carries its page's text, the context
 * carries what every page's links resolve against.
 */
import type { Audience } from '../features/audience/settings'
import { markdownPlugins } from '../features'
import fs from 'node:fs'
import { isBuiltin } from 'node:module'
import path from 'node:path'
import type { SourceTool } from '../source/tool'
import type { MarkdownExtras } from '../markdown/dialect'
import type { LiquidPage, LiquidSetting } from '../markdown/liquid/setting'
import type { Diagnostic } from '../common/diagnostics'
import { diagnostic, error } from '../common/diagnostics'
import { createLinkIndex, type LinkIndex, type Route, type SiteAddress } from '../links/links'
import { renderPage, type RenderedPage, type RenderInput } from '../markdown/render'
import type { PageFormat } from '../markdown/parse'
import type { PeopleContext } from '../features/people/types'
import { blocksFor } from '../features/people/blocks'
import { withAdmonitions } from '../markdown/admonitions'
import { refResolver } from '../markdown/shortcodes/refs'
import type { RefResolver } from '../links/link-lookups'
import type { ShortcodeMappings } from '../markdown/shortcodes/mapping'
import { parseMarkdown } from '../markdown/parse'
import { unknownComponents } from '../markdown/mdx-components'
import { mdxSyntaxProblem } from '../markdown/mdx-syntax'
import { undefinedNames } from '../markdown/mdx-expressions'
import { missingImports } from '../markdown/mdx-imports'
import { convertHtmlAttributes } from '../markdown/mdx-html-attributes'
import { DIRECTIVE_COMPONENTS } from '../markdown/directives'
import { MDX_PROVIDER_COMPONENTS } from '../../shared/mdx-components'
import type { CompiledComponents } from '../load/compile-components'
import { renderCheck } from './render-check'
import { recordingLookups } from '../links/link-lookups'
import { hasOutputs, outputJobOf, pageOutputs, wantsOutputs } from './page-outputs'
import type { GlossaryTips } from '../features/glossary/types'
import { glossaryFileData } from '../features/glossary/file-data'
import type { CalloutTitles } from '../markdown/callout-titles'

export interface RenderContext {
  routes: Route[]
  /** Non-page files of the content folder, and files served from static/. */
  files: string[]
  site: SiteAddress
  hrefPrefix: string
  iframeHosts: string[]
  /** Not part of every page's cache key: only pages that place blocks depend on it (see render-pages.ts). */
  people: PeopleContext
  /** The company's shortcodes, mapped to our blocks (settings). */
  shortcodes: ShortcodeMappings
  /** Who the build is for (features/audience). Part of the cache key. */
  audience: Audience
  /** The internal pages a public build leaves out: links to them show as their text. Part of the cache key. */
  withheld?: Route[]
  /** Present when `.md` pages' Markdown copies are made with their render (markdown-copy/page-copy.ts). */
  markdownCopies?: { siteTitle: string }
  /** `.md` pages' search sections are cut with their render. */
  searchSections?: true
  /** The handbook's own components (`_components/`): part of the cache keys of `.mdx` pages and of the `.md` pages that may use one (render-pages.ts). */
  components?: { names: string[]; compiled?: CompiledComponents }
  /** The generator the handbook comes from, when one was recognised: its heading ids are kept as aliases (old links keep working). Part of the cache key. */
  sourceTool?: SourceTool
  /** The Markdown the old tool read beyond CommonMark and GFM (markdown/dialect.ts), in `.md` pages. Part of the cache key. */
  markdownExtras?: MarkdownExtras
  /** Hugo: the folders `include`/`readfile` look in after the content folder, as paths from it. Part of the cache key. */
  includeFolders?: string[]
  /** Hugo: the shortcodes the site or its theme defines, by name → the file (from the content folder), named in their warning. Part of the cache key. */
  siteShortcodes?: Record<string, string>
  /** Liquid's data and includes, in a Jekyll or Eleventy handbook: part of the cache key of the pages that run Liquid only. */
  liquid?: LiquidSetting
  /** Run no code of the content: `.mdx` pages are parsed and checked, never compiled and rendered (render-check.ts). Part of the cache key. */
  untrusted?: true
  /** What glossary.yml marks pages with, when it has entries: part of the cache key of the pages that use its words only (render-pages.ts). */
  glossary?: GlossaryTips
}

export interface RenderJob {
  sourcePath: string
  /** Index of the page's route in the context's routes. */
  route: number
  body: string
  format: PageFormat
  frontmatterTitle?: string
  /** `showTitle: false`: the body keeps its title heading (title-heading.ts). */
  keepTitleHeading?: true
  /** The page's label in the old tool's navigation (GitBook's SUMMARY.md): its title when neither frontmatter nor `# heading` gives one. */
  navigationTitle?: string
  /** What Liquid sees of the page, when the handbook runs Liquid and the page may hold some. */
  liquidPage?: LiquidPage
  /** Files the page includes (`{{< include >}}`, an imported snippet), directly or not, with their text. */
  includes?: Record<string, string>
  /** Hugo: the values of the params its `{{< param >}}` tags ask for, by name (shortcodes/hugo-param.ts). Part of the cache key. */
  params?: Record<string, string>
  /** `glossary: false`: no glossary term is marked on the page. */
  glossary?: false
  /** The page's language in a handbook of several (features/languages): its folder's code, part of its render-cache key. */
  language?: string
  /** GitHub alerts' titles in the page's language, when not English's (markdown/callout-titles.ts): part of its render-cache key. */
  calloutTitles?: CalloutTitles
}

export interface RenderOutcome {
  rendered: RenderedPage
  diagnostics: Diagnostic[]
  /** Taken from the render cache, not rendered by this run. */
  cached?: true
  /** Not rendered yet: left for later (render-later.ts), its render empty until then. */
  pending?: true
}

/** What a page shows when it could not be rendered, or is not yet: nothing. */
export function emptyRender(): RenderedPage {
  return { html: '', headings: [], toc: [], links: [], anchors: [], excerpt: '' }
}

export function linkIndexOf(context: RenderContext): LinkIndex {
  const files = new Set(context.files)
  return createLinkIndex(context.routes, (p) => files.has(p), context.withheld)
}

export function renderInputOf(job: RenderJob, context: RenderContext, index: LinkIndex, resolveRef: RefResolver): RenderInput {
  // The blocks of the page's language: its people pages, its words (features/people/languages.ts).
  const people = blocksFor(context.people, job.language)
  const { directory } = context.people
  const fileData = glossaryFileData(job, context)
  return {
    body: job.body,
    format: job.format,
    ...(job.frontmatterTitle !== undefined ? { frontmatterTitle: job.frontmatterTitle } : {}),
    ...(job.keepTitleHeading ? { keepTitleHeading: true as const } : {}),
    ...(job.navigationTitle !== undefined ? { navigationTitle: job.navigationTitle } : {}),
    link: { from: context.routes[job.route]!, index, site: context.site, hrefPrefix: context.hrefPrefix },
    iframeHosts: context.iframeHosts,
    directives: withAdmonitions(people),
    shortcodes: {
      mappings: context.shortcodes,
      ...(directory.people.length || directory.teams.length ? { people } : {}),
      includes: job.includes ?? {},
      ...(job.params ? { params: job.params } : {}),
      resolveRef,
      files: context.files,
      ...(context.includeFolders ? { includeFolders: context.includeFolders } : {}),
      ...(context.siteShortcodes ? { siteShortcodes: context.siteShortcodes } : {}),
      ...(context.liquid && job.liquidPage ? { liquid: { setting: context.liquid, page: job.liquidPage } } : {}),
    },
    ...(context.sourceTool ? { sourceTool: context.sourceTool } : {}),
    ...(context.markdownExtras ? { markdownExtras: context.markdownExtras } : {}),
    ...(context.components ? { components: context.components } : {}),
    markdown: markdownPlugins(),
    ...(job.calloutTitles ? { calloutTitles: job.calloutTitles } : {}),
    ...(fileData ? { fileData } : {}),
  }
}

/** The components an .mdx page has without an import: the provider's, and the blocks' component forms the handlers replace. */
function knownComponents(input: RenderInput, context: RenderContext): string[] {
  const blocks = Object.entries(DIRECTIVE_COMPONENTS)
    .filter(([, directive]) => input.directives?.has(directive))
    .map(([component]) => component)
  return [...MDX_PROVIDER_COMPONENTS, ...blocks, ...(context.components?.names ?? [])]
}

/** Whether a package import names a package of the project's node_modules (the check and the build run from the project folder). */
function isInstalled(specifier: string): boolean {
  const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!
  return isBuiltin(name) || fs.existsSync(path.join(process.cwd(), 'node_modules', name, 'package.json'))
}

/**
 * An .mdx page's components that webpack could not find, and names its
 * expressions read that nothing defines, as errors at their elements:
 * reported by the build's load step, so it stops before webpack (whose
 * "Expected component … to be defined" is a stack trace).
 */
function componentDiagnostics(job: RenderJob, input: RenderInput, index: LinkIndex, context: RenderContext): Diagnostic[] {
  // With the wings' syntax, as the compiler parses it: braces in math are TeX, not expressions.
  const tree = parseMarkdown(job.body, 'mdx', { directives: true, ...(input.markdown?.remark ? { remark: input.markdown.remark } : {}) })
  const known = knownComponents(input, context)
  const exists = (contentPath: string) => index.fileExists(contentPath) || index.pageBySourcePath(contentPath) !== undefined
  // Names in {…} that nothing defines would throw a ReferenceError while Gatsby renders the HTML, a missing import stop webpack: stack traces both.
  const options = { components: context.components?.names ?? [], installed: isInstalled }
  // A `style` string that is not CSS would throw in React with no line: here it is at its element.
  return [...missingImports(tree, job.sourcePath, exists, options), ...unknownComponents(tree, known), ...undefinedNames(tree, known), ...convertHtmlAttributes(tree)].map((problem) =>
    error(problem.code, job.sourcePath, problem.message, problem.line, problem.column),
  )
}

/** Renders a page; a syntax error (possible in MDX) becomes a diagnostic at its line. */
export function runRenderJob(job: RenderJob, context: RenderContext, siteIndex: LinkIndex): RenderOutcome {
  // What the page's links ask of the site is noted: the cache reuses the render while the answers stay the same.
  const recorder = recordingLookups(siteIndex, refResolver(context.routes, siteIndex))
  const { index } = recorder
  const input = renderInputOf(job, context, index, recorder.resolveRef)
  try {
    const rendered = renderPage(input)
    // `.mdx` pages are checked against the whole site (render-check.ts): their cache key holds every route instead.
    if (job.format === 'md') rendered.lookups = recorder.lookups()
    // A directive a handler could not render (unknown person, team...) is an error at the directive.
    const diagnostics = (rendered.problems ?? []).map((problem) => ({
      ...diagnostic(problem.severity ?? 'error', problem.code, problem.file ?? job.sourcePath, problem.message, problem.line, problem.column),
      ...(problem.kind !== undefined ? { kind: problem.kind } : {}),
    }))
    if (job.format === 'mdx') {
      diagnostics.push(...componentDiagnostics(job, input, index, context))
      // Compiled and rendered as the build will, once what the tree shows is right (a component it cannot find would only fail again).
      // (Not when the handbook's components did not compile: that is reported at their files.)
      const componentsBroken = context.components !== undefined && context.components.names.length > 0 && !context.components.compiled
      if (!context.untrusted && !componentsBroken && !diagnostics.some((d) => d.severity === 'error')) {
        const { site, hrefPrefix, routes, files, people, sourceTool } = context
        diagnostics.push(
          ...renderCheck({
            sourcePath: job.sourcePath,
            url: routes[job.route]!.url,
            body: job.body,
            manifest: {
              site,
              hrefPrefix,
              routes,
              files,
              people,
              ...(sourceTool ? { sourceTool } : {}),
              ...(context.components ? { components: context.components.names } : {}),
              ...(context.glossary && job.glossary !== false ? { glossary: context.glossary } : {}),
            },
            directives: input.directives ?? new Map(),
            ...(context.components?.compiled ? { compiled: context.components.compiled } : {}),
          }),
        )
      }
    }
    // Search sections and Markdown copy, cached with the page (page-outputs.ts); a page with errors has neither.
    if (wantsOutputs(context) && hasOutputs(job, diagnostics)) {
      Object.assign(rendered, pageOutputs(outputJobOf(job, rendered, context), context, context.site))
    }
    return { rendered, diagnostics }
  } catch (cause) {
    if (cause instanceof RangeError && /call stack/i.test(cause.message)) {
      // Nesting the scan before parsing (markdown/page-limits.ts) let through, but the parser's stack could not hold.
      return {
        rendered: emptyRender(),
        diagnostics: [error('page-limit', job.sourcePath, 'this page is nested too deeply to render (quotes, lists, links or emphasis inside each other): nest them less deeply, or split the page')],
      }
    }
    const place = cause as { line?: number; column?: number; reason?: string; message?: string }
    const problem = input.format === 'mdx' ? mdxSyntaxProblem(cause) : { message: place.reason ?? place.message ?? String(cause), line: place.line, column: place.column }
    return {
      rendered: emptyRender(),
      diagnostics: [error('syntax', job.sourcePath, problem.message, problem.line ?? undefined, problem.column ?? undefined)],
    }
  }
}
