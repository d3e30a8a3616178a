/**
 * GitBook's blocks, as its Markdown export writes them (Liquid-form tags,
 * `{% hint %}` is in builtins.ts with the other callouts):
 * `{% embed url="…" %}` a link card (YouTube and Vimeo click-to-load, as
 * `{{< youtube >}}`), `{% content-ref url="page.md" %}` a card linking the
 * page, `{% code title="…" %}` the title over its fenced block,
 * `{% file src="…" %}` a download link (the file checked and published as
 * any linked file), `{% stepper %}` with its `{% step %}`s a numbered list
 * of steps, `{% columns %}` with its `{% column %}`s columns side by side
 * (one under another on a phone), and `{% swagger %}` (an API method
 * GitBook drew from its arguments) a marked placeholder that shows them.
 * `{% tabs %}`/`{% tab %}` are the built-in tabs.
 */
import type { Content } from 'mdast'
import { element, line, link, text } from './nodes'
import { argument, writtenName, type ShortcodeCall, type ShortcodeOutput } from './types'
import type { Builtin } from './builtins'

/** The paragraphs of `inner` as inline content (a caption written between the tags). */
function inlineOf(inner: readonly Content[]): Content[] {
  return inner.flatMap((node) => (node.type === 'paragraph' ? node.children : [node]))
}

const needs = (call: ShortcodeCall, what: string, example: string): ShortcodeOutput => ({ nodes: [], problem: { code: 'shortcode', message: `${writtenName(call)} needs ${what}: write it as ${example}` } })

/** A YouTube or Vimeo address as the watch page our click-to-load videos read (src/client/video.ts); undefined for other sites. */
export function videoWatchUrl(url: string): { host: 'youtube' | 'vimeo'; watch: string } | undefined {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return undefined
  }
  const host = parsed.hostname.replace(/^(?:www\.|m\.)/, '')
  const youtube = host === 'youtu.be' ? parsed.pathname.slice(1) : host === 'youtube.com' ? (parsed.searchParams.get('v') ?? /^\/(?:embed|shorts)\/([^/]+)/.exec(parsed.pathname)?.[1]) : undefined
  if (youtube && /^[A-Za-z0-9_-]{6,15}$/.test(youtube)) return { host: 'youtube', watch: `https://www.youtube.com/watch?v=${youtube}` }
  const vimeo = host === 'vimeo.com' || host === 'player.vimeo.com' ? /(\d{5,12})/.exec(parsed.pathname)?.[1] : undefined
  if (vimeo) return { host: 'vimeo', watch: `https://vimeo.com/${vimeo}` }
  return undefined
}

const embed: Builtin = (call) => {
  const url = argument(call, ['url'], 0)
  if (!url) return needs(call, 'the address it shows', '{% embed url="https://…" %}')
  const caption = inlineOf(call.inner ?? [])
  const video = videoWatchUrl(url)
  if (video) {
    const site = video.host === 'youtube' ? 'YouTube' : 'Vimeo'
    return { nodes: [element('div', { className: ['video-embed', `video-${video.host}`] }, [link(video.watch, caption.length ? caption : [text(`Watch the video on ${site}`)], 'video-link')])] }
  }
  return { nodes: [element('div', { className: ['card', 'link-card'] }, [line('link-card-title', [link(url, caption.length ? caption : [text(url)])])])] }
}

const contentRef: Builtin = (call) => {
  const url = argument(call, ['url'], 0)
  if (!url) return needs(call, 'the page it links', '{% content-ref url="page.md" %}[page.md](page.md){% endcontent-ref %}')
  // GitBook writes the link between the tags ([page.md](page.md)); without it, the address is the link.
  const inner = call.inner ?? []
  return { nodes: [element('div', { className: ['card', 'link-card', 'content-ref'] }, inner.length ? inner : [line('link-card-title', [link(url, [text(url)])])])] }
}

