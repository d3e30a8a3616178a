/**
 * Mermaid's own parser, run in Node for `npm run check` and the build, so a
 * diagram type the pure-JS renderer does not read (gantt, pie, gitGraph…)
 * is checked without a browser. Mermaid's parsers need no DOM; only its
 * import of DOMPurify expects one (it registers hooks and sanitises labels
 * when drawing), so a stand-in with those methods is put on the module
 * before Mermaid loads: parsing never draws, so nothing is sanitised here.
 */
import type { Mermaid } from 'mermaid'

type Parse = (text: string) => Promise<string | undefined>

let parser: Promise<Parse | Error> | undefined

async function loadParser(): Promise<Parse | Error> {
  try {
    const purify = ((await import('dompurify')) as unknown as { default: Record<string, unknown> }).default
    for (const name of ['addHook', 'removeHook', 'removeHooks', 'removeAllHooks', 'setConfig', 'clearConfig']) purify[name] ??= () => undefined
    purify.sanitize ??= (value: unknown) => String(value)
    const mermaid = ((await import('mermaid')) as { default: Mermaid }).default
    return async (text) => {
      try {
        await mermaid.parse(text)
        return undefined
      } catch (cause) {
        return firstLine(cause instanceof Error ? cause.message : String(cause))
      }
    }
  } catch (cause) {
    return cause instanceof Error ? cause : new Error(String(cause))
  }
}

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
 * at all (then nothing is checked).
 */
export async function parseInNode(text: string): Promise<string | undefined | Error> {
  const parse = await (parser ??= loadParser())
  if (parse instanceof Error) return parse
  return parse(text)
}
