/**
 * Click-to-load videos (youtube, vimeo), loaded only where `.video-embed`
 * exists. The page carries a link card and nothing from the video host; a
 * click on `.video-link` replaces the card's content with the player (on
 * youtube-nocookie.com for YouTube), focus moved into it. The id comes from
 * the link's address and is checked against the host's id pattern: anything
 * else is left as the plain link it is. Ctrl/Cmd/Shift-click and middle
 * click keep their usual meaning (open the video's page).
 */
import { element } from './dom'

interface Host {
  id: RegExp
  /** The video id in a link to the host's watch page, if the link is one. */
  idOf(url: URL): string | null
  player(id: string): string
}

const HOSTS: Record<string, Host> = {
  'video-youtube': {
    id: /^[A-Za-z0-9_-]{6,15}$/,
    idOf: (url) =>
      url.hostname === 'youtu.be' ? url.pathname.slice(1)
      : /^(www\.|m\.)?youtube\.com$/.test(url.hostname) ? url.searchParams.get('v')
      : null,
    player: (id) => `https://www.youtube-nocookie.com/embed/${id}?autoplay=1`,
  },
  'video-vimeo': {
    id: /^\d{1,15}$/,
    idOf: (url) => (/^(www\.)?vimeo\.com$/.test(url.hostname) ? url.pathname.slice(1) : null),
    player: (id) => `https://player.vimeo.com/video/${id}?autoplay=1`,
  },
}

/** The player's address for this card's link, or null when the link is not a valid video link. */
export function playerUrl(card: Element, href: string): string | null {
  const kind = Object.keys(HOSTS).find((name) => card.classList.contains(name))
  if (!kind) return null
  const host = HOSTS[kind]!
  let url: URL
  try {
    url = new URL(href)
  } catch {
    return null
  }
  if (url.protocol !== 'https:') return null
  const id = host.idOf(url)
  return id && host.id.test(id) ? host.player(id) : null
}

function play(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
  const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('.video-embed > a.video-link')
  const card = link?.parentElement
  if (!link || !card) return
  const src = playerUrl(card, link.href)
  if (!src) return
  event.preventDefault()
  const iframe = element('iframe')
  iframe.src = src
  iframe.title = link.textContent?.trim() || 'Video'
  iframe.setAttribute('allow', 'autoplay; encrypted-media; picture-in-picture')
  iframe.allowFullscreen = true
  iframe.referrerPolicy = 'strict-origin-when-cross-origin'
  card.replaceChildren(iframe)
  card.classList.add('video-playing')
  iframe.focus()
}

let started = false

/** One click listener for the document (every card, also ones shown later); cards are marked `.video-ready`. */
export function startVideos(): void {
  document.querySelectorAll('.video-embed').forEach((card) => card.classList.add('video-ready'))
  if (started) return
  started = true
  document.addEventListener('click', play)
}
