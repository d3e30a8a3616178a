/**
 * The diagrams Chromium drew, kept between builds in one JSON file each,
 * named by the hash of (block text, renderer versions, themes): a rebuild
 * redraws nothing unchanged, and every process that renders pages (the
 * build's, its render workers, gatsby-plugin-mdx's compile of `.mdx`
 * pages, `npm run check`) reads the same drawings without a browser.
 *
 * The folder is `.cache/handbook/diagrams` under the directory the build
 * runs in (Gatsby's own `.cache` is found the same way), or
 * HANDBOOK_DIAGRAM_STORE.
 */
import fs from 'node:fs'
import path from 'node:path'
import { hashOf } from '../../common/hash'
import { chromiumRendererVersion, type ChromiumDrawing } from './chromium'

/** Where the drawings are kept. */
export function drawingsFolder(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return env.HANDBOOK_DIAGRAM_STORE || path.join(process.cwd(), '.cache', 'handbook', 'diagrams')
}

/** A block's text as Mermaid reads it: the same diagram with other line endings is the same drawing (and the same judgement: misreadings.ts). */
export const normalisedBlock = (text: string) => text.replace(/\r\n?/g, '\n').trim()

/** The name of a block's drawing in the folder (without `.json`). */
export function drawingKey(text: string): string {
  return hashOf(chromiumRendererVersion(), normalisedBlock(text)).slice(0, 32)
}

const memo = new Map<string, ChromiumDrawing | null>()

/** The drawing of a block, when Chromium drew it in this build or an earlier one. */
export function storedDrawing(text: string, folder = drawingsFolder()): ChromiumDrawing | undefined {
  const file = path.join(folder, `${drawingKey(text)}.json`)
  const known = memo.get(file)
  if (known !== undefined) return known ?? undefined
  let drawing: ChromiumDrawing | undefined
  try {
    const read = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<ChromiumDrawing>
    if (typeof read.light === 'string' && typeof read.dark === 'string') drawing = { light: read.light, dark: read.dark }
  } catch {
    drawing = undefined
  }
  // Only what is there is remembered: a drawing written later by the build (develop's reload) is read then.
  if (drawing) memo.set(file, drawing)
  return drawing
}

/** Keeps a block's drawing. */
export function storeDrawing(text: string, drawing: ChromiumDrawing, folder = drawingsFolder()): void {
  fs.mkdirSync(folder, { recursive: true })
  const file = path.join(folder, `${drawingKey(text)}.json`)
  fs.writeFileSync(file, JSON.stringify(drawing))
  memo.set(file, drawing)
}

/** Removes the drawings of blocks no page has any more. */
export function forgetDrawingsBut(texts: Iterable<string>, folder = drawingsFolder()): number {
  const keep = new Set([...texts].map((text) => `${drawingKey(text)}.json`))
  let removed = 0
  let names: string[]
  try {
    names = fs.readdirSync(folder)
  } catch {
    return 0
  }
  for (const name of names) {
    if (!name.endsWith('.json') || keep.has(name)) continue
    fs.rmSync(path.join(folder, name), { force: true })
    memo.delete(path.join(folder, name))
    removed++
  }
  return removed
}
