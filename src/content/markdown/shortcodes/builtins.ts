/**
 * The shortcodes every handbook understands, drawn with our own blocks
 * (the HTML each one becomes is listed in the migration guide,
 * contents/editing/migrating.md): Docsy's and Hugo's common ones, and
 * GitBook's `{% hint %}`. Videos are a link until the reader asks for the
 * player (src/client/video.ts): no request goes to the video host before.
 */
import type { Content } from 'mdast'
import type { CalloutKind } from '../alerts'
import { markDefaultTitle } from '../callout-titles'
import { asBlocks, element, inline, isTabPanel, line, link, tabPanel, text } from './nodes'
import { DOCSY_BLOCKS } from './docsy-blocks'
import { argument, writtenName, type ShortcodeCall, type ShortcodeOutput } from './types'

export type Builtin = (call: ShortcodeCall) => ShortcodeOutput

/** Docsy's alert colours and GitBook's hint styles, as our callout kinds. */
const COLOR_KINDS: Readonly<Record<string, CalloutKind>> = {
  primary: 'note',
  info: 'note',
  secondary: 'note',
  light: 'note',
  dark: 'note',
  note: 'note',
  success: 'tip',
  tip: 'tip',
  important: 'important',
  warning: 'warning',
  caution: 'warning',
  danger: 'caution',
  error: 'caution',
  emergency: 'caution',
}

export function callout(kind: CalloutKind, title: string | undefined, inner: readonly Content[], place?: { line: number; column: number }): Content {
  const titled = title ? [line('callout-title', place ? inline(title, place) : [text(title)])] : []
  return element('div', { className: ['callout', `callout-${kind}`] }, [...titled, ...inner])
}

/** A callout titled `written`, else its kind's `name` (marked: a page in another language gets its own word, callout-titles.ts). */
export function namedCallout(kind: CalloutKind, written: string | undefined, name: string, inner: readonly Content[]): Content {
  if (written) return callout(kind, written, inner)
  const node = callout(kind, name, inner) as Content & { children: Content[] }
  markDefaultTitle(node.children[0]!, kind)
  return node
}

function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

// A `{{name:args}}` mapped to a block has no content of its own to close.
const needsInner = (call: ShortcodeCall, example: string): ShortcodeOutput['problem'] | undefined =>
  call.inner === undefined && call.form !== 'brace' ? { code: 'shortcode', message: `${writtenName(call)} is never closed: end its content with ${example}` } : undefined

/** A block that wraps Markdown: reports an unclosed tag, and still draws the block. */
function wrapping(draw: (call: ShortcodeCall, inner: readonly Content[]) => Content): Builtin {
  return (call) => {
    const problem = needsInner(call, writtenName(call, true))
    return { nodes: [draw(call, asBlocks(call.inner ?? []))], ...(problem ? { problem } : {}) }
  }
}

const alert = wrapping((call, inner) => {
  const color = (argument(call, ['color'], 1) ?? 'primary').toLowerCase()
  return callout(COLOR_KINDS[color] ?? 'note', argument(call, ['title'], 0), inner, call)
})

/** `{{% note %}}`, `{{% warning "Title" %}}`: a callout of that kind, titled with its name unless given one. */
function kindCallout(kind: CalloutKind, title: string): Builtin {
  return wrapping((call, inner) => namedCallout(kind, argument(call, ['title'], 0), title, inner))
}

const hint = wrapping((call, inner) => {
  const style = (argument(call, ['style']) ?? 'info').toLowerCase()
  const kind = COLOR_KINDS[style] ?? 'note'
  return namedCallout(kind, undefined, titleCase(style), inner)
})

const details = wrapping((call, inner) => {
  const open = /^(true|open|yes)$/i.test(argument(call, ['open']) ?? '')
  const summary = argument(call, ['summary', 'title'], 0) ?? 'Details'
  return element('details', { className: ['details'], ...(open ? { open: true } : {}) }, [element('summary', {}, [text(summary)]), ...inner])
})

function boxed(name: 'panel' | 'card'): Builtin {
  return wrapping((call, inner) => {
    const header = argument(call, ['header', 'title'], 0)
    const subtitle = argument(call, ['subtitle'])
    const footer = argument(call, ['footer'])
    // Docsy's `{{< card code=true lang="go" >}}`: the content is code, shown as written.
    const code = /^true$/i.test(argument(call, ['code']) ?? '') && call.innerSource !== undefined
    const body = code ? [{ type: 'code', lang: argument(call, ['lang']) ?? null, value: call.innerSource!.replace(/^\n+|\s+$/g, '') } as Content] : inner
    return element('div', { className: [name] }, [
      ...(header ? [line(`${name}-header`, [text(header)])] : []),
      ...(subtitle ? [line(`${name}-subtitle`, [text(subtitle)])] : []),
      ...body,
      ...(footer ? [line(`${name}-footer`, [text(footer)])] : []),
    ])
  })
}

