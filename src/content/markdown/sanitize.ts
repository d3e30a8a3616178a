/**
 * Raw HTML in Markdown comes from pull requests: untrusted. It is parsed,
 * then reduced to an allow-list: no <script>, <style>, event handlers or
 * `javascript:` URLs, no `style`; <iframe> only from allowed hosts; only
 * the classes of our own blocks (content-classes.ts). Ids and anchor names
 * are kept as written (editors link to them) instead of being prefixed,
 * except the site's own ids (site-ids.ts), which are dropped.
 */
import type { Element, Root } from 'hast'
import { defaultSchema, type Schema } from 'hast-util-sanitize'
import { sanitizer } from '../common/sanitizer'
import { visit } from '../common/visit'
import { CONTENT_CLASSES, CONTENT_CLASS_PATTERNS, SCREEN_READER_CLASSES } from './content-classes'
import { isSiteId } from './site-ids'

type Attributes = NonNullable<Schema['attributes']>

const defaultAttributes = defaultSchema.attributes as Attributes

export const sanitizeSchema: Schema = {
  ...defaultSchema,
  strip: ['script', 'style', 'noscript', 'template', 'title'],
  // Ids and <a name> stay as written: links in the handbook (and from outside) point to them.
  // Neither shadows document properties; names on img/iframe, which would, are removed below.
  clobber: [],
  allowComments: false,
  tagNames: [...(defaultSchema.tagNames ?? []), 'iframe', 'video', 'audio', 'source', 'track', 'picture', 'u', 'center', 'colgroup', 'col', 'section', 'aside'],
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto', 'tel', 'xmpp', 'irc', 'ircs'],
    src: ['http', 'https'],
    poster: ['http', 'https'],
  },
  attributes: {
    ...defaultAttributes,
    '*': [...(defaultAttributes['*'] ?? []), ['className', ...CONTENT_CLASSES, ...CONTENT_CLASS_PATTERNS], 'lang', 'translate'],
    a: ['href', 'name', 'dataFootnoteRef', 'dataFootnoteBackref', 'ariaDescribedBy', 'ariaLabel'],
    img: ['src', 'longDesc', 'alt', 'width', 'height', 'loading', 'decoding'],
    iframe: ['src', 'width', 'height', 'title', 'allow', 'allowFullScreen', 'frameBorder', 'loading', 'referrerPolicy'],
    video: ['src', 'poster', 'controls', 'width', 'height', 'preload', 'muted', 'loop', 'playsInline'],
    audio: ['src', 'controls', 'preload', 'loop', 'muted'],
    source: ['src', 'type', 'media'],
    track: ['src', 'kind', 'srcLang', 'label', 'default'],
    ol: ['start', 'reversed', 'type'],
    section: ['dataFootnotes'],
    input: [['type', 'checkbox'], ['disabled', true], 'checked'],
  },
}

const sanitize = sanitizer(sanitizeSchema)

/** Removes everything the allow-list does not allow, and ids (or anchor names) the site's layout uses. */
export function sanitizeTree(tree: Root): Root {
  visit(tree, 'element', (node) => {
    const classes = node.properties?.className
    if (Array.isArray(classes) && classes.some((name) => SCREEN_READER_CLASSES.has(String(name))))
      node.properties!.className = classes.map((name) => (SCREEN_READER_CLASSES.has(String(name)) ? 'sr-only' : name))
  })
  const clean = sanitize(tree)
  visit(clean, 'element', (node) => {
    // Every class dropped: no empty `class=""` left.
    if (Array.isArray(node.properties?.className) && node.properties!.className.length === 0) delete node.properties!.className
    for (const key of ['id', 'name'] as const) {
      const value = node.properties?.[key]
      if (typeof value === 'string' && isSiteId(value)) delete node.properties![key]
    }
  })
  unwrapDeadLinks(clean)
  return clean
}

/**
 * A link whose address the allow-list removed (`javascript:`, `data:`) would still look like a
 * link and do nothing: its text stays, as text. An `<a>` with an id or a name is an anchor: kept.
 */
function unwrapDeadLinks(tree: Root): void {
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName !== 'a' || !parent || index === undefined || index === null) return undefined
    const properties = node.properties ?? {}
    if (properties.href !== undefined || properties.id !== undefined || properties.name !== undefined) return undefined
    parent.children.splice(index, 1, ...node.children)
    // Visit what took its place.
    return index
  })
}

function hostOf(src: unknown): string | undefined {
  if (typeof src !== 'string') return undefined
  try {
    const url = new URL(src)
    return url.protocol === 'https:' ? url.host : undefined
  } catch {
    return undefined
  }
}

/**
 * After sanitizing: iframes from hosts not on the allow-list become a link
 * (nothing is dropped silently), and replaced elements lose ids and names,
 * which would otherwise shadow properties of `document`.
 */
export function restrictEmbeds(tree: Root, allowedHosts: readonly string[]): void {
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName === 'img' || node.tagName === 'iframe') {
      if (node.properties) {
        delete node.properties.id
        delete node.properties.name
      }
    }
    if (node.tagName !== 'iframe' || !parent || index === null) return
    const src = node.properties?.src
    const host = hostOf(src)
    if (host && allowedHosts.includes(host)) {
      node.properties = { ...node.properties, loading: 'lazy', referrerPolicy: 'strict-origin-when-cross-origin' }
      if (!node.properties.title) node.properties.title = `Embedded content from ${host}`
      return
    }
    const link: Element = {
      type: 'element',
      tagName: 'p',
      properties: { className: ['embed-fallback'] },
      children:
        typeof src === 'string' && /^https?:/i.test(src)
          ? [
              { type: 'text', value: 'Embedded content: ' },
              { type: 'element', tagName: 'a', properties: { href: src }, children: [{ type: 'text', value: src }] },
            ]
          : [{ type: 'text', value: 'An embedded frame was removed: its address is not allowed.' }],
    }
    parent.children[index] = link
  })
}
