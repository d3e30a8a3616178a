/**
 * Docsy's other built-ins (docsy.dev, "Docsy Shortcodes"), drawn with what
 * we have: the page blocks of landing pages (`blocks/cover`, `blocks/lead`,
 * `blocks/section`, `blocks/feature`) as sections of their inner Markdown,
 * their colours, heights and icons left out; `iframe` as an iframe, which the
 * page's sanitizer keeps only from the allowed hosts (a link otherwise), a
 * video click-to-load; `imgproc` as the page bundle's image with its caption
 * (the resizing is not done); `swaggerui` and `redoc` as a marked placeholder
 * that links to the API's specification.
 */
import type { Content } from 'mdast'
import { IMAGE_EXTENSIONS, PASSIVE_EXTENSIONS } from '../../publish/passive-files'
import { extensionOf } from '../../links/url'
import type { Builtin } from './builtins'
import { videoWatchUrl } from './gitbook-blocks'
import { asBlocks, element, inline, line, link, text } from './nodes'
import { argument, writtenName, type ShortcodeCall, type ShortcodeOutput } from './types'

function heading(depth: 2 | 3, children: Content[]): Content {
  return { type: 'heading', depth, children } as Content
}

/** A page block: a section of its inner Markdown under its title (Markdown, as Docsy renders it), linked when it has a `url`. */
function pageBlock(titleDepth: 2 | 3): Builtin {
  return (call) => {
    const title = argument(call, ['title'])
    const url = argument(call, ['url'])
    const titled = title ? [heading(titleDepth, url ? [link(url, inline(title, call))] : inline(title, call))] : []
    return { nodes: [element('section', {}, [...titled, ...asBlocks(call.inner ?? [])])] }
  }
}

/** `blocks/link-down`: an arrow to the next block, which a page read top to bottom does not need. */
const linkDown: Builtin = () => ({ nodes: [] })

const needs = (call: ShortcodeCall, what: string, example: string): ShortcodeOutput => ({ nodes: [], problem: { code: 'shortcode', message: `${writtenName(call)} needs ${what}: write it as ${example}` } })

/** Docsy's `{{< iframe src="…" >}}`: a video click-to-load, else the iframe, which the sanitizer keeps from the allowed hosts only (a link otherwise). */
const iframe: Builtin = (call) => {
  const src = argument(call, ['src'], 0)
  if (!src) return needs(call, 'the address it shows', '{{< iframe src="https://…" >}}')
  const video = videoWatchUrl(src)
  if (video) {
    const site = video.host === 'youtube' ? 'YouTube' : 'Vimeo'
    return { nodes: [element('div', { className: ['video-embed', `video-${video.host}`] }, [link(video.watch, [text(`Watch the video on ${site}`)], 'video-link')])] }
  }
  const title = argument(call, ['title'])
  // In a block of its own: the link that replaces a host not allowed is a paragraph.
  return { nodes: [element('div', {}, [element('iframe', { src, ...(title ? { title } : {}) }, [])])] }
}

/** Hugo's `**name*` match of a page's resources: a file under the page's folder whose name holds `name` after its last `/`. */
export function bundleImage(name: string, sourcePath: string, files: readonly string[]): string | undefined {
  const folder = sourcePath.includes('/') ? sourcePath.slice(0, sourcePath.lastIndexOf('/') + 1) : ''
  const wanted = name.replace(/^\/+/, '')
  const matches = files.filter((file) => {
    if (!file.startsWith(folder)) return false
    const relative = file.slice(folder.length)
    const at = relative.lastIndexOf(wanted)
    return at >= 0 && !relative.slice(at + wanted.length).includes('/') && IMAGE_EXTENSIONS.has(relative.split('.').pop()!.toLowerCase())
  })
  return matches.sort()[0]?.slice(folder.length)
}

/**
 * Docsy's `{{< imgproc spruce Fill "400x450" >}}Caption{{< /imgproc >}}`: the image of the page's folder whose name holds
 * the first argument, with its caption; the processing (Fill, Fit, Resize, Crop and its options) is not done.
 */
export function imgproc(find: (name: string) => string | undefined): Builtin {
  return (call) => {
    const name = argument(call, ['src'], 0)
    if (!name) return needs(call, 'the image', '{{< imgproc spruce Fill "400x450" >}}Caption{{< /imgproc >}}')
    const file = find(name)
    if (!file)
      return {
        nodes: [],
        problem: { code: 'shortcode', message: `${writtenName(call)} "${name}": no image in this page's folder has "${name}" in its name. Put the image beside the page, or write its name as it is` },
      }
    const caption = (call.inner ?? []).flatMap((node) => (node.type === 'paragraph' ? node.children : [node]))
    const alt = caption
      .map((node) => ('value' in node ? String(node.value) : ''))
      .join('')
      .replace(/<[^>]*>/g, '')
      .trim()
    const image = { type: 'image', url: file, alt } as Content
    return { nodes: [element('figure', { className: ['figure'] }, [image, ...(caption.length ? [element('figcaption', {}, caption)] : [])])] }
  }
}

/**
 * Docsy's `{{< swaggerui src="/openapi/petstore.yaml" >}}` and `{{< redoc "…" >}}`: the API reference they draw is not
 * drawn here; a link to its specification is, when it is on the web or a type the site publishes (a `.yaml` or `.json`
 * file of the site is published only when handbook.config.ts lists it in publishFiles: a link to it would be an error).
 */
const apiReference: Builtin = (call) => {
  const src = argument(call, ['src'], 0)
  const shown = [call.name, ...Object.entries(call.named).map(([key, value]) => `${key}="${value}"`), ...call.positional.map((value) => `"${value}"`)].join(' ')
  const linked = src !== undefined && (/^https?:\/\//i.test(src) || PASSIVE_EXTENSIONS.has(extensionOf(src)))
  const nodes = [
    element('div', { className: ['shortcode-unknown'] }, [
      line('shortcode-unknown-name', [text(`API reference: ${shown}`)]),
      ...(linked ? [line('file-download-link', [link(src, [text('The API specification')])])] : []),
    ]),
  ]
  const unpublished =
    src !== undefined && !linked ? ` Its specification ${src} is not a type the site publishes: list it in publishFiles in handbook.config.ts and link it, or link the API's reference on the web` : ''
  return {
    nodes,
    problem: {
      code: 'shortcode-unknown',
      severity: 'warning',
      kind: writtenName(call),
      message: `${writtenName(call)} draws an API reference from its specification with a script, which does not run here; it is shown as a marked placeholder with its arguments${linked ? ' and a link to the specification' : ''}. Link to the API's own reference, or describe its methods in Markdown.${unpublished}`,
    },
  }
}

/** Docsy's built-ins of this file, by name; `imgproc` finds no image until the page's files are given (render-call.ts). */
export const DOCSY_BLOCKS: Readonly<Record<string, Builtin>> = {
  'blocks/cover': pageBlock(2),
  'blocks/lead': pageBlock(2),
  'blocks/section': pageBlock(2),
  'blocks/feature': pageBlock(3),
  'blocks/link-down': linkDown,
  iframe,
  imgproc: imgproc(() => undefined),
  swaggerui: apiReference,
  redoc: apiReference,
}