const pageinfo = wrapping((call, inner) => element('div', { className: ['pageinfo', `pageinfo-${safeClass(argument(call, ['color'], 0) ?? 'primary')}`] }, inner))

/** Hugo's and Docsy's `{{% comment %}}`: the editors' note is never shown to readers. */
const comment: Builtin = () => ({ nodes: [] })

/** Docsy's `{{% conditional-text include-if="…" %}}`: the site's build flags are not known here, so the text is shown. */
const conditional: Builtin = (call) => ({ nodes: asBlocks(call.inner ?? []) })

/** Hugo's embeds of other sites (`gist`, `x`, `instagram`): a link to the post, nothing loaded from the host. */
function postLink(site: string, address: (call: ShortcodeCall) => string | undefined, example: string): Builtin {
  return (call) => {
    const href = address(call)
    if (!href) return { nodes: [], problem: { code: 'shortcode', message: `${writtenName(call)} needs the post it shows: write it as ${example}` } }
    const label = argument(call, ['title']) ?? `See it on ${site}`
    return { nodes: [element('p', { className: ['embed-link'] }, [link(href, [text(label)])])] }
  }
}

const SAFE_PART = /^[\w.-]{1,100}$/
const part = (value: string | undefined) => (value && SAFE_PART.test(value) ? value : undefined)
const gist = postLink(
  'GitHub Gist',
  (call) => {
    const user = part(argument(call, ['user'], 0))
    const id = part(argument(call, ['id'], 1))
    const file = part(argument(call, ['file'], 2))
    return user && id ? `https://gist.github.com/${user}/${id}${file ? `#file-${file.replace(/\./g, '-')}` : ''}` : undefined
  },
  '{{< gist user="octocat" id="6cad326836d38bd3a7ae" >}}',
)
const post = postLink(
  'X',
  (call) => {
    const user = part(argument(call, ['user'], 0))
    const id = part(argument(call, ['id'], user ? 1 : 0))
    return id && /^\d+$/.test(id) ? `https://x.com/${user ?? 'i'}/status/${id}` : undefined
  },
  '{{< x user="SanDiegoZoo" id="1453110110599868418" >}}',
)
const instagram = postLink(
  'Instagram',
  (call) => {
    const id = part(argument(call, ['id'], 0))
    return id ? `https://www.instagram.com/p/${id}/` : undefined
  },
  '{{< instagram CxOWiQNP2MO >}}',
)

/** A colour name as a class suffix: letters, digits and dashes only. */
function safeClass(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9-]/g, '') || 'neutral'
}

const badge: Builtin = (call) => {
  // `name=` is how Docsy-based themes write their label (`{{< label name="Beta" color="green" >}}`).
  const label = argument(call, ['text', 'label', 'name', 'title'], 0)
  const color = safeClass(argument(call, ['color', 'type'], label === undefined ? undefined : 1) ?? 'neutral')
  const content = label !== undefined ? [text(label)] : (call.inner ?? []).flatMap((node) => (node.type === 'paragraph' ? node.children : [node]))
  if (content.length === 0) return { nodes: [], problem: { code: 'shortcode', message: `${writtenName(call)} has no text: write it as {{< ${call.name} "New" >}}` } }
  return { nodes: [element('span', { className: ['badge', `badge-${color}`] }, content)] }
}

const figure: Builtin = (call) => {
  const src = argument(call, ['src'], 0)
  if (!src) return { nodes: [], problem: { code: 'shortcode', message: `${writtenName(call)} needs the image: write it as {{< figure src="image.png" alt="What it shows" >}}` } }
  const caption = argument(call, ['caption', 'title'])
  const alt = argument(call, ['alt']) ?? caption ?? ''
  const width = argument(call, ['width'])
  const height = argument(call, ['height'])
  const image = {
    type: 'image',
    url: src,
    alt,
    ...(width || height ? { data: { hProperties: { ...(width ? { width } : {}), ...(height ? { height } : {}) } } } : {}),
  } as Content
  const target = argument(call, ['link'])
  return { nodes: [element('figure', { className: ['figure'] }, [target ? link(target, [image]) : image, ...(caption ? [element('figcaption', {}, [text(caption)])] : [])])] }
}

