/**
 * SVG from the content folder, made passive before it is published: an SVG
 * opened on its own (a link to it, a new tab) is a document of the site's
 * origin and may run script. What is kept is an allow-list (hast-util-sanitize's
 * rules, common/sanitizer.ts, with the schema below): shapes, text,
 * gradients, patterns, masks, filters, and references inside the file
 * (`#id`) or to an embedded raster image
 * (`data:image/png;…`). Dropped: <script>, on* event attributes,
 * <foreignObject> (HTML inside SVG), animation (it can set an href),
 * <a> (its children stay), references to other files or sites, and CSS that
 * could load anything (`@import`, `url(…)` other than `url(#id)`). The file
 * is parsed as HTML parses inline SVG (hast-util-from-html) and written back
 * as XML (hast-util-to-html in SVG space).
 */
import { fromHtml } from 'hast-util-from-html'
import type { Schema } from 'hast-util-sanitize'
import { sanitizer } from '../common/sanitizer'
import { toHtml } from 'hast-util-to-html'
import { toString as hastToString } from 'hast-util-to-string'
import { visit, SKIP } from '../common/visit'
import type { Element, Root } from 'hast'

const SHAPES = ['svg', 'g', 'defs', 'symbol', 'use', 'title', 'desc', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan', 'textPath', 'image', 'switch', 'view']
const PAINT = ['linearGradient', 'radialGradient', 'stop', 'pattern', 'clipPath', 'mask', 'marker', 'style']
// biome-ignore format: a list laid out by hand, several to a line
const FILTERS = [
  'filter', 'feBlend', 'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feConvolveMatrix', 'feDiffuseLighting', 'feDisplacementMap',
  'feDistantLight', 'feDropShadow', 'feFlood', 'feFuncA', 'feFuncB', 'feFuncG', 'feFuncR', 'feGaussianBlur', 'feImage', 'feMerge', 'feMergeNode',
  'feMorphology', 'feOffset', 'fePointLight', 'feSpecularLighting', 'feSpotLight', 'feTile', 'feTurbulence',
]

/** Attributes by hast property name (camelCase, as hast-util-sanitize compares them). */
// biome-ignore format: a list laid out by hand, several to a line
const ATTRIBUTES = [
  'id', 'className', 'lang', 'xmlLang', 'xmlSpace', 'tabIndex', 'role', 'ariaLabel', 'ariaHidden', 'ariaLabelledBy', 'ariaDescribedBy', 'focusable',
  'version', 'baseProfile', 'width', 'height', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'fx', 'fy', 'fr', 'dx', 'dy', 'd', 'points',
  'pathLength', 'viewBox', 'preserveAspectRatio', 'transform', 'transformOrigin', 'rotate', 'lengthAdjust', 'textLength', 'startOffset', 'method', 'spacing', 'side',
  'offset', 'gradientUnits', 'gradientTransform', 'spreadMethod', 'patternUnits', 'patternContentUnits', 'patternTransform',
  'clipPathUnits', 'maskUnits', 'maskContentUnits', 'markerUnits', 'markerWidth', 'markerHeight', 'refX', 'refY', 'orient',
  'filterUnits', 'primitiveUnits', 'in', 'in2', 'result', 'mode', 'type', 'values', 'tableValues', 'slope', 'intercept', 'amplitude', 'exponent',
  'operator', 'k1', 'k2', 'k3', 'k4', 'order', 'kernelMatrix', 'divisor', 'bias', 'targetX', 'targetY', 'edgeMode', 'kernelUnitLength', 'preserveAlpha',
  'surfaceScale', 'diffuseConstant', 'specularConstant', 'specularExponent', 'scale', 'xChannelSelector', 'yChannelSelector', 'stdDeviation',
  'radius', 'baseFrequency', 'numOctaves', 'seed', 'stitchTiles', 'azimuth', 'elevation', 'z', 'pointsAtX', 'pointsAtY', 'pointsAtZ', 'limitingConeAngle',
  'requiredExtensions', 'systemLanguage',
  // Presentation attributes.
  'alignmentBaseline', 'baselineShift', 'clip', 'clipPath', 'clipRule', 'color', 'colorInterpolation', 'colorInterpolationFilters', 'colorRendering',
  'direction', 'display', 'dominantBaseline', 'fill', 'fillOpacity', 'fillRule', 'filter', 'floodColor', 'floodOpacity', 'fontFamily', 'fontSize',
  'fontSizeAdjust', 'fontStretch', 'fontStyle', 'fontVariant', 'fontWeight', 'imageRendering', 'letterSpacing', 'lightingColor', 'markerEnd',
  'markerMid', 'markerStart', 'mask', 'opacity', 'overflow', 'paintOrder', 'pointerEvents', 'shapeRendering', 'stopColor', 'stopOpacity', 'stroke',
  'strokeDashArray', 'strokeDashOffset', 'strokeLineCap', 'strokeLineJoin', 'strokeMiterLimit', 'strokeOpacity', 'strokeWidth', 'textAnchor',
  'textDecoration', 'textRendering', 'unicodeBidi', 'vectorEffect', 'visibility', 'wordSpacing', 'writingMode', 'style',
]

/** A reference inside the file, or a raster image embedded in it: nothing is fetched, nothing runs. */
const PASSIVE_REFERENCE = /^(?:#[^\s]*|data:image\/(?:png|jpeg|gif|webp|avif);base64,[a-z0-9+/=\s]*)$/i

/** Exported for the test that holds common/sanitizer.ts to hast-util-sanitize with it. */
export const SVG_SCHEMA: Schema = {
  tagNames: [...SHAPES, ...PAINT, ...FILTERS],
  attributes: { '*': [...ATTRIBUTES, ['href', PASSIVE_REFERENCE], ['xLinkHref', PASSIVE_REFERENCE]] },
  protocols: {},
  // Their content goes too (the text of a script, the HTML of a foreignObject, RDF metadata).
  strip: ['script', 'foreignObject', 'metadata', 'iframe', 'object', 'embed', 'noscript', 'template'],
  clobber: [],
  allowComments: false,
  allowDoctypes: false,
}

const sanitize = sanitizer(SVG_SCHEMA)
const ALLOWED_TAGS = new Set(SVG_SCHEMA.tagNames)
const STRIPPED_TAGS = new Set(SVG_SCHEMA.strip)

/** `url(#id)`, the only url() kept: it points inside the file. */
const LOCAL_URL = /url\(\s*(['"]?)#[^)'"]*\1\s*\)/gi

/**
 * CSS that loads nothing and cannot break out of its element: no url() but url(#id), no @import,
 * no image-set() (it takes bare strings), no escapes (`u\72l(` is url(), no `<` or `&` (style text is
 * written as it is).
 */
export function isPassiveCss(css: string): boolean {
  const rest = css.replace(LOCAL_URL, '')
  return !/url\s*\(|@import|image-set|image\s*\(|expression|binding|behavior|\\|<|&/i.test(rest)
}

export interface SanitizedSvg {
  /** The SVG as published; undefined when the file holds no <svg> element. */
  svg?: string
  /** What was taken out, for a warning: element and attribute names. */
  removed: string[]
}

function removedBetween(before: Root, after: Root): string[] {
  const names = (tree: Root) => {
    const found = new Map<string, number>()
    const count = (name: string) => found.set(name, (found.get(name) ?? 0) + 1)
    visit(tree, 'element', (node: Element) => {
      count(`<${node.tagName}>`)
      // A removed element is named once: not its attributes, nor (for a stripped one) what was inside it.
      if (!ALLOWED_TAGS.has(node.tagName)) return STRIPPED_TAGS.has(node.tagName) ? SKIP : undefined
      for (const key of Object.keys(node.properties ?? {})) count(key)
      return undefined
    })
    return found
  }
  const kept = names(after)
  return [...names(before)].filter(([name, count]) => (kept.get(name) ?? 0) < count).map(([name]) => name)
}

export function sanitizeSvg(text: string): SanitizedSvg {
  const tree = fromHtml(text, { fragment: true })
  const svgRoot = tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'svg')
  if (!svgRoot) return { removed: [] }
  const original: Root = { type: 'root', children: [structuredClone(svgRoot)] }
  const root: Root = { type: 'root', children: [svgRoot] }
  visit(root, 'element', (node: Element, index, parent) => {
    const style = node.properties?.style
    if (typeof style === 'string' && !isPassiveCss(style)) delete node.properties!.style
    if (node.tagName === 'style' && !isPassiveCss(hastToString(node)) && parent && typeof index === 'number') {
      parent.children.splice(index, 1)
      return [SKIP, index]
    }
    return undefined
  })
  const clean = sanitize(root)
  const svg = clean.children[0] as Element | undefined
  if (!svg) return { removed: removedBetween(original, clean) }
  svg.properties = { xmlns: 'http://www.w3.org/2000/svg', ...svg.properties }
  let xlink = false
  visit(clean, 'element', (node: Element) => {
    if (node.properties?.xLinkHref !== undefined) xlink = true
  })
  if (xlink) svg.properties.xmlnsXLink = 'http://www.w3.org/1999/xlink'
  const removed = removedBetween(original, clean).filter((name) => name !== 'xmlns' && name !== 'xmlnsXLink')
  return { svg: `${toHtml(clean, { space: 'svg', closeEmptyElements: true, allowDangerousCharacters: false })}\n`, removed }
}
