/**
 * The mermaid blocks of a page's text, found line by line with the line
 * each starts on: ` ```mermaid ` / `~~~mermaid` fences (GitBook writes these
 * too, and they may sit in a list or a quotation) and Hugo's
 * `{{< mermaid >}}…{{< /mermaid >}}`. What the check reads; the build finds
 * the same blocks in the HTML tree.
 */

export interface MermaidBlock {
  /** 1-based line of the block's first line of code in the page's file. */
  line: number
  text: string
}

const FENCE = /^([\s>]*)(`{3,}|~{3,})(.*)$/
const HUGO_OPEN = /^\s*\{\{[<%]\s*mermaid\b[^}]*[>%]\}\}\s*$/
const HUGO_CLOSE = /^\s*\{\{[<%]\s*\/mermaid\s*[>%]\}\}\s*$/

/** A cheap test before any parsing: pages without the word have no diagram. */
export function mentionsMermaid(text: string): boolean {
  return text.includes('mermaid')
}

/** The page's mermaid blocks, given its lines (`lines[0]` is line 1). */
export function mermaidBlocks(lines: readonly string[]): MermaidBlock[] {
  const blocks: MermaidBlock[] = []
  for (let i = 0; i < lines.length; i++) {
    const fence = FENCE.exec(lines[i]!)
    // Any fence is read to its end: a mermaid block shown inside a ````markdown example is an example, not a diagram.
    if (fence && !(fence[2]![0] === '`' && fence[3]!.includes('`'))) {
      // The fence's indent or quotation marks, which each of its lines repeats.
      const prefix = fence[1]!
      const marker = fence[2]!
      const close = new RegExp(`^[\\s>]*${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`)
      const body: string[] = []
      let j = i + 1
      for (; j < lines.length && !close.test(lines[j]!); j++) body.push(lines[j]!.startsWith(prefix) ? lines[j]!.slice(prefix.length) : lines[j]!.replace(/^[\s>]*/, ''))
      if (/^\s*mermaid(\s|$)/.test(fence[3]!)) blocks.push({ line: i + 2, text: body.join('\n') })
      i = j
      continue
    }
    if (HUGO_OPEN.test(lines[i]!)) {
      const body: string[] = []
      let j = i + 1
      for (; j < lines.length && !HUGO_CLOSE.test(lines[j]!); j++) body.push(lines[j]!)
      blocks.push({ line: i + 2, text: body.join('\n') })
      i = j
    }
  }
  return blocks
}