const VIDEO_HOSTS = {
  youtube: { id: /^[A-Za-z0-9_-]{6,15}$/, watch: (id: string, start?: number) => `https://www.youtube.com/watch?v=${id}${start ? `&t=${start}s` : ''}`, site: 'YouTube', example: 'dQw4w9WgXcQ' },
  vimeo: { id: /^\d{5,12}$/, watch: (id: string, start?: number) => `https://vimeo.com/${id}${start ? `#t=${start}s` : ''}`, site: 'Vimeo', example: '76979871' },
} as const

/** Seconds from Hugo's `start=431` (or YouTube's own `t=431s`, `t=7m11s`); undefined when it is not a time. */
export function videoSeconds(value: string | undefined): number | undefined {
  if (!value) return undefined
  const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/.exec(value.trim())
  if (!match) return undefined
  const seconds = Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0)
  return seconds > 0 ? seconds : undefined
}

/** `7:11` for 431 seconds, as the label shows it. */
function clock(seconds: number): string {
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = String(seconds % 60).padStart(2, '0')
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`
}

/**
 * The id and start time of `{{< youtube "ID?start=431" >}}`: Hugo puts the
 * id into the player's address as written, so a query after it worked there
 * (`start=`, `t=`); `start=` as an argument of its own wins.
 */
function videoIdAndStart(written: string | undefined, start: string | undefined): { id: string | undefined; start: number | undefined } {
  if (!written) return { id: undefined, start: videoSeconds(start) }
  const clean = written.trim()
  const cut = clean.search(/[?#&]/)
  const id = cut < 0 ? clean : clean.slice(0, cut)
  const query = cut < 0 ? '' : clean.slice(cut + 1)
  const params = new Map(query.split(/[&#]/).map((pair) => [pair.split('=')[0] ?? '', pair.split('=')[1] ?? ''] as const))
  return { id, start: videoSeconds(start) ?? videoSeconds(params.get('start')) ?? videoSeconds(params.get('t')) }
}

function video(host: keyof typeof VIDEO_HOSTS): Builtin {
  const { id: pattern, watch, site, example } = VIDEO_HOSTS[host]
  return (call) => {
    const { id, start } = videoIdAndStart(argument(call, ['id'], 0), argument(call, ['start']))
    if (!id || !pattern.test(id)) {
      return {
        nodes: [],
        problem: {
          code: 'shortcode',
          message: `${writtenName(call)} needs the video's id${id ? `, and "${id}" is not a ${site} id` : ''}: write it as {{< ${host} id="${example}" title="What the video is" >}}`,
        },
      }
    }
    const title = argument(call, ['title'])
    const from = start ? ` (from ${clock(start)})` : ''
    const label = title ? `Watch “${title}” on ${site}${from}` : `Watch the video on ${site}${from}`
    return { nodes: [element('div', { className: ['video-embed', `video-${host}`] }, [link(watch(id, start), [text(label)], 'video-link')])] }
  }
}

/** What a tab keeps for its pane, which decides whether its content is code: Docsy's `lang`, `langEqualsHeader` and `text` may be set on either. */
interface TabSource {
  header: string
  lang?: string
  text?: boolean
  /** The content as written. */
  source?: string
  /** The content as Markdown, when the tab drew it as code (its pane may say text=true). */
  markdown?: Content[]
  /** Written `{{< tab >}}`: Hugo passes its content as written, which Docsy shows as code unless told text=true. */
  angle?: boolean
}

const isTrue = (value: string | undefined) => value !== undefined && /^true$/i.test(value.trim())
const isFalse = (value: string | undefined) => value !== undefined && /^false$/i.test(value.trim())

/** A tab's content as a code block of `lang`, as written (Hugo's `highlight` trims its line breaks). */
function codeOf(source: string, lang: string | null): Content {
  return { type: 'code', lang, value: source.replace(/^\n+|\s+$/g, '') } as Content
}

const tab: Builtin = (call) => {
  const header = argument(call, ['header', 'name', 'title'], 0) ?? 'Tab'
  // Docsy's `{{% tab header="Front matter:" disabled=true /%}}`: a caption for the tabs, never a panel.
  // Docsy renders a header's Markdown (`header="**Languages**:"`).
  if (isTrue(argument(call, ['disabled']))) return { nodes: [{ type: 'paragraph', children: inline(header, call), data: { tabCaption: true } } as unknown as Content] }
  const problem = needsInner(call, writtenName(call, true))
  const lang = argument(call, ['lang'])
  const textFlag = argument(call, ['text'])
  const tabSource: TabSource = {
    header,
    ...(lang ? { lang } : {}),
    ...(isTrue(textFlag) ? { text: true } : isFalse(textFlag) ? { text: false } : {}),
    ...(call.innerSource !== undefined ? { source: call.innerSource } : {}),
    ...(call.form === 'angle' ? { angle: true } : {}),
  }
  // Docsy: a tab with `lang` holds code, shown as written (unless it or its pane says text=true; the pane decides that).
  const code = lang !== undefined && tabSource.text !== true && call.innerSource !== undefined
  if (code) tabSource.markdown = asBlocks(call.inner ?? [])
  const content = code ? [codeOf(call.innerSource!, lang)] : asBlocks(call.inner ?? [])
  const panel = tabPanel(inline(header, call), content)
  ;(panel.data as Record<string, unknown>).tab = tabSource
  return { nodes: [panel], ...(problem ? { problem } : {}) }
}

