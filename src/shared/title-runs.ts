/**
 * A title's runs, as the page's data carries them and the browser draws them
 * (src/components/TitleText.tsx, the sidebar's lazy groups): apart from the
 * parser (src/shared/title.ts), so that drawing a title loads no HTML parser.
 */

/** The markup a title keeps. */
export type TitleMark = 'em' | 'strong' | 'code' | 'sub' | 'sup'

/** A stretch of a title's text and the marks it is drawn with (none: plain text). */
export interface TitleRun {
  text: string
  marks?: TitleMark[]
}

/** The marks in the order they nest, outermost first. */
export const MARK_ORDER: readonly TitleMark[] = ['strong', 'em', 'code', 'sub', 'sup']

/** A run as the page's data has it (GraphQL's HandbookTitleRun: `marks` null when none; sidebar JSON: absent). */
export interface TitleRunFields {
  readonly text: string
  readonly marks?: readonly string[] | null
}

/** The marks of a run that a title may draw, outermost first; anything else in the data is dropped (the data is checked again where it is drawn). */
export function drawnMarks(run: TitleRunFields): TitleMark[] {
  return MARK_ORDER.filter((mark) => run.marks?.includes(mark))
}
