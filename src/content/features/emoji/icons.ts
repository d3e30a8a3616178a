/**
 * Material for MkDocs' icons, drawn as Material draws them: `:material-check:`
 * (Material Design Icons), `:octicons-mark-github-16:` (GitHub's Octicons) and
 * `:fontawesome-brands-github:` (Font Awesome Free), each its set's SVG,
 * inline, sized to the text and drawn in its colour. The sets are the npm
 * packages Material bundles (@mdi/svg, @primer/octicons,
 * @fortawesome/fontawesome-free 6), read from node_modules when a page names
 * an icon; their package.json files are in the library bundle, so a new
 * version of a set renders the pages again (the render cache's version). Simple Icons (`:simple-python:`) is not shipped: 6.5 MB for brand
 * logos; those stay as written, reported.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Element, ElementContent } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { packageFolder } from '../../common/package-folder'
import fontAwesome from '@fortawesome/fontawesome-free/package.json'
import materialDesignIcons from '@mdi/svg/package.json'
import octicons from '@primer/octicons/package.json'

/** The names Material for MkDocs gives its bundled icon sets' icons. */
export const ICON_NAME = /^(?:material|fontawesome|octicons|simple)-[a-z0-9-]+$/

const FONT_AWESOME_STYLES = ['brands', 'regular', 'solid']

/** Where an icon's SVG is: its package and the file in it; or why it cannot be drawn, completing "`:name:` …". */
function located(name: string): { pkg: string; file: string; set: string } | { problem: string } {
  const [prefix, ...rest] = name.split('-')
  const icon = rest.join('-')
  switch (prefix) {
    case 'material':
      return { pkg: '@mdi/svg', file: path.join('svg', `${icon}.svg`), set: `Material Design Icons ${materialDesignIcons.version}` }
    case 'octicons':
      return { pkg: '@primer/octicons', file: path.join('build', 'svg', `${icon}.svg`), set: `Octicons ${octicons.version}` }
    case 'fontawesome': {
      const [style, ...words] = rest
      if (!style || !FONT_AWESOME_STYLES.includes(style) || words.length === 0) {
        return { problem: `is no Font Awesome icon: they are named for their style, fontawesome-brands-…, fontawesome-regular-… or fontawesome-solid-… (:fontawesome-brands-github:)` }
      }
      return { pkg: '@fortawesome/fontawesome-free', file: path.join('svgs', style, `${words.join('-')}.svg`), set: `Font Awesome Free ${fontAwesome.version}` }
    }
    default:
      return { problem: 'is an icon of Simple Icons, a set not shipped here: it shows as written. Write an emoji instead (:white_check_mark:, :rocket:), or remove it' }
  }
}

/** The SVG's shapes, without the set's ids (an icon drawn twice would repeat them) and comments (Font Awesome's licence line). */
function shapes(nodes: readonly ElementContent[]): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type !== 'element') return []
    const { id: _id, ...properties } = node.properties ?? {}
    return [{ ...node, properties, children: shapes(node.children) }]
  })
}

/** `<span class="content-icon"><svg …>`: hidden from screen readers, as an icon beside words says nothing they do not. */
function iconElement(svgText: string): Element | undefined {
  const svg = fromHtml(svgText, { fragment: true }).children.find((node): node is Element => node.type === 'element' && node.tagName === 'svg')
  if (!svg) return undefined
  const drawn: Element = {
    type: 'element',
    tagName: 'svg',
    properties: { xmlns: 'http://www.w3.org/2000/svg', viewBox: svg.properties?.viewBox ?? '0 0 24 24', ariaHidden: 'true', focusable: 'false' },
    children: shapes(svg.children),
  }
  return { type: 'element', tagName: 'span', properties: { className: ['content-icon'] }, children: [drawn] }
}

const drawnIcons = new Map<string, Element | { problem: string }>()
const MAX_REMEMBERED = 10_000

/** The icon `name` (without its colons) drawn, or why it is not, completing "`:name:` …". */
export function drawIcon(name: string): Element | { problem: string } {
  const known = drawnIcons.get(name)
  if (known) return known
  let result: Element | { problem: string }
  const where = ICON_NAME.test(name) ? located(name) : { problem: 'is no icon name' }
  if ('problem' in where) result = where
  else {
    const file = path.join(packageFolder(where.pkg), where.file)
    const element = fs.existsSync(file) ? iconElement(fs.readFileSync(file, 'utf8')) : undefined
    result = element ?? { problem: `is no icon of ${where.set}: it shows as written. Check its name in Material for MkDocs' icon search, or write an emoji instead (:white_check_mark:, :rocket:)` }
  }
  // Bounded: a page may name any number of icons that are not there.
  if (drawnIcons.size < MAX_REMEMBERED) drawnIcons.set(name, result)
  return result
}
