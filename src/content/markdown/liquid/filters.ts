/**
 * The filters Eleventy and Jekyll add to Liquid's standard ones, as pages
 * and includes use them. Links come out as site paths: the link step adds
 * the path prefix later, as for every link, so `url` and `relative_url`
 * return the path as written.
 */
import { eleventySlug } from '../../source/heading-id-schemes'

export type LiquidFilter = (value: unknown, ...args: unknown[]) => unknown

const asText = (value: unknown): string => (value === undefined || value === null ? '' : String(value))

export function liquidFilters(siteUrl: string): Record<string, LiquidFilter> {
  const sitePath = (value: unknown) => asText(value)
  return {
    // Eleventy
    url: sitePath,
    slugify: (value) => eleventySlug(asText(value)),
    slug: (value) => eleventySlug(asText(value)),
    log: (value) => value,
    // Jekyll
    relative_url: sitePath,
    absolute_url: (value) => {
      const text = asText(value)
      return /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `${siteUrl.replace(/\/+$/, '')}/${text.replace(/^\/+/, '')}`
    },
    markdownify: (value) => asText(value),
    jsonify: (value) => JSON.stringify(value ?? null),
    xml_escape: (value) => asText(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'),
    cgi_escape: (value) => encodeURIComponent(asText(value)).replace(/%20/g, '+'),
    uri_escape: (value) => encodeURI(asText(value)),
    number_of_words: (value) => asText(value).split(/\s+/).filter(Boolean).length,
    array_to_sentence_string: (value, connector = 'and') => {
      const items = Array.isArray(value) ? value.map(asText) : [asText(value)]
      if (items.length < 2) return items.join('')
      return `${items.slice(0, -1).join(', ')}${items.length > 2 ? ',' : ''} ${asText(connector)} ${items[items.length - 1]}`
    },
  }
}