/**
 * Docsy's pane options over its tabs: `text=true` shows every tab's content as Markdown, `langEqualsHeader=true`
 * makes each tab's header its code's language (`{{< tab "Go" >}}`), `lang` is the language of the tabs that name none.
 */
function withPaneOptions(call: ShortcodeCall, panel: Content): Content {
  const tabSource = (panel.data as { tab?: TabSource } | undefined)?.tab
  if (!tabSource || tabSource.source === undefined) return panel
  const paneText = isTrue(argument(call, ['text']))
  const showsText = tabSource.text ?? paneText
  const lang = tabSource.lang ?? (isTrue(argument(call, ['langEqualsHeader'])) ? tabSource.header : argument(call, ['lang']))
  const children = (panel as unknown as { children: Content[] }).children
  if (showsText && tabSource.markdown) return { ...panel, children: [children[0]!, ...tabSource.markdown] } as unknown as Content
  // Markdown stays Markdown unless a language says it is code, or the tab was written `{{< tab >}}` (as written, code in Docsy).
  if (showsText || tabSource.lang || !(lang || tabSource.angle)) return panel
  return { ...panel, children: [children[0]!, codeOf(tabSource.source, lang ?? null)] } as unknown as Content
}

const tabs: Builtin = (call) => {
  const problem = needsInner(call, writtenName(call, true))
  const inner = call.inner ?? []
  const isCaption = (node: Content) => (node.data as { tabCaption?: boolean } | undefined)?.tabCaption === true
  // Docsy's `tabpane` only: other themes' `{{< tabs >}}` (Hugo Book's) render their tabs' Markdown.
  const panels = inner.filter(isTabPanel).map((panel) => (call.name === 'tabpane' ? withPaneOptions(call, panel) : panel))
  const captions = inner.filter(isCaption)
  const loose = inner.some((node) => !isTabPanel(node) && !isCaption(node))
  const nodes = [...captions, element('div', { className: ['tabs'] }, panels.length ? panels : inner)]
  if (problem) return { nodes, problem }
  if (panels.length === 0) return { nodes, problem: { code: 'shortcode', message: `${writtenName(call)} has no tabs: put each one in {{% tab header="Name" %}} … {{% /tab %}}` } }
  if (loose) return { nodes: [...nodes], problem: { code: 'shortcode', severity: 'warning', message: `${writtenName(call)} holds text outside its tabs, which is not shown: move it into a {{% tab %}}` } }
  return { nodes }
}

const highlight: Builtin = (call) => {
  const lang = argument(call, ['lang'], 0)
  return { nodes: [{ type: 'code', lang: lang ?? null, value: (call.innerSource ?? '').replace(/^\n+|\s+$/g, '') } as Content] }
}

/** Hugo themes' (Docsy, Learn, Relearn) `{{< mermaid >}}…{{< /mermaid >}}`: a ` ```mermaid ` block, drawn like one. */
const mermaid: Builtin = (call) => {
  const problem = needsInner(call, writtenName(call, true))
  return { nodes: [codeOf(call.innerSource ?? '', 'mermaid')], ...(problem ? { problem } : {}) }
}

export const BUILTIN_SHORTCODES: Readonly<Record<string, Builtin>> = {
  alert,
  note: kindCallout('note', 'Note'),
  info: kindCallout('note', 'Info'),
  tip: kindCallout('tip', 'Tip'),
  important: kindCallout('important', 'Important'),
  warning: kindCallout('warning', 'Warning'),
  caution: kindCallout('caution', 'Caution'),
  danger: kindCallout('caution', 'Danger'),
  hint,
  details,
  panel: boxed('panel'),
  card: boxed('card'),
  pageinfo,
  label: badge,
  badge,
  figure,
  youtube: video('youtube'),
  vimeo: video('vimeo'),
  tabpane: tabs,
  tabs,
  tab,
  highlight,
  mermaid,
  comment,
  'conditional-text': conditional,
  gist,
  x: post,
  instagram,
  ...DOCSY_BLOCKS,
}

/** The built-in names, for messages and the mapping's check. */
export const BUILTIN_NAMES = Object.keys(BUILTIN_SHORTCODES)
