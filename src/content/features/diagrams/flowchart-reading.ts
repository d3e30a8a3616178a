/**
 * A flowchart as a reader of Mermaid's syntax understands it (its nodes,
 * edges and groups, in one form), so that what the pure-JS renderer
 * (beautiful-mermaid) reads can be held against what Mermaid itself reads
 * (parse-in-node.ts). The renderer reads a subset of Mermaid's flowchart
 * syntax and reads some of the rest otherwise without an error: `A-->B`
 * without spaces as a node "A--", the text of `-- text -->` edges, `click`
 * links, Markdown strings, `#quot;` codes, `@{ shape: … }` nodes. A block it
 * reads otherwise than Mermaid is drawn by Mermaid (draw-ahead.ts), as the
 * old site drew it, instead of drawn wrong.
 */
import type { MermaidGraph } from 'beautiful-mermaid'

type MermaidSubgraph = MermaidGraph['subgraphs'][number]

export interface FlowchartReading {
  /** Shapes by the pure-JS renderer's names; a shape it does not draw keeps Mermaid's name, prefixed `mermaid:`. */
  nodes: { id: string; label: string; shape: string; link: boolean }[]
  /** `arrows`: `end`, `start`, `both` or `none`; a head it does not draw (circle, cross) keeps Mermaid's edge type. */
  edges: { from: string; to: string; label: string; stroke: string; arrows: string }[]
  groups: { id: string; label: string; nodes: string[] }[]
}

/** A label as both readers give it, line breaks alike. */
export function plainLabel(text: string): string {
  return text.replace(/<br\s*\/?>/gi, '\n').trim()
}

const arrowsOf = (start: boolean, end: boolean) => (start ? (end ? 'both' : 'start') : end ? 'end' : 'none')

function flattenGroups(groups: readonly MermaidSubgraph[]): FlowchartReading['groups'] {
  return groups.flatMap((group) => [{ id: group.id, label: plainLabel(group.label), nodes: [...group.nodeIds].sort() }, ...flattenGroups(group.children)])
}

/** What the pure-JS renderer read (its parser's graph). */
export function readingOfRenderer(graph: MermaidGraph): FlowchartReading {
  return {
    nodes: [...graph.nodes.values()].map((node) => ({ id: node.id, label: plainLabel(node.label), shape: node.shape, link: false })),
    edges: graph.edges.map((edge) => ({ from: edge.source, to: edge.target, label: plainLabel(edge.label ?? ''), stroke: edge.style, arrows: arrowsOf(edge.hasArrowStart, edge.hasArrowEnd) })),
    groups: flattenGroups(graph.subgraphs),
  }
}

/** Mermaid's node types as the renderer names the shapes it draws. */
const SHAPES: Readonly<Record<string, string>> = {
  square: 'rectangle',
  rect: 'rectangle',
  round: 'rounded',
  diamond: 'diamond',
  stadium: 'stadium',
  circle: 'circle',
  subroutine: 'subroutine',
  doublecircle: 'doublecircle',
  hexagon: 'hexagon',
  cylinder: 'cylinder',
  odd: 'asymmetric',
  trapezoid: 'trapezoid',
  inv_trapezoid: 'trapezoid-alt',
}

const STROKES: Readonly<Record<string, string>> = { normal: 'solid', dotted: 'dotted', thick: 'thick' }
const ARROWS: Readonly<Record<string, string>> = { arrow_point: 'end', arrow_open: 'none', double_arrow_point: 'both' }

/** Mermaid's flowchart database, as far as it is read here (its FlowDB: vertices, edges, subgraphs). */
export interface MermaidFlowDb {
  getVertices(): Map<string, { id: string; text?: string; type?: string; labelType?: string; link?: string }>
  getEdges(): { start: string; end: string; text?: string; labelType?: string; type?: string; stroke?: string }[]
  getSubGraphs(): { id: string; title?: string; labelType?: string; nodes: string[] }[]
}

