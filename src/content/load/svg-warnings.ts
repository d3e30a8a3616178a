/**
 * What publishing takes out of each SVG the site publishes (publish/svg.ts),
 * said as a warning at the file: nothing is lost silently, and the editor
 * learns why a drawing looks different on the site.
 */
import { error, warning, type Diagnostic } from '../common/diagnostics'
import { publishRuleOf } from '../publish/passive-files'
import { publishedContentFile, type FilesAround } from '../publish/content-file'

/** `onLoad` → onload, `xLinkHref` → xlink:href, `strokeWidth` → stroke-width; elements as written. */
function attributeName(name: string): string {
  if (name.startsWith('<')) return name
  if (/^on[A-Z]/.test(name)) return name.toLowerCase()
  if (name.startsWith('xLink')) return `xlink:${name.slice(5).toLowerCase()}`
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
}

export function svgWarnings(contentDir: string, files: Iterable<string>, publishFiles: readonly string[], around?: FilesAround): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  for (const file of new Set(files)) {
    if (publishRuleOf(file, publishFiles).publish !== 'svg') continue
    // What the build will write, by the one rule (jail, type, sanitiser) the build and develop use.
    const published = publishedContentFile(contentDir, file, publishFiles, around)
    if (published.kind === 'refused' && published.notSvg) {
      diagnostics.push(error('svg-not-svg', file, 'this file holds no <svg> element, so it is not published: save the image as SVG, or as PNG'))
    } else if (published.kind === 'write' && published.removed.length > 0) {
      diagnostics.push(
        warning(
          'svg-sanitized',
          file,
          `published without ${published.removed.map(attributeName).join(', ')}: an SVG on the site may not run script or load other files. If it looks different there, export it again without them, or as PNG`,
        ),
      )
    }
  }
  return diagnostics
}
