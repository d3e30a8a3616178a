/**
 * The Liquid step of a page, between reading and Markdown: run only on pages
 * of a Jekyll or Eleventy handbook that hold `{%` or `{{` outside code, so
 * other pages pay nothing (one extra parse finds the code). Its problems are
 * the page's (or an include's) at their lines.
 */
import type { DirectiveProblem } from '../directive-handlers'
import { inRanges } from '../shortcodes/scan'
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

export function pageLiquid(body: string, liquid: PageLiquid | undefined, code: (text: string) => [number, number][]): LiquidStep {
  if (!liquid || !mayHoldLiquid(body)) return { text: body, problems: [] }
  const ranges = code(body)
  if (![...body.matchAll(LIQUID_MARK)].some((match) => !inRanges(match.index!, ranges))) return { text: body, problems: [] }
  const result = runLiquid(body, liquid.setting, liquid.page, (offset) => inRanges(offset, ranges))
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
