/**
 * Reading a mermaid block before drawing it: its type, its accessible name
 * and description (Mermaid's frontmatter `title:`, `accTitle:`, `accDescr:`,
 * from mermaid.js.org/config/accessibility), and its statements without what
 * the pure-JS renderer would draw as nodes.
 */
import { describe, expect, it } from 'vitest'
import { isDrawnType, isMermaidType, readMermaidSource } from '../../../../src/content/features/diagrams/mermaid-source'

describe('readMermaidSource', () => {
  it('reads the type from the first statement, after frontmatter, directives and comments', () => {
    const source = readMermaidSource('---\ntitle: "Hiring flow"\n---\n%%{init: {"theme": "dark"}}%%\n%% who does what\nflowchart LR\n  A --> B')
    expect(source.type).toBe('flowchart')
    expect(source.title).toBe('Hiring flow')
    expect(source.typeLine).toBe(5)
    expect(source.statements).toBe('flowchart LR\n  A --> B')
  })

  it('takes accTitle and accDescr (one line or a block) out of the statements', () => {
    const source = readMermaidSource('sequenceDiagram\n  accTitle: Login\n  accDescr {\n    The user signs in\n    with a key\n  }\n  Alice->>Bob: Hi')
    expect(source.title).toBe('Login')
    expect(source.description).toBe('The user signs in with a key')
    expect(source.statements).toBe('sequenceDiagram\n  Alice->>Bob: Hi')
    expect(readMermaidSource('graph TD\naccDescr: A short one\nA-->B').description).toBe('A short one')
  })

  it("drops a statement's closing semicolon and a trailing comment, and gives a bare flowchart Mermaid's default direction", () => {
    expect(readMermaidSource('graph TD;\n  A-->B; %% note\n  B-->C;').statements).toBe('graph TD\n  A-->B\n  B-->C')
    expect(readMermaidSource('flowchart\n  A-->B').statements).toBe('flowchart TD\n  A-->B')
    expect(readMermaidSource('classDiagram-v2\n  A <|-- B').statements).toBe('classDiagram\n  A <|-- B')
  })

  it('knows which types Mermaid has and which the pure-JS renderer draws', () => {
    expect(['flowchart', 'graph', 'sequenceDiagram', 'classDiagram', 'stateDiagram-v2', 'erDiagram', 'xychart-beta'].every(isDrawnType)).toBe(true)
    expect(['gantt', 'pie', 'journey', 'mindmap', 'gitGraph', 'timeline'].filter(isDrawnType)).toEqual([])
    expect(['gantt', 'pie', 'journey', 'mindmap', 'gitGraph', 'timeline'].every(isMermaidType)).toBe(true)
    expect(isMermaidType('graf')).toBe(false)
    expect(readMermaidSource('').type).toBe('')
  })
})
