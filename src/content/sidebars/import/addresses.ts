/**
 * Finding a page by the address an old navigation wrote for it: the old
 * site's URL of the page (`about-us/tts-history/`, `/docs/quick-start-guide/`),
 * which is the page's URL here, one of its old addresses (`redirect_from`,
 * Hugo's `aliases`) or the `permalink` it set. Compared without the slashes
 * around it, `.html`, `index.html` or case.
 */
import type { NavigationPageInput } from './input'

export const EXTERNAL_ADDRESS = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i

/** An address split into its path, compared form, and what follows the path (`#anchor`, `?query`). */
export function splitAddress(address: string): { key: string; rest: string } {
  const at = address.search(/[?#]/)
  const pathPart = at < 0 ? address : address.slice(0, at)
  const rest = at < 0 ? '' : address.slice(at)
  let decoded = pathPart
  try {
    decoded = decodeURI(pathPart)
  } catch {
    // A stray % stays as written.
  }
  const key = decoded
    .trim()
    .replace(/\\/g, '/')
    .replace(/\/index\.html?$/i, '')
    .replace(/\.html?$/i, '')
    .replace(/^\.?\/+/, '')
    .replace(/\/+$/, '')
    .toLowerCase()
  return { key, rest: rest === '#' || rest === '?' ? '' : rest }
}

function addressesOf(page: NavigationPageInput): string[] {
  const listed = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : typeof value === 'string' ? [value] : [])
  return [page.url, ...listed(page.frontmatter.permalink), ...listed(page.frontmatter.redirect_from), ...listed(page.frontmatter.aliases)]
}

export interface AddressLookup {
  /** The page at an address, and what followed its path; undefined when no page has it. */
  find(address: string): { page: NavigationPageInput; rest: string } | undefined
  /** Whether the address is a page left out of this build (a draft): the navigation may name it, quietly. */
  isLeftOut(address: string): boolean
  /** Where a page that is a redirect (`redirect_to:`) at this address (its own or an old one) sends readers. */
  redirectOf(address: string): string | undefined
}

/** A page that is a redirect: its addresses (its URL and old ones), and where it sends readers. */
export interface RedirectingPage {
  addresses: readonly string[]
  to: string
}

/** `leftOut`: the URLs of pages not in this build. A page's own URL wins over another's old address. */
export function createAddressLookup(pages: readonly NavigationPageInput[], leftOut: Iterable<string> = [], redirecting: readonly RedirectingPage[] = []): AddressLookup {
  const own = new Map<string, NavigationPageInput>()
  const old = new Map<string, NavigationPageInput>()
  for (const page of pages) {
    const [url, ...others] = addressesOf(page)
    own.set(splitAddress(url!).key, page)
    for (const address of others) {
      const { key } = splitAddress(address)
      if (!old.has(key)) old.set(key, page)
    }
  }
  const drafts = new Set([...leftOut].map((url) => splitAddress(url).key))
  const redirects = new Map(redirecting.flatMap((page) => page.addresses.map((address) => [splitAddress(address).key, page.to] as const)))
  return {
    find(address) {
      const { key, rest } = splitAddress(address)
      const page = own.get(key) ?? old.get(key)
      return page ? { page, rest } : undefined
    },
    isLeftOut: (address) => drafts.has(splitAddress(address).key),
    redirectOf: (address) => redirects.get(splitAddress(address).key),
  }
}
