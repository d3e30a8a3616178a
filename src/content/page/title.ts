/**
 * Titles for pages that do not give one: real handbooks have many pages with
 * no frontmatter and no `# heading`, and they must still get a readable name.
 */
import { isIndexFile, stripPageExtension } from '../links/url'
import { parseTitle, titleSource, type ParsedTitle } from '../../shared/title'

/** `time-off_policy` → "Time off policy"; `01-getting-started` → "Getting started". */
export function humanizeName(name: string): string {
  const words = name.normalize('NFC').replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim()
  const unnumbered = words.replace(/^\d+(?:\.\d+)*\s+(?=\S)/, '')
  const text = unnumbered || words
  return text.charAt(0).toLocaleUpperCase() + text.slice(1)
}

/** A word: letters and digits (`18f`, `TTS`, `GitHub`). */
const WORD = /[\p{L}\p{N}]+/gu

/**
 * A folder's name as a label, for a folder with no page of its own to name it: made readable
 * (humanizeName), each word written as the titles of the folder's pages write it when they give it
 * capitals past its first letter (`18f` → "18F", `tts-consulting` → "TTS consulting" beside
 * "TTS Consulting overview"), so a reader sees the names the pages use; a word they only
 * capitalise (a title's first word) stays as the sentence has it.
 */
export function humanizeFolderName(name: string, titles: readonly string[]): string {
  const forms = new Map<string, string>()
  for (const title of titles) {
    for (const word of title.match(WORD) ?? []) {
      const rest = word.slice(1)
      if (rest !== rest.toLocaleLowerCase() && !forms.has(word.toLocaleLowerCase())) forms.set(word.toLocaleLowerCase(), word)
    }
  }
  return humanizeName(name).replace(WORD, (word) => forms.get(word.toLocaleLowerCase()) ?? word)
}

/** Title from the file name, or the folder's name for an index page. */
export function titleFromSourcePath(sourcePath: string, siteTitle: string): string {
  const segments = stripPageExtension(sourcePath).split('/')
  if (isIndexFile(sourcePath)) segments.pop()
  const name = segments.pop()
  return name ? humanizeName(name) : siteTitle
}

/** Compares titles the way a reader would: case, spacing and trailing punctuation aside. */
export function sameTitle(a: string, b: string): boolean {
  const normalize = (text: string) =>
    text
      .normalize('NFKC')
      .toLocaleLowerCase()
      .replace(/[\s\u00a0]+/g, ' ')
      .replace(/[.:!?。]+$/u, '')
      .trim()
  return normalize(a) === normalize(b)
}

/** A rendered page's first `# heading` as a title is written (its markup, else its text escaped), for pageTitle. */
export function titleHeadingSource(rendered: { titleHeading?: string; titleHeadingMarkup?: string }): string | undefined {
  return rendered.titleHeadingMarkup ?? (rendered.titleHeading !== undefined ? titleSource(rendered.titleHeading) : undefined)
}

/**
 * A page's title: its frontmatter's, else its first `# heading` (as written, markup kept: titleHeadingSource),
 * else the old tool's navigation label (plain text), else its file name's (the one rule, for the page and its Markdown copy).
 * Read into its plain text and, when it has em/strong/code/sub/sup, its runs (src/shared/title.ts).
 */
export function pageTitle(frontmatterTitle: string | undefined, titleHeading: string | undefined, sourcePath: string, siteTitle: string, navigationTitle?: string): ParsedTitle {
  const written = frontmatterTitle ?? titleHeading ?? (navigationTitle !== undefined ? titleSource(navigationTitle) : undefined)
  if (written !== undefined) {
    const parsed = parseTitle(written)
    // A title that is all markup and no text (`<img src=x>`) names nothing: the file's name does.
    if (parsed.text || !written.trim()) return parsed
  }
  return { text: titleFromSourcePath(sourcePath, siteTitle) }
}
