/**
 * KaTeX's stylesheet and fonts, as the site publishes them: those of the
 * KaTeX version that drew the HTML, under a folder named for that version
 * (`/katex-0.16.47/`), so a KaTeX upgrade is never served a stale cached
 * stylesheet. Only the woff2 fonts: every browser that runs the site reads
 * them, and the stylesheet is rewritten to name no other format, so no
 * browser asks for a file that is not there.
 */
import fs from 'node:fs'
import path from 'node:path'
import katex from 'katex'
import type { OutputFile } from '../feature'
import { packageFolder } from '../../common/package-folder'

/** The version of KaTeX that draws the math (the one in the render-cache key of pages with math). */
export const KATEX_VERSION: string = katex.version

/** The folder of KaTeX's files in public/, named for its version. */
export const KATEX_FOLDER = `katex-${KATEX_VERSION}`

/** The stylesheet's URL from the site's root (the page's head adds the path prefix). */
export const KATEX_STYLESHEET = `/${KATEX_FOLDER}/katex.min.css`

/** KaTeX's `dist/` folder, found as Node finds the package (the library bundle keeps no file of it). */
function katexDist(): string {
  return path.join(packageFolder('katex'), 'dist')
}

/** The stylesheet with its fonts named in woff2 only (`src: url(a.woff2) format("woff2"), url(a.woff)…` → the first). */
export function woff2Only(css: string): string {
  return css.replace(/src:\s*(url\([^)]+\.woff2\)\s*format\(["']woff2["']\))[^;}]*/g, 'src:$1')
}

/** The stylesheet and the fonts it names, as the files the wing writes. */
export function katexFiles(): OutputFile[] {
  const dist = katexDist()
  const css = woff2Only(fs.readFileSync(path.join(dist, 'katex.min.css'), 'utf8'))
  const fonts = [...css.matchAll(/url\((fonts\/[^)]+\.woff2)\)/g)].map((match) => match[1]!)
  return [{ path: `${KATEX_FOLDER}/katex.min.css`, contents: css }, ...[...new Set(fonts)].map((font) => ({ path: `${KATEX_FOLDER}/${font}`, contents: new Uint8Array(fs.readFileSync(path.join(dist, font))) }))]
}
