/**
 * The bench-only conversion of a real handbook (`npm run bench -- --real`):
 * the few mechanical edits that let the 18F handbook build while our build
 * still refuses it unedited. Only what blocks the build, nothing that merely
 * looks better; each kind of edit is counted so the bench labels its figures
 * "after N mechanical fixes". When the unedited handbook builds, the bench
 * skips this entirely. Pure: text in, text and counts out.
 *
 *  - `liquid-link-address`: Eleventy's `{% page "x" %}`, `{% link "x" %}` and
 *    `{% download "x" %}` standing for a link's address (`[a]({% page "x" %})`,
 *    `[a]: {% page "x" %}`) become the address itself, `/x` (site-rooted, as
 *    Eleventy resolves them; full URLs as written). Our check: `shortcode` errors.
 *  - `sidebar-mapping`: a frontmatter `sidebar:` written as a group of fields
 *    (18F's `navigation:` / `current:`, which our sidebar label cannot hold)
 *    is removed with its indented lines. Our check: `frontmatter-type` errors.
 *
 * Inside fenced code nothing changes: examples there are shown, not built.
 */
import { findBlock } from '../../src/content/frontmatter/block'

export type FixKind = 'liquid-link-address' | 'sidebar-mapping'

export const FIX_DESCRIPTIONS: Record<FixKind, string> = {
  'liquid-link-address': 'Liquid `{% page|link|download "x" %}` in a link address replaced by the address `/x`',
  'sidebar-mapping': 'frontmatter `sidebar:` written as a group of fields (`navigation:`, `current:`) removed',
}

export interface FixedPage {
  text: string
  fixes: Partial<Record<FixKind, number>>
}

const LIQUID_ADDRESS = /\{%-?\s*(?:page|link|download)\s+"([^"]*)"\s*-?%\}/
const IN_LINK = new RegExp(`(\\]\\(\\s*<?)${LIQUID_ADDRESS.source}`, 'g')
const IN_DEFINITION = new RegExp(`^(\\s{0,3}\\[[^\\]]+\\]:\\s*<?)${LIQUID_ADDRESS.source}`)

/** What Eleventy's tag resolves to: a full URL as written, a site path rooted at `/`. */
function address(target: string): string {
  return /^[a-z][a-z\d+.-]*:/i.test(target) || target.startsWith('/') || target.startsWith('#') ? target : `/${target}`
}

function fixBody(lines: string[], count: (kind: FixKind) => void): string[] {
  let fence: string | undefined
  return lines.map((line) => {
    const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line)
    if (opening) {
      const marker = opening[1]!
      if (!fence) fence = marker
      else if (marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined
      return line
    }
    if (fence) return line
    const replace = (_: string, before: string, target: string) => {
      count('liquid-link-address')
      return `${before}${address(target)}`
    }
    return line.replace(IN_LINK, replace).replace(IN_DEFINITION, replace)
  })
}

/** The frontmatter's lines without a `sidebar:` key whose value is indented lines (a mapping). */
function fixFrontmatter(blockLines: string[], count: (kind: FixKind) => void): string[] {
  const kept: string[] = []
  for (let i = 0; i < blockLines.length; i++) {
    const line = blockLines[i]!
    const next = blockLines[i + 1] ?? ''
    if (/^sidebar\s*:\s*(#.*)?$/.test(line) && /^\s+[^\s#-][^:]*:/.test(next)) {
      count('sidebar-mapping')
      while (i + 1 < blockLines.length && (/^\s+/.test(blockLines[i + 1]!) || blockLines[i + 1] === '')) i++
      continue
    }
    kept.push(line)
  }
  return kept
}

export function fixPage(source: string): FixedPage {
  const fixes: FixedPage['fixes'] = {}
  const count = (kind: FixKind) => (fixes[kind] = (fixes[kind] ?? 0) + 1)
  const newline = source.includes('\r\n') ? '\r\n' : '\n'
  const lines = source.split(/\r?\n/)
  const { block } = findBlock(lines)
  if (block?.kind !== 'yaml') return { text: fixBody(lines, count).join(newline), fixes }
  // The block's own lines, between the delimiters.
  const front = fixFrontmatter(lines.slice(1, block.lines - 1), count)
  const body = fixBody(lines.slice(block.lines), count)
  return { text: [lines[0]!, ...front, lines[block.lines - 1]!, ...body].join(newline), fixes }
}

/** Fix counts of many pages added up. */
export function addFixes(total: FixedPage['fixes'], page: FixedPage['fixes']): void {
  for (const [kind, n] of Object.entries(page) as [FixKind, number][]) total[kind] = (total[kind] ?? 0) + n
}
