/**
 * What a page's render depends on when it has diagrams: the pure-JS
 * renderer (its version and how the wing draws with it) and, for each block
 * Mermaid itself draws (misreadings.ts), whether Chromium drew it and with which versions
 * (the drawing's key), or that the reader's browser will. It joins the
 * render-cache key of those pages only (pipeline/render-pages.ts): a new
 * renderer, or Chromium found where it was missing, renders them again and
 * no other page.
 */
import { mentionsMermaid, mermaidBlocks } from './blocks'
import { drawingKey, storedDrawing } from './drawings-store'
import { readMermaidSource } from './mermaid-source'
import { drawnByMermaid } from './misreadings'
import { diagramRenderKey } from './renderer'

/** The page's part of the render-cache key: '' for a page without diagrams. */
export function diagramsRenderKey(text: string): string {
  if (!mentionsMermaid(text)) return ''
  const parts = [diagramRenderKey()]
  for (const block of mermaidBlocks(text.split('\n'))) {
    if (drawnByMermaid(block.text, readMermaidSource(block.text))) parts.push(storedDrawing(block.text) ? drawingKey(block.text) : 'in-browser')
  }
  return parts.join(';')
}
