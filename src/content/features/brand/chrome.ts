/**
 * The site chrome (src/shared/site-chrome.ts) from the settings: header
 * links marked external or not, the accent shades as CSS, the footer
 * rendered and sanitized, the icon (the favicon file, else a letter on the
 * accent colour, a file the build writes), and the banner and feedback
 * settings of their own wings. Pure: image sizes are read by the caller.
 */
import type { HandbookSettings } from '../../settings'
import type { ChromeImage, SiteChrome } from '../../../shared/site-chrome'
import { isFullUrl } from '../../../shared/site-chrome'
import { isSafeUrl } from '../../../shared/url-safety'
import { fragmentHtml } from '../../markdown/fragment'
import { parseColour } from './colour'
import { accentCss, deriveAccent } from './accent'
import { escapeXml } from '../../common/xml'
import { OUTPUT_FOLDER } from '../../../shared/output'
import { bannerChrome } from '../banner/chrome'
import { feedbackChrome } from '../feedback/chrome'

/** The accent of tokens.css, for the generated icon when no colour is set. */
const DEFAULT_ACCENT = '#0a58ca'

const ICON_TYPES: Readonly<Record<string, string>> = { svg: 'image/svg+xml', png: 'image/png', ico: 'image/x-icon', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp', gif: 'image/gif' }

export type ImageSize = { width: number; height: number }

/** The footer's Markdown as sanitized HTML; site paths in its links get the path prefix. */
export function footerHtml(markdown: string, pathPrefix: string): string {
  return fragmentHtml(markdown, pathPrefix)
}

/** Where the generated icon is published (a file, so browsers cache it and the path prefix applies). */
export const LETTER_ICON_FILE = `${OUTPUT_FOLDER}/favicon.svg`

/** A letter on the accent colour, as SVG: the icon of a site that names no favicon file. */
export function letterIcon(title: string, colour: string): string {
  const letter = [...title.trim()][0]?.toUpperCase() ?? 'H'
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="${escapeXml(colour)}"/>` +
    `<text x="16" y="22.5" font-family="system-ui,sans-serif" font-size="19" font-weight="700" fill="#fff" text-anchor="middle">${escapeXml(letter)}</text></svg>\n`
  )
}

/** The generated icon's file, when the settings name no favicon: written by the build, served by develop. */
export function generatedFavicon(settings: HandbookSettings): { path: string; contents: string } | undefined {
  if (settings.favicon) return undefined
  const colour = settings.accentColor ? parseColour(settings.accentColor) : undefined
  return { path: LETTER_ICON_FILE, contents: letterIcon(settings.title, colour ? deriveAccent(colour).light.accent : DEFAULT_ACCENT) }
}

const optional = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>))

function image(file: string, sizes: ReadonlyMap<string, ImageSize>): ChromeImage {
  const size = sizes.get(file)
  return { src: `/${file}`, ...(size ? size : {}) }
}

/** `sizes`: the intrinsic size of each image file the settings name, when it could be read. */
export function siteChrome(settings: HandbookSettings, sizes: ReadonlyMap<string, ImageSize> = new Map()): SiteChrome {
  const colour = settings.accentColor ? parseColour(settings.accentColor) : undefined
  const shades = colour ? deriveAccent(colour) : undefined
  const favicon = settings.favicon
    ? { href: `/${settings.favicon}`, type: ICON_TYPES[settings.favicon.split('.').pop()!.toLowerCase()] ?? 'image/x-icon' }
    : { href: `/${LETTER_ICON_FILE}`, type: 'image/svg+xml' }
  return {
    ...(settings.logo ? { logo: image(settings.logo, sizes) } : {}),
    ...(settings.logoDark ? { logoDark: image(settings.logoDark, sizes) } : {}),
    // Checked with the settings; a link that is still unsafe here is left out, never rendered.
    headerLinks: settings.headerLinks.filter((link) => isSafeUrl(link.href, 'link')).map((link) => ({ label: link.label, href: link.href, external: isFullUrl(link.href) })),
    footerHtml: settings.footer ? footerHtml(settings.footer, settings.pathPrefix) : '',
    accentCss: shades ? accentCss(shades) : '',
    favicon,
    ...(settings.socialImage ? { socialImage: isFullUrl(settings.socialImage) ? settings.socialImage : `/${settings.socialImage}` } : {}),
    // The other wings' parts of every page's frame: the banner and the feedback setting.
    ...optional('banner', bannerChrome(settings)),
    ...optional('feedback', feedbackChrome(settings)),
    ...optional('messages', Object.keys(settings.messages).length > 0 ? settings.messages : undefined),
  }
}

/** The files of the content folder the chrome shows, copied to the site as they are. */
export function brandFiles(settings: HandbookSettings): string[] {
  const files = [settings.logo, settings.logoDark, settings.favicon, settings.socialImage && !isFullUrl(settings.socialImage) ? settings.socialImage : undefined]
  return [...new Set(files.filter((file): file is string => file !== undefined))]
}
