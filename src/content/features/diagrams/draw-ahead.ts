/**
 * The diagrams wing's work before any page is rendered, which may wait on
 * a parser or a browser: each flowchart not judged before is held against
 * Mermaid's reading in Node (misreadings.ts); every block Mermaid itself
 * must draw (a type the pure-JS renderer does not draw: gantt, pie,
 * gitGraph…, or a flowchart it reads otherwise or not at all) is parsed by Mermaid in Node, so one that does not parse is an
 * error at its line (`npm run check` too); then,
 * in a build or develop only, the blocks not drawn before are drawn by
 * Mermaid in the machine's Chromium, all in one browser, and kept
 * (drawings-store.ts) for the pages' rendering to read. Without Chromium
 * they are left to the reader's browser, which the build log says once, as
 * a warning at the first of them.
 */
import { error, warning, type Diagnostic } from '../../common/diagnostics'
import type { BeforeRenderInput, BeforeRenderOutput } from '../feature'
import { mentionsMermaid, mermaidBlocks } from './blocks'
import { findChromium } from '../../common/chromium'
import { drawInChromium } from './chromium'
import { drawingsFolder, forgetDrawingsBut, storedDrawing, storeDrawing } from './drawings-store'
import { readMermaidSource, type MermaidSource } from './mermaid-source'
import { drawnByMermaid, forgetReadingsBut, isJudgedType, judgedReading, judgeReading, keepReading } from './misreadings'
import { parseInNode } from './parse-in-node'

/** A mermaid block, where it is, as read once (mermaid-source.ts). */
interface MermaidBlockAt {
  sourcePath: string
  /** The block's first line in the file. */
  line: number
  text: string
  /** Its type and the 0-based line (in the block) of its type word among the rest. */
  source: MermaidSource
}

/** Every mermaid block of the pages, where it is. */
function allBlocks(pages: BeforeRenderInput['pages']): MermaidBlockAt[] {
  const found: MermaidBlockAt[] = []
  for (const page of pages) {
    if (!mentionsMermaid(page.text)) continue
    for (const block of mermaidBlocks(page.text.split('\n'))) {
      const source = readMermaidSource(block.text)
      found.push({ sourcePath: page.sourcePath, line: block.line, text: block.text, source })
    }
  }
  return found
}

/**
 * Judges the flowcharts not judged before (misreadings.ts); the judgements are kept on disk in a build. Returns the
 * flowcharts Mermaid draws because the pure-JS renderer reads them otherwise, with why.
 */
async function judgeReadings(blocks: readonly MermaidBlockAt[], folder: string, persist: boolean): Promise<{ block: MermaidBlockAt; why: string }[]> {
  const misread: { block: MermaidBlockAt; why: string }[] = []
  for (const block of blocks) {
    if (!isJudgedType(block.source.type)) continue
    let reading = judgedReading(block.text, folder)
    if (reading === undefined) {
      reading = await judgeReading(block.text, block.source)
      if (reading !== undefined) keepReading(block.text, reading, folder, persist)
    }
    if (typeof reading === 'string') misread.push({ block, why: reading })
  }
  return misread
}

/** The line of the file Mermaid's message points at (`Parse error on line 5`), else the block's type line. */
function lineOf(block: MermaidBlockAt, message: string): number {
  const said = /\bon line (\d+)/.exec(message)
  return block.line + (said ? Number(said[1]) - 1 : block.source.typeLine)
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`

/** Mermaid's parse of each block: the problems, and the blocks fit to draw. */
async function parseAll(blocks: readonly MermaidBlockAt[]): Promise<{ diagnostics: Diagnostic[]; parsed: MermaidBlockAt[] }> {
  const diagnostics: Diagnostic[] = []
  const parsed: MermaidBlockAt[] = []
  const notChecked = new Set<string>()
  const verdicts = new Map<string, Promise<string | undefined | Error>>()
  for (const block of blocks) {
    let verdict = verdicts.get(block.text)
    if (!verdict) verdicts.set(block.text, (verdict = parseInNode(block.text)))
    const result = await verdict
    if (result === undefined) parsed.push(block)
    else if (result instanceof Error || /No diagram type detected/.test(result)) {
      // Mermaid could not load or read it in Node, or the type needs a plugin Mermaid does not ship (zenuml): said once per type.
      if (notChecked.has(block.source.type)) continue
      notChecked.add(block.source.type)
      const why = result instanceof Error ? `Mermaid could not check it here (${result.message})` : `this site's Mermaid does not know "${block.source.type}" (it needs a Mermaid plugin)`
      diagnostics.push({
        ...warning('diagram-not-checked', block.sourcePath, `"${block.source.type}" diagrams are not checked: ${why}. The page shows the diagram's source`, block.line + block.source.typeLine),
        kind: block.source.type,
      })
    } else {
      diagnostics.push(
        error(
          'diagram-syntax',
          block.sourcePath,
          `this mermaid diagram does not parse (${result}): correct it as the message says, and check it in the Mermaid live editor (mermaid.live)`,
          lineOf(block, result),
        ),
      )
    }
  }
  return { diagnostics, parsed }
}

