/**
 * The Liquid step of a page, between reading and Markdown: run only on pages
 * of a Jekyll or Eleventy handbook that hold `{%` or `{{` outside code, so
 * other pages pay nothing (one extra tokenizing finds the code, only when a
 * mark may be in it or a `{% raw %}` asks). Its problems are the page's (or
 * an include's) at their lines.
 */
import type { DirectiveProblem } from '../directive-handlers'
import { lazyInCode, surelyOutsideCode, type CodeRanges } from '../code-ranges'
import { runLiquid } from './run-liquid'
import type { LiquidPage, LiquidSetting } from './setting'

export interface PageLiquid {
  setting: LiquidSetting
  page: LiquidPage
}

export interface LiquidStep {
  /** The text Markdown parses. */
  text: string
  /** The file's line an output line came from; undefined when Liquid did not run (lines are the file's). */
  lineOf?: (line: number) => number
  problems: DirectiveProblem[]
}

const LIQUID_MARK = /\{%|\{\{/g

/** Whether the text may hold Liquid at all: the cheap test before parsing. */
export function mayHoldLiquid(text: string): boolean {
  return text.includes('{%') || text.includes('{{')
}

/** The problem's message for editors: what Liquid said, and where to look. */
function messageOf(message: string): string {
  return `Liquid: ${message}. The page is shown without running Liquid until this is fixed (the old site would not build it either)`
}

export function pageLiquid(body: string, liquid: PageLiquid | undefined, code: (text: string) => CodeRanges): LiquidStep {
  if (!liquid || !mayHoldLiquid(body)) return { text: body, problems: [] }
  // The code is found only when asked (tokenizing is most of this step's cost): not when a mark is surely outside it; `{% raw %}` asks where it stands.
  const outside = surelyOutsideCode(body)
  const inCode = lazyInCode(body, code, outside)
  const marks = [...body.matchAll(LIQUID_MARK)].map((match) => match.index!)
  // Liquid all inside code is the page's text: left as it is (the marks surely outside it are looked for first, without tokenizing).
  if (!marks.some(outside) && marks.every(inCode)) return { text: body, problems: [] }
  const result = runLiquid(body, liquid.setting, liquid.page, inCode)
  const problems = result.problems.map(
    (problem): DirectiveProblem => ({
      code: 'liquid',
      message: messageOf(problem.message),
      ...(problem.line ? { line: problem.line } : {}),
      ...(problem.column ? { column: problem.column } : {}),
      ...(problem.include ? { file: `${liquid.setting.includesPath}/${problem.include}` } : {}),
    }),
  )
  if (result.text === undefined) return { text: body, problems }
  return { text: result.text, lineOf: result.lineOf, problems }
}
