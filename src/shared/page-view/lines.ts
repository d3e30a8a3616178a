/** Lines of text and links a page shows: under its title, in its review note. */

/** A piece of a line the page shows: text, or a link (already with the path prefix). */
export interface LinePart {
  text: string
  url?: string
}

/** A line under a page's title (see title-lines.ts), drawn by Article. */
export interface TitleLine {
  /** What the line says, for styling and tests, e.g. "owners". */
  kind: string
  parts: LinePart[]
}

/** Parts joined with ", " and a last " and ". */
export function listed(items: readonly LinePart[][]): LinePart[] {
  return items.flatMap((item, i) => (i === 0 ? item : [{ text: i === items.length - 1 ? ' and ' : ', ' }, ...item]))
}
