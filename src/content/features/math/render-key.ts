/**
 * What a page's render depends on when it may hold math: the KaTeX version
 * that draws it. It joins the render-cache key of those pages only
 * (pipeline/render-pages.ts), so a KaTeX upgrade renders them again and no
 * other page.
 */
import { KATEX_VERSION } from './katex-files'

/** Whether the text may hold math: a dollar, `\(` or `\[` (cheap, and never false for a page that has math). */
export function mayHoldMath(text: string): boolean {
  return text.includes('$') || text.includes('\\(') || text.includes('\\[')
}

/** The page's part of the render-cache key: KaTeX's version where the text may hold math, else nothing. */
export function mathRenderKey(text: string): string {
  return mayHoldMath(text) ? `katex@${KATEX_VERSION}` : ''
}