/** Draws what is not drawn yet in Chromium; without it, the warning that the browser will. */
async function drawMissing(blocks: readonly MermaidBlockAt[], input: BeforeRenderInput, folder: string): Promise<BeforeRenderOutput> {
  const missing = [...new Map(blocks.filter((block) => !storedDrawing(block.text, folder)).map((block) => [block.text, block])).values()]
  if (missing.length === 0) return { diagnostics: [], notes: blocks.length ? [`diagrams: ${plural(blocks.length, 'Mermaid diagram')} drawn in Chromium by an earlier build`] : [] }
  const chromium = findChromium(input.env)
  if (!chromium) {
    const first = missing[0]!
    const pages = new Set(missing.map((block) => block.sourcePath)).size
    return {
      diagnostics: [
        warning(
          'diagram-in-browser',
          first.sourcePath,
          `Chromium not found: ${plural(missing.length, 'diagram')} on ${plural(pages, 'page')} drawn in the browser (Mermaid is loaded on those pages only). Install Chromium (apt-get install chromium) or set CHROMIUM_PATH to draw them at build time`,
          first.line + first.source.typeLine,
        ),
      ],
      notes: [],
    }
  }
  const started = Date.now()
  const drawings = await drawInChromium(
    missing.map((block) => block.text),
    chromium,
  ).catch((cause: unknown) => missing.map(() => (cause instanceof Error ? cause : new Error(String(cause)))))
  const diagnostics: Diagnostic[] = []
  let drawn = 0
  drawings.forEach((drawing, i) => {
    const block = missing[i]!
    if (drawing instanceof Error) {
      diagnostics.push(
        warning(
          'diagram-in-browser',
          block.sourcePath,
          `Chromium could not draw this diagram (${drawing.message.split('\n')[0]}): it is drawn in the reader's browser instead`,
          block.line + block.source.typeLine,
        ),
      )
      return
    }
    storeDrawing(block.text, drawing, folder)
    drawn++
  })
  const ms = Date.now() - started
  return {
    diagnostics,
    notes: [`diagrams: ${plural(drawn, 'Mermaid diagram')} drawn in Chromium (${chromium}) in ${ms} ms, ${Math.round(ms / Math.max(drawn, 1))} ms each; ${blocks.length - missing.length} from earlier builds`],
  }
}

/** The wing's `beforeRender`. */
export async function drawAhead(input: BeforeRenderInput): Promise<BeforeRenderOutput> {
  const folder = drawingsFolder(input.env)
  const every = allBlocks(input.pages)
  const misread = await judgeReadings(every, folder, input.build)
  const blocks = every.filter((block) => drawnByMermaid(block.text, block.source, folder))
  const { diagnostics, parsed } = await parseAll(blocks)
  const notes = misread.length > 0 ? [misreadNote(misread)] : []
  if (!input.build) return { diagnostics, notes }
  const drawn = await drawMissing(parsed, input, folder)
  forgetDrawingsBut(
    parsed.map((block) => block.text),
    folder,
  )
  forgetReadingsBut(
    every.filter((block) => isJudgedType(block.source.type)).map((block) => block.text),
    folder,
  )
  return { diagnostics: [...diagnostics, ...drawn.diagnostics], notes: [...notes, ...drawn.notes] }
}

/** The log's line about the blocks Mermaid draws instead: how many, and the first with what the pure-JS renderer would have drawn otherwise. */
function misreadNote(misread: readonly { block: MermaidBlockAt; why: string }[]): string {
  const [first] = misread
  return `diagrams: ${plural(misread.length, 'flowchart')} drawn by Mermaid itself, which the pure-JS renderer reads otherwise (${first!.block.sourcePath}:${first!.block.line + first!.block.source.typeLine}: ${first!.why})`
}
