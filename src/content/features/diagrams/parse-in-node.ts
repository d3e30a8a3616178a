/**
 * Mermaid's own parser, run in Node for `npm run check` and the build, so a
 * diagram type the pure-JS renderer does not read (gantt, pie, gitGraph…)
 * is checked without a browser. Mermaid's parsers need no DOM; only its
 * import of DOMPurify expects one (it registers hooks and sanitises labels
 * when drawing), so a stand-in with those methods is put on the module
 * before Mermaid loads: parsing never draws, so nothing is sanitised here.
 */
import type { Mermaid } from 'mermaid'
import { readingOfMermaid, type FlowchartReading, type MermaidFlowDb } from './flowchart-reading'

let loaded: Promise<Mermaid | Error> | undefined

async function loadMermaid(): Promise<Mermaid | Error> {
  try {
    const purify = ((await import('dompurify')) as unknown as { default: Record<string, unknown> }).default
    for (const name of ['addHook', 'removeHook', 'removeHooks', 'removeAllHooks', 'setConfig', 'clearConfig']) purify[name] ??= () => undefined
    purify.sanitize ??= (value: unknown) => String(value)
    return ((await import('mermaid')) as { default: Mermaid }).default
  } catch (cause) {
    return cause instanceof Error ? cause : new Error(String(cause))
  }
}

const messageOf = (cause: unknown) => firstLine(cause instanceof Error ? cause.message : String(cause))

/**
 * What Mermaid threw, as its message, or as an Error when it is Node's and not the diagram's: a part of Mermaid that
 * needs a browser (`box Purple` in a sequence reads the colour through `window`) says nothing about the syntax.
 */
const verdictOf = (cause: unknown): string | Error => (cause instanceof ReferenceError || cause instanceof TypeError ? new Error(messageOf(cause)) : messageOf(cause))

/** Mermaid's messages are several lines (the line, a caret, the expectation): they are put on one. */
function firstLine(message: string): string {
  return message
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !/^-*\^$/.test(line))
    .join(' ')
    .replace(/\s+/g, ' ')
}

/**
 * Parses a whole ` ```mermaid ` block with Mermaid: undefined when it
 * parses, else Mermaid's message. An Error when Mermaid could not be loaded
 * at all, or could not read this block in Node (then it is not checked).
 */
export async function parseInNode(text: string): Promise<string | undefined | Error> {
  const mermaid = await (loaded ??= loadMermaid())
  if (mermaid instanceof Error) return mermaid
  try {
    await mermaid.parse(text)
    return undefined
  } catch (cause) {
    return verdictOf(cause)
  }
}

/**
 * A flowchart as Mermaid reads it (its nodes, edges and groups), else
 * Mermaid's message when it does not parse, or an Error when Mermaid could
 * not be loaded or could not read it in Node.
 */
export async function readFlowchartInNode(text: string): Promise<FlowchartReading | string | Error> {
  const mermaid = await (loaded ??= loadMermaid())
  if (mermaid instanceof Error) return mermaid
  try {
    // parse() registers Mermaid's diagrams on first use; the diagram is then read again for its database.
    await mermaid.parse(text)
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(text)
    return readingOfMermaid(diagram.db as unknown as MermaidFlowDb)
  } catch (cause) {
    return verdictOf(cause)
  }
}
