/**
 * Click-to-load videos (youtube, vimeo), loaded only where `.video-embed`
 * exists. The page carries a link card and nothing from the video host; a
 * click on `.video-link` replaces the card's content with the player (on
 * youtube-nocookie.com for YouTube), focus moved into it. The id comes from
 * the link's address and is checked against the host's id pattern
 * (src/shared/video-player.ts): anything else stays the plain link it is.
 * Ctrl/Cmd/Shift-click and middle click keep their usual meaning.
 */
import { playerUrl, type VideoHost } from '../shared/video-player'
import { text } from './messages'

/** The card's host, from its class (`video-youtube`, `video-vimeo`). */
function hostOf(card: Element): VideoHost | null {
  if (card.classList.contains('video-youtube')) return 'youtube'
  if (card.classList.contains('video-vimeo')) return 'vimeo'
  return null
}

function play(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
  const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('.video-embed > a.video-link')
  const card = link?.parentElement
  if (!link || !card) return
  const host = hostOf(card)
  // The attribute as written (link.href would be the browser's normalised form).
  const src = host ? playerUrl(host, link.getAttribute('href') ?? '') : null
  if (!src) return
  event.preventDefault()
  // Not dom.ts's element(): see tabs.ts (a module shared with the search chunk becomes a chunk of its own).
  const iframe = document.createElement('iframe')
  iframe.src = src
  iframe.title = link.textContent?.trim() || text('video')
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
  document.querySelectorAll('.video-embed').forEach((card) => {
    card.classList.add('video-ready')
  })
  if (started) return
  started = true
  document.addEventListener('click', play)
}
