/** The company's look on every page: logo, icon, colour, header links, footer and social card. */
import { z } from 'zod'
import { SettingsError } from '../../setting-kinds/error'
import { imageFile, imageInContent, line, setting, text } from '../../setting-kinds/kinds'
import { isSafeUrl, urlProblem } from '../../../shared/url-safety'
import { COLOUR_FORMS, parseColour } from './colour'
import { deriveAccent, MIN_CONTRAST } from './accent'

/** What the editor is told when the light theme cannot use the colour as given; undefined when it can. */
export function accentAdjustment(written: string, colour = parseColour(written)): string | undefined {
  if (!colour) return undefined
  const { light, dark } = deriveAccent(colour)
  if (!light.changed) return undefined
  return (
    `"accentColor" ${written.trim()} is too light for text on a light background (links need ${MIN_CONTRAST}:1): ` +
    `the light theme uses ${light.accent} instead, ${light.ratio}:1, and the dark theme ${dark.accent}, ${dark.ratio}:1. ` +
    `Write accentColor: "${light.accent}" to choose the shade yourself`
  )
}

/** The brand colour: one that is no colour is an error; one too light (or dark) for text is used shaded, with a warning that says how. */
const accentColor = setting(line(), {
  expected: 'text on one line',
  example: '"#0a58ca"',
  checkInFile(written) {
    const colour = parseColour(written)
    if (!colour) {
      const message = `"accentColor" is "${written}", which is not a colour we can read. Write it as ${COLOUR_FORMS}, in quotes: accentColor: "#0a58ca"`
      return { value: undefined, finding: { severity: 'error', code: 'settings-colour', message } }
    }
    const message = accentAdjustment(written, colour)
    return message ? { value: written, finding: { severity: 'warning', code: 'settings-contrast', message } } : undefined
  },
  resolve(written) {
    if (!parseColour(written)) throw new SettingsError(`accentColor: "${written}" is not a colour we can read: write it as ${COLOUR_FORMS}`)
    return written
  },
})

/** A link of the site header: `{ label: Careers, href: https://acme.com/careers }`. */
const headerLink = z
  .object({
    label: line(),
    /** A site path (`/people`) or a full URL a browser opens (`https://…`, `mailto:…`: src/shared/url-safety.ts); full URLs are marked as external for screen readers. */
    href: z
      .string()
      .refine((href) => isSafeUrl(href, 'link'))
      .transform((href) => href.trim()),
  })
  .strict()

const LINKS_EXAMPLE = '[{ label: Careers, href: "https://acme.com/careers" }]'

/** Which link of the list is wrong, and how. */
function linkProblem(value: unknown, path: readonly (string | number)[]): string | undefined {
  if (typeof path[0] !== 'number' || path.length !== 2 || !Array.isArray(value)) return undefined
  const link = value[path[0]] as Record<string, unknown>
  const part = String(path[1])
  const which = `link ${path[0] + 1} of "headerLinks"`
  if (part === 'href' && typeof link[part] === 'string' && link[part] !== '') {
    const problem = urlProblem(String(link[part]), 'link')
    if (problem && !problem.startsWith('is neither')) return `${which}: href "${String(link[part])}" ${problem}`
    return `${which}: href "${String(link[part])}" is neither a site path nor a full URL. Write href: /${String(link[part]).replace(/^\.?\/*/, '')} for a page of the site or href: https://… for another site`
  }
  if (part === 'label' || part === 'href') return `${which} has no ${part}: ${part === 'label' ? 'write label: Careers' : 'write href: https://acme.com/careers'}`
  return `${which}: "${part}" is not a field of a link, which has a label and an href. Write e.g. headerLinks: ${LINKS_EXAMPLE}`
}

const headerLinks = setting(z.array(headerLink), {
  expected: 'a list of links, each a label and an href (a site path /… or a full URL https://…)',
  example: LINKS_EXAMPLE,
  wrongForm: linkProblem,
  resolve(links) {
    for (const link of links) {
      const problem = urlProblem(link.href, 'link')
      if (problem) throw new SettingsError(`headerLinks in handbook.config.ts: href "${link.href}" of "${link.label}" ${problem}`)
    }
    return links
  },
})

/** A full URL (scheme, or `//host`) rather than a path of the content folder. */
const URL_LIKE = /^\s*[a-z][a-z0-9+.-]*:|^\s*[\\/]{2}/i

const SOCIAL_EXAMPLE = 'images/social-card.png'

/** The social card: an image of the content folder or a full URL (checked as a web address). */
const socialImage = setting(line(), {
  expected: 'the path of a file in the content folder or a full URL',
  example: SOCIAL_EXAMPLE,
  checkInFile(written, context) {
    if (!URL_LIKE.test(written)) return imageInContent(written, context, SOCIAL_EXAMPLE)
    const problem = urlProblem(written, 'web')
    if (!problem) return undefined
    const message = `"socialImage" is "${written}", which ${problem}, or the path of a file in the content folder: socialImage: ${SOCIAL_EXAMPLE}`
    return { value: undefined, finding: { severity: 'error', code: 'settings-url', message } }
  },
  resolve(written) {
    const problem = URL_LIKE.test(written) ? urlProblem(written, 'web') : undefined
    if (problem) throw new SettingsError(`socialImage: "${written}" in handbook.config.ts ${problem}, or the path of a file in the content folder`)
    return /^https?:\/\//i.test(written) ? written : written.trim().replace(/^(?:\.\/|\/)+/, '')
  },
})

export const brandSettings = z.object({
  /** The company's logo, a file of the content folder (`images/logo.svg`), shown in the header with the title as its name. */
  logo: imageFile('images/logo.svg').optional(),
  /** The logo for the dark theme; `logo` in both themes when unset. */
  logoDark: imageFile('images/logo-dark.svg').optional(),
  /** The site's icon, a file of the content folder; a letter on the accent colour (the title's first) otherwise. */
  favicon: imageFile('images/favicon.svg').optional(),
  /** The brand colour (`#0a58ca`): links, the current sidebar item, focus rings, buttons; shaded per theme for 4.5:1 contrast. */
  accentColor: accentColor.optional(),
  /** Links shown in the header (on phones, in the menu drawer). */
  headerLinks: headerLinks.default([]),
  /** Markdown shown at the bottom of every page (a licence line, a contact). */
  footer: text('"© Acme Inc. · [Contact](mailto:handbook@acme.com)"').optional(),
  /** The Open Graph / Twitter image of every page without its own `image:`: a file of the content folder or a full URL. */
  socialImage: socialImage.optional(),
})
