/**
 * What a ` ```mermaid ` block says before it is drawn: its diagram type (the
 * first word of its first statement), its title and description (frontmatter
 * `title:`, `accTitle:`, `accDescr:`), and its statements as the pure-JS
 * renderer reads them. That renderer reads less than Mermaid does: it takes
 * `accTitle:` lines and `%%` comments for nodes and a statement's closing `;`
 * for part of its label, so they are taken out here; the published source
 * keeps them.
 */

/** Every diagram type Mermaid 11 knows, by the word that opens it. */
// biome-ignore format: a list laid out by hand, several to a line
export const MERMAID_TYPES: readonly string[] = [
  'flowchart', 'graph', 'sequenceDiagram', 'classDiagram', 'classDiagram-v2', 'stateDiagram', 'stateDiagram-v2', 'erDiagram',
  'journey', 'gantt', 'pie', 'quadrantChart', 'requirementDiagram', 'gitGraph', 'C4Context', 'C4Container', 'C4Component',
  'C4Dynamic', 'C4Deployment', 'mindmap', 'timeline', 'zenuml', 'sankey-beta', 'sankey', 'xychart-beta', 'xychart', 'block-beta', 'block',
  'packet-beta', 'packet', 'kanban', 'architecture-beta', 'architecture', 'radar-beta', 'treemap-beta', 'info',
]

/** The types the pure-JS renderer (beautiful-mermaid) draws; every other type of MERMAID_TYPES needs Mermaid itself. */
export const DRAWN_TYPES: readonly string[] = ['flowchart', 'graph', 'sequenceDiagram', 'classDiagram', 'classDiagram-v2', 'stateDiagram', 'stateDiagram-v2', 'erDiagram', 'xychart-beta', 'xychart']

export interface MermaidSource {
  /** The word that opens the diagram (`flowchart`, `pie`…), as written; '' for an empty block. */
  type: string
  /** Its accessible name: frontmatter `title:`, else `accTitle:`. */
  title?: string
  /** Its longer description (`accDescr:` or `accDescr { … }`). */
  description?: string
  /** The statements as the pure-JS renderer reads them. */
  statements: string
  /** 0-based index of the line (in the block) that opens the diagram, where a wrong type is reported. */
  typeLine: number
}

const unquote = (value: string) => value.trim().replace(/^(['"])(.*)\1$/, '$2')

/** Reads a block's text (the code inside the fence). */
export function readMermaidSource(text: string): MermaidSource {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  let title: string | undefined
  let description: string | undefined
  let start = 0
  // YAML frontmatter (Mermaid 10+): `title:` is the diagram's title; its `config:` is for Mermaid's own themes.
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---')
    if (end > 0) {
      for (const line of lines.slice(1, end)) {
        const match = /^title:\s*(.+)$/.exec(line)
        if (match) title = unquote(match[1]!)
      }
      start = end + 1
    }
  }
  const kept: string[] = []
  let typeLine = -1
  let type = ''
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!
    const trimmed = line.trim()
    // `%%{init: …}%%` directives and `%%` comments.
    if (trimmed === '' || trimmed.startsWith('%%')) continue
    const accTitle = /^accTitle\s*:\s*(.*)$/.exec(trimmed)
    if (accTitle) {
      title ??= accTitle[1]!.trim()
      continue
    }
    const accDescr = /^accDescr\s*:\s*(.*)$/.exec(trimmed)
    if (accDescr) {
      description = accDescr[1]!.trim()
      continue
    }
    if (/^accDescr\s*\{/.test(trimmed)) {
      const body: string[] = [trimmed.replace(/^accDescr\s*\{/, '')]
      while (!body[body.length - 1]!.includes('}') && i + 1 < lines.length) body.push(lines[++i]!)
      description = body
        .join(' ')
        .replace(/\}\s*$/, '')
        .replace(/\s+/g, ' ')
        .trim()
      continue
    }
    const statement = line.replace(/\s+%%.*$/, '').replace(/;\s*$/, '')
    if (typeLine < 0) {
      typeLine = i
      type = trimmed.split(/[\s;]/)[0]!
      // A bare `flowchart` or `graph` is top-down in Mermaid; the renderer wants the direction written.
      kept.push(/^(flowchart|graph)$/.test(statement.trim()) ? `${statement.trim()} TD` : statement.trim().replace(/^classDiagram-v2\b/, 'classDiagram'))
      continue
    }
    kept.push(statement)
  }
  // A chart's own title statement (`pie title Pets`, gantt's `title Onboarding`) names it when nothing else does.
  if (!title) {
    const said = kept.map((statement) => /^\s*(?:pie\s+(?:showData\s+)?)?title\s+(.+)$/.exec(statement)).find(Boolean)
    if (said) title = unquote(said[1]!)
  }
  return { type, ...(title ? { title } : {}), ...(description ? { description } : {}), statements: kept.join('\n'), typeLine: Math.max(typeLine, 0) }
}

/** Whether the pure-JS renderer draws this type. */
export function isDrawnType(type: string): boolean {
  return DRAWN_TYPES.includes(type)
}

/** Whether Mermaid knows this type (one the pure-JS renderer does not draw is not an error). */
export function isMermaidType(type: string): boolean {
  return MERMAID_TYPES.includes(type)
}
