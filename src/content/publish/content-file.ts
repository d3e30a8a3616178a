/**
 * A content file as the site publishes it (the build's copy into public/,
 * develop's server): only through the jail (common/inside-content.ts) and only
 * when its type is passive (passive-files.ts); an SVG as its sanitised text.
 */
import fs from 'node:fs'
import { insideContent } from '../common/inside-content'
import { publishRuleOf } from './passive-files'
import { sanitizeSvg } from './svg'
import type { HandbookSource } from '../source/read-source'

export type PublishedFile =
  /** Copy the file at this real path, inside the content folder. */
  | { kind: 'copy'; source: string }
  /** Write these contents instead of the file (a sanitised SVG); `removed` names what sanitising took out. */
  | { kind: 'write'; contents: string; removed: string[] }
  /** `notSvg`: the file was read, and holds no <svg> (the other refusals are reported where the file is named). */
  | { kind: 'refused'; message: string; notSvg?: true }

/** The files around the content folder that the old site published (source/read-source.ts), under the jail of their root. */
export type FilesAround = Pick<HandbookSource, 'root' | 'files'>

export function publishedContentFile(contentDir: string, sourcePath: string, publishFiles: readonly string[] = [], around?: FilesAround): PublishedFile {
  const rule = publishRuleOf(sourcePath, publishFiles)
  if (rule.publish === 'refused') return { kind: 'refused', message: rule.message }
  // The content folder's own file first; else the old site's file at that path, inside the source root.
  const fromRoot = around?.files.get(sourcePath)
  const own = insideContent(contentDir, sourcePath)
  const inside = !own.ok && fromRoot !== undefined ? insideContent(around!.root, fromRoot) : own
  if (!inside.ok) return { kind: 'refused', message: inside.message }
  if (rule.publish === 'copy') return { kind: 'copy', source: inside.path }
  const { svg, removed } = sanitizeSvg(fs.readFileSync(inside.path, 'utf8'))
  if (svg === undefined) return { kind: 'refused', message: `${sourcePath} holds no <svg> element, so it was not published: save the image as SVG, or as PNG`, notSvg: true }
  return { kind: 'write', contents: svg, removed }
}
