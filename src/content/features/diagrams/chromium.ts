/**
 * Mermaid itself, run in Chromium at build time (mermaid-isomorphic drives
 * the browser through Playwright), for the diagram types the pure-JS
 * renderer does not draw: gantt, pie, mindmap, timeline, gitGraph… Each
 * diagram is drawn twice, in Mermaid's light and dark themes, because its
 * colours are computed into the SVG: the page shows the one the site's
 * theme asks for (styles/content/diagrams.css).
 *
 * The browser is the one the machine has (Debian's chromium, or
 * CHROMIUM_PATH): nothing is downloaded. Without one, the diagrams are left
 * to the reader's browser (rehype-diagrams.ts). Mermaid and Playwright are
 * loaded only when there is something to draw, from node_modules (the
 * library bundle leaves them out: see src/node/library.ts).
 */
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'

/** One diagram drawn in both themes, its own id written ID_PLACEHOLDER (placed on a page by place-drawing.ts). */
export interface ChromiumDrawing {
  light: string
  dark: string
}

/** The id prefix given to mermaid-isomorphic: its SVGs' ids are `<prefix>-<index in the batch>`. */
const RENDER_PREFIX = 'hbdiagram'

/** What a stored drawing has where its id goes: a page gives each diagram its own. */
export const ID_PLACEHOLDER = 'diagram-id-placeholder'

/** The SVG with its batch id (and the ids made from it: markers, titles) written as the placeholder. */
const withPlaceholder = (svg: string, index: number) => svg.replace(new RegExp(`${RENDER_PREFIX}-${index}(?![0-9])`, 'g'), ID_PLACEHOLDER)

function versionOf(name: string): string {
  const require = createRequire(__filename)
  for (const dir of require.resolve.paths(name) ?? []) {
    const manifest = path.join(dir, name, 'package.json')
    if (fs.existsSync(manifest)) return `${name}@${(JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version}`
  }
  return `${name}@missing`
}

let version: string | undefined

/** `mermaid-isomorphic@3.1.0 mermaid@11.17.2`: what the drawings depend on besides their text (raise the last part when how they are drawn changes). */
export function chromiumRendererVersion(): string {
  return (version ??= `${versionOf('mermaid-isomorphic')} ${versionOf('mermaid')};light+dark;v2`)
}

/**
 * Mermaid's configuration per theme: strict security (labels are text,
 * links without script), ids that are the same build after build, and a
 * sans-serif everyone has for measuring.
 */
const CONFIG = (theme: 'default' | 'dark') => ({ theme, securityLevel: 'strict' as const, deterministicIds: true, fontFamily: 'arial, sans-serif' })

/** A gantt chart without its "today" line, unless the editor asked for one: the drawing would change every day, and be redrawn by no build. */
export function withoutToday(text: string): string {
  if (/\btodayMarker\b/.test(text)) return text
  return text.replace(/^(\s*gantt\b[^\n]*)$/m, '$1\n  todayMarker off')
}

/**
 * Draws each text (a whole ` ```mermaid ` block) in both themes, with one
 * browser for the whole batch: what Mermaid drew, or its error.
 */
export async function drawInChromium(texts: readonly string[], executablePath: string): Promise<(ChromiumDrawing | Error)[]> {
  if (texts.length === 0) return []
  // An ES module: imported at run time, from node_modules.
  const { createMermaidRenderer } = (await import('mermaid-isomorphic')) as typeof import('mermaid-isomorphic')
  const render = createMermaidRenderer({ launchOptions: { executablePath, args: ['--no-sandbox', '--disable-gpu'] } })
  const drawn = texts.map(withoutToday)
  const [light, dark] = await Promise.all([render(drawn, { prefix: RENDER_PREFIX, mermaidConfig: CONFIG('default') }), render(drawn, { prefix: RENDER_PREFIX, mermaidConfig: CONFIG('dark') })])
  return texts.map((_text, i) => {
    const a = light[i]!
    const b = dark[i]!
    if (a.status === 'rejected') return a.reason instanceof Error ? a.reason : new Error(String(a.reason))
    if (b.status === 'rejected') return b.reason instanceof Error ? b.reason : new Error(String(b.reason))
    return { light: withPlaceholder(a.value.svg, i), dark: withPlaceholder(b.value.svg, i) }
  })
}
