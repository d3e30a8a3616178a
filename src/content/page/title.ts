/**
 * Titles for pages that do not give one: real handbooks have many pages with
 * no frontmatter and no `# heading`, and they must still get a readable name.
 */
import { isIndexFile, stripPageExtension } from '../links/url'

/** `time-off_policy` → "Time off policy"; `01-getting-started` → "Getting started". */
export function humanizeName(name: string): string {
  const words = name.normalize('NFC').replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim()
  const unnumbered = words.replace(/^\d+(?:\.\d+)*\s+(?=\S)/, '')
  const text = unnumbered || words
  return text.charAt(0).toLocaleUpperCase() + text.slice(1)
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

/** A page's title: its frontmatter's, else its first `# heading`, else its file name's (the one rule, for the page and its Markdown copy). */
export function pageTitle(frontmatterTitle: string | undefined, titleHeading: string | undefined, sourcePath: string, siteTitle: string): string {
  return frontmatterTitle ?? titleHeading ?? titleFromSourcePath(sourcePath, siteTitle)
}
