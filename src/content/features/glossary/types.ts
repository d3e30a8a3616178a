/**
 * The glossary as the wing reads it (glossary.yml) and as pages are marked
 * with it. What marking needs (`GlossaryTips`) is plain data: it travels to
 * the render workers in the render context and to the MDX compiler in the
 * route manifest, as the people directory does.
 */
import type { ElementContent } from 'hast'

/** One entry of glossary.yml, checked. */
export interface GlossaryEntry {
  /** The anchor of the entry on /glossary (`/glossary#pto`): the term's slug, stable while the term is. */
  id: string
  term: string
  /** Other words for the same thing (`paid time off`), marked like the term. */
  aliases: string[]
  /** The definition, rendered from Markdown and sanitized like a bio. */
  definition: ElementContent[]
  /** Where to read more: a page of this site or a full URL. */
  link?: string
  /** The line of the entry in glossary.yml. */
  line: number
}

export interface Glossary {
  /** The data file, relative to the content folder (`glossary.yml`), when there is one. */
  file?: string
  entries: GlossaryEntry[]
}

/** What pages are marked with: per entry, the words that mark it and the tooltip's content (the definition as one line of text-level HTML). */
export interface GlossaryTips {
  entries: Array<{ id: string; words: string[]; tip: ElementContent[] }>
}

/** What the glossary plugin reads from a page's file (`file.data.glossary`): the tips, and the glossary page's address with the path prefix. */
export interface GlossaryFileData {
  tips: GlossaryTips
  href: string
}
