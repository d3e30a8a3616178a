import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { diagramRenderer, diagramRenderKey, diagramRendererVersion } from '../../../../src/content/features/diagrams/renderer'

describe('the diagram renderer', () => {
  it('is beautiful-mermaid as installed, and its version is in the render key', () => {
    const installed = JSON.parse(fs.readFileSync('node_modules/beautiful-mermaid/package.json', 'utf8')) as { version: string }
    expect(diagramRendererVersion()).toBe(`beautiful-mermaid@${installed.version}`)
    expect(diagramRenderKey()).toContain(`beautiful-mermaid@${installed.version}`)
    expect(typeof diagramRenderer().renderMermaidSVG).toBe('function')
  })
})
