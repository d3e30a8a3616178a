/** The one rule for URLs that settings and data files put in pages (src/shared/url-safety.ts). */
import { describe, expect, it } from 'vitest'
import { safeHref, urlProblem, type UrlKind } from '../../../src/shared/url-safety'

const ALLOWED_LINK = 'write a path of this site (/…) or a full URL (https://…, mailto:…)'

describe('urlProblem', () => {
  it.each<[string, UrlKind]>([
    ['/people', 'link'],
    ['/people/jane#links', 'link'],
    ['https://acme.example/careers', 'link'],
    ['HTTPS://ACME.EXAMPLE', 'link'],
    ['http://acme.example', 'link'],
    ['mailto:people@acme.example', 'link'],
    ['tel:+15551234', 'link'],
    ['  https://acme.example  ', 'link'],
    ['https://github.com/acme/handbook', 'web'],
    ['/people', 'site-path'],
  ])('allows %j as a %s', (url, kind) => {
    expect(urlProblem(url, kind)).toBeUndefined()
    expect(safeHref(url, kind)).toBe(url.trim())
  })

  it.each<[string, UrlKind, string]>([
    ['javascript:alert(1)', 'link', `uses "javascript:", which a link of the handbook may not use: ${ALLOWED_LINK}`],
    ['JaVaScRiPt:alert(1)', 'link', `uses "javascript:", which a link of the handbook may not use: ${ALLOWED_LINK}`],
    ['data:text/html,<script>alert(1)</script>', 'link', `uses "data:", which a link of the handbook may not use: ${ALLOWED_LINK}`],
    ['vbscript:msgbox(1)', 'link', `uses "vbscript:", which a link of the handbook may not use: ${ALLOWED_LINK}`],
    [' \u0001javascript:alert(1)', 'link', `contains a control character (a tab, a line break or an invisible character), which browsers drop from links: ${ALLOWED_LINK}`],
    ['java\tscript:alert(1)', 'link', `contains a control character (a tab, a line break or an invisible character), which browsers drop from links: ${ALLOWED_LINK}`],
    ['/\n/evil.example', 'link', `contains a control character (a tab, a line break or an invisible character), which browsers drop from links: ${ALLOWED_LINK}`],
    ['&#106;avascript:alert(1)', 'link', `is neither a path of this site nor a full URL: ${ALLOWED_LINK}`],
    ['javascript&colon;alert(1)', 'link', `is neither a path of this site nor a full URL: ${ALLOWED_LINK}`],
    ['//evil.example', 'link', `starts with "//", which leaves the site for the host it names: ${ALLOWED_LINK}`],
    ['/\\evil.example', 'link', `contains a backslash, which browsers read as "/": ${ALLOWED_LINK}`],
    ['https:evil.example', 'link', `has no host after "https://": ${ALLOWED_LINK}`],
    ['https://', 'link', `is not a URL a browser can open: ${ALLOWED_LINK}`],
    ['people', 'link', `is neither a path of this site nor a full URL: ${ALLOWED_LINK}`],
    ['', 'link', `is empty: ${ALLOWED_LINK}`],
    ['mailto:x@acme.example', 'web', 'uses "mailto:", which a link of the handbook may not use: write a full URL starting with https://'],
    ['/edit', 'web', 'is a path of this site: write a full URL starting with https://'],
    ['//evil.example', 'site-path', 'starts with "//", which leaves the site for the host it names: write a path of this site such as /people'],
    ['https://evil.example', 'site-path', 'is a full URL, not a path of this site: write a path of this site such as /people'],
  ])('refuses %j as a %s', (url, kind, problem) => {
    expect(urlProblem(url, kind)).toBe(problem)
    expect(safeHref(url, kind)).toBeUndefined()
  })
})
