/**
 * What a check of the loaded handbook is: a name and a function from the
 * handbook (with the check options, and the work several checks share) to
 * the problems it finds. The checks of checks/list.ts are of this type, and
 * so is what a feature adds to them.
 */
import type { Diagnostic } from '../common/diagnostics'
import type { Handbook, Page } from '../handbook'
import type { CheckOptions } from './options'

/** What an anchor check needs of the page a link points to: a content page, or a page made from data. */
export type LinkedPage = Pick<Page, 'sourcePath' | 'anchors' | 'format'>

/** What every check is given: made once per run by checkInput (checks/input.ts), so no check repeats another's work. */
export interface CheckInput {
  handbook: Handbook
  options: CheckOptions
  /** The pages the checks read: all but those over a limit of limits.ts, which were not read (their error is all there is to say: not "empty", "no title"). */
  readPages: readonly Page[]
  /** Every page a link may point at, by URL: the content pages and the pages made from data. */
  pagesByUrl: ReadonlyMap<string, LinkedPage>
  /** A page's text (`source`) split at each `\n`, as written: split once per run, when a check first asks. */
  linesOf(page: Page): readonly string[]
}

export interface HandbookCheck {
  /** What it looks for, e.g. "page-unlinked" (the code of what it reports, when it reports one kind). */
  name: string
  /** Its problems, in the order they are found: diagnostics on the same line keep this order once sorted. */
  run(input: CheckInput): Diagnostic[]
}