/** Mermaid's text of a label: its `#quot;` codes are kept as codes (the renderer shows them as written); Markdown strings marked. */
function mermaidLabel(text: string | undefined, labelType: string | undefined): string {
  const label = plainLabel((text ?? '').replace(/ﬂ°°(\d+)¶ß/g, '&#$1;').replace(/ﬂ°(\w+)¶ß/g, '&$1;'))
  return labelType === 'markdown' ? `Markdown string ${label}` : label
}

/** What Mermaid read. */
export function readingOfMermaid(db: MermaidFlowDb): FlowchartReading {
  const groups = db.getSubGraphs()
  const groupIds = new Set(groups.map((group) => group.id))
  return {
    nodes: [...db.getVertices().values()].map((vertex) => ({
      id: vertex.id,
      label: mermaidLabel(vertex.text ?? vertex.id, vertex.labelType),
      shape: vertex.type === undefined ? 'rectangle' : (SHAPES[vertex.type] ?? `mermaid:${vertex.type}`),
      link: Boolean(vertex.link),
    })),
    edges: db.getEdges().map((edge) => ({
      from: edge.start,
      to: edge.end,
      label: mermaidLabel(edge.text, edge.labelType),
      stroke: STROKES[edge.stroke ?? 'normal'] ?? (edge.stroke as string),
      arrows: ARROWS[edge.type ?? 'arrow_point'] ?? (edge.type as string),
    })),
    // A group's nodes as the renderer lists them: the nodes in it, not the groups inside it.
    groups: groups.map((group) => ({ id: group.id, label: mermaidLabel(group.title ?? group.id, group.labelType), nodes: group.nodes.filter((id) => !groupIds.has(id)).sort() })),
  }
}

const quoted = (text: string) => JSON.stringify(text)

/** The first thing the renderer read otherwise than Mermaid, said for the build log; undefined when they read the same flowchart. */
export function firstDifference(renderer: FlowchartReading, mermaid: FlowchartReading): string | undefined {
  const drawnNodes = new Map(renderer.nodes.map((node) => [node.id, node]))
  for (const node of mermaid.nodes) {
    const drawn = drawnNodes.get(node.id)
    if (!drawn) return `node ${quoted(node.id)} is missing`
    if (node.link) return `node ${quoted(node.id)} links somewhere, which it cannot draw`
    if (drawn.label !== node.label) return `node ${quoted(node.id)} reads ${quoted(drawn.label)} instead of ${quoted(node.label)}`
    if (drawn.shape !== node.shape) return `node ${quoted(node.id)} is a ${drawn.shape} instead of ${node.shape.replace(/^mermaid:/, 'a ')}`
    drawnNodes.delete(node.id)
  }
  const extra = drawnNodes.keys().next()
  if (!extra.done) return `it reads a node ${quoted(extra.value)} that Mermaid does not`
  const edgeKey = (edge: FlowchartReading['edges'][number]) => `${edge.from} → ${edge.to}${edge.label ? ` ${quoted(edge.label)}` : ''} (${edge.stroke}, arrows: ${edge.arrows})`
  const drawnEdges = renderer.edges.map(edgeKey)
  for (const edge of mermaid.edges.map(edgeKey)) {
    const at = drawnEdges.indexOf(edge)
    if (at < 0) return `the edge ${edge} is missing or drawn otherwise`
    drawnEdges.splice(at, 1)
  }
  if (drawnEdges.length > 0) return `it reads an edge ${drawnEdges[0]} that Mermaid does not`
  const groupKey = (group: FlowchartReading['groups'][number]) => `${quoted(group.label)} (${group.id}: ${group.nodes.join(', ')})`
  const drawnGroups = new Set(renderer.groups.map(groupKey))
  for (const group of mermaid.groups) if (!drawnGroups.has(groupKey(group))) return `the group ${groupKey(group)} is missing or holds other nodes`
  if (renderer.groups.length !== mermaid.groups.length) return 'it reads other groups than Mermaid'
  return undefined
}