const code: Builtin = (call) => {
  const title = argument(call, ['title'], 0)
  const inner = call.inner ?? []
  const problem = call.inner === undefined ? { code: 'shortcode', message: `${writtenName(call)} is never closed: end its code block with ${writtenName(call, true)}` } : undefined
  return { nodes: [element('figure', { className: ['code-block'] }, [...(title ? [line('code-title', [text(title)])] : []), ...inner])], ...(problem ? { problem } : {}) }
}

const file: Builtin = (call) => {
  const src = argument(call, ['src', 'url'], 0)
  if (!src) return needs(call, 'the file', '{% file src=".gitbook/assets/form.pdf" %}Caption{% endfile %}')
  const caption = inlineOf(call.inner ?? [])
  const name = decodeURIComponent(src.split(/[?#]/)[0]!.split('/').pop() ?? src)
  return { nodes: [element('div', { className: ['file-download'] }, [line('file-download-link', [link(src, caption.length ? caption : [text(name)])])])] }
}

/** GitBook's API method and its parts: shown with their arguments, what is written inside kept. */
function apiPart(label: (call: ShortcodeCall) => string): Builtin {
  return (call) => {
    const shown = label(call).trim()
    const inner = call.inner ?? []
    return { nodes: [element('div', { className: ['shortcode-unknown', `gitbook-${call.name}`] }, [...(shown ? [line('shortcode-unknown-name', [text(shown)])] : []), ...inner])] }
  }
}

const named = (call: ShortcodeCall, skip: readonly string[] = []) =>
  Object.entries(call.named)
    .filter(([key]) => !skip.includes(key))
    .map(([key, value]) => `${key}="${value}"`)
    .join(' ')

const swagger: Builtin = (call) => {
  const output = apiPart(
    (c) =>
      `API method (GitBook's swagger block): ${[argument(c, ['method'])?.toUpperCase(), argument(c, ['path']), argument(c, ['summary'])].filter(Boolean).join(' ')}${argument(c, ['baseUrl']) ? ` on ${argument(c, ['baseUrl'])}` : ''}${named(c, ['method', 'path', 'summary', 'baseUrl']) ? ` (${named(c, ['method', 'path', 'summary', 'baseUrl'])})` : ''}`,
  )(call)
  // One warning per kind: the arguments are all shown, the method is not drawn as GitBook drew it.
  return {
    ...output,
    problem: {
      code: 'shortcode-unknown',
      severity: 'warning',
      kind: writtenName(call),
      message: `${writtenName(call)} is GitBook's API method block, which has no equal here; it is shown as a marked placeholder with its arguments and its text. Describe the method in Markdown (a heading, a table of its parameters), or link to the API's own reference`,
    },
  }
}

/** One part of a set (a step, a column): its content in an element of its own, which the set's tag places. */
function part(className: string): Builtin {
  return (call) => ({ nodes: [element('div', { className: [className] }, call.inner ?? [])] })
}

const hasClass = (node: Content, className: string) => {
  const classes = (node.data as { hProperties?: { className?: unknown } } | undefined)?.hProperties?.className
  return Array.isArray(classes) && classes.includes(className)
}

/** The steps of a stepper, in order: a numbered list, each step an item (`ol.steps > li`; what is written between the steps kept in place). */
const stepper: Builtin = (call) => {
  const items = (call.inner ?? []).map((node) => (hasClass(node, 'step') ? ({ ...node, data: { ...node.data, hName: 'li' } } as Content) : node))
  return { nodes: [element('ol', { className: ['steps'] }, items)] }
}

const columns: Builtin = (call) => ({ nodes: [element('div', { className: ['columns'] }, call.inner ?? [])] })

export const GITBOOK_BLOCKS: Readonly<Record<string, Builtin>> = {
  stepper,
  step: part('step'),
  columns,
  column: part('column'),
  embed,
  'content-ref': contentRef,
  code,
  file,
  swagger,
  'swagger-description': apiPart(() => ''),
  'swagger-parameter': apiPart((call) => `Parameter: ${named(call)}`),
  'swagger-response': apiPart((call) => `Response: ${named(call)}`),
}
