/**
 * Which flowcharts the pure-JS renderer reads otherwise than Mermaid (their
 * nodes, edges and groups: flowchart-reading.ts) or cannot read at all
 * while Mermaid can: judged once per block text before the pages are
 * rendered (draw-ahead.ts), with Mermaid's parser in Node, and kept beside
 * the drawings under `readings/`, named by the hash of (block text, both
 * readers' versions). Every process that renders pages (the build's, its
 * render workers, gatsby-plugin-mdx's compile of `.mdx` pages) then knows,
 * without Mermaid, which blocks Mermaid draws instead; a rebuild judges
 * nothing unchanged. `npm run check` keeps its judgements in memory only.
 */
import fs from 'node:fs'
import path from 'node:path'
import { hashOf } from '../../common/hash'
import { chromiumRendererVersion } from './chromium'
import { drawingsFolder, normalisedBlock } from './drawings-store'
import { firstDifference, readingOfRenderer } from './flowchart-reading'
import { isDrawnType, isMermaidType, type MermaidSource } from './mermaid-source'
import { parseInNode, readFlowchartInNode } from './parse-in-node'
import { diagramRenderer, diagramRendererVersion } from './renderer'

/** What the renderer reads otherwise (for the build log), or null when it reads the block as Mermaid does. */
export type Reading = string | null

const readingsFolder = (folder: string) => path.join(folder, 'readings')

let versions: string | undefined

function readingFile(text: string, folder: string): string {
  versions ??= `${diagramRendererVersion()} ${chromiumRendererVersion()};v1`
  return path.join(readingsFolder(folder), `${hashOf(versions, normalisedBlock(text)).slice(0, 32)}.json`)
}

const memo = new Map<string, Reading>()

/** The judgement of a block, when it was judged in this process or kept by a build. */
export function judgedReading(text: string, folder = drawingsFolder()): Reading | undefined {
  const file = readingFile(text, folder)
  const known = memo.get(file)
  if (known !== undefined) return known
  try {
    const read = JSON.parse(fs.readFileSync(file, 'utf8')) as { misread?: unknown }
    const reading = typeof read.misread === 'string' ? read.misread : null
    memo.set(file, reading)
    return reading
  } catch {
    return undefined
  }
}

/** Keeps a judgement: in memory, and on disk when `persist` (a build). */
export function keepReading(text: string, reading: Reading, folder: string, persist: boolean): void {
  const file = readingFile(text, folder)
  memo.set(file, reading)
  if (!persist) return
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, JSON.stringify({ misread: reading }))
}

/** Removes the judgements of blocks no page has any more. */
export function forgetReadingsBut(texts: Iterable<string>, folder: string): void {
  const keep = new Set([...texts].map((text) => path.basename(readingFile(text, folder))))
  let names: string[]
  try {
    names = fs.readdirSync(readingsFolder(folder))
  } catch {
    return
  }
  for (const name of names) {
    if (keep.has(name)) continue
    fs.rmSync(path.join(readingsFolder(folder), name), { force: true })
    memo.delete(path.join(readingsFolder(folder), name))
  }
}

/**
 * Whether blocks of this type are judged: flowcharts, the type handbooks draw most and whose syntax the renderer
 * reads least of (its sequence, class, state, ER and XY readers took every valid diagram tried, and the types'
 * databases differ too much to compare).
 */
export function isJudgedType(type: string): boolean {
  return type === 'flowchart' || type === 'graph'
}

/**
 * Holds the renderer's reading of a flowchart (its nodes, edges and groups) against Mermaid's. A block the renderer
 * cannot read is misread when Mermaid reads it (and Mermaid's own message then reports it when Mermaid does not
 * either); a block Mermaid does not parse but the renderer reads is kept drawn. Undefined when Mermaid could not be
 * loaded, or could not read the block in Node: nothing is judged then, and the renderer draws what it reads.
 */
export async function judgeReading(text: string, source: MermaidSource): Promise<Reading | undefined> {
  let drawn: ReturnType<typeof readingOfRenderer>
  try {
    drawn = readingOfRenderer(diagramRenderer().parseMermaid(source.statements))
  } catch (cause) {
    const verdict = await parseInNode(text)
    return verdict instanceof Error ? undefined : `it cannot read it (${cause instanceof Error ? cause.message : String(cause)})`
  }
  const mermaid = await readFlowchartInNode(text)
  if (mermaid instanceof Error) return undefined
  if (typeof mermaid === 'string') return null
  return firstDifference(drawn, mermaid) ?? null
}

/**
 * Whether Mermaid itself draws this block (in Chromium at build time, else in the reader's browser): a type the
 * pure-JS renderer does not draw, or a flowchart it reads otherwise than Mermaid (or not at all).
 */
export function drawnByMermaid(text: string, source: MermaidSource, folder = drawingsFolder()): boolean {
  if (!source.type) return false
  if (isMermaidType(source.type) && !isDrawnType(source.type)) return true
  return isJudgedType(source.type) && typeof judgedReading(text, folder) === 'string'
}
