/**
 * Click-to-load videos: the player's address for a video card's link. The
 * link is the one the build writes (blocks-13: `https://www.youtube.com/watch?v={id}`,
 * `https://vimeo.com/{id}`; youtu.be short links too); the id must match the
 * host's id pattern, so nothing else a page could put in the link ever
 * reaches an iframe. Pure (no DOM, no URL): shared by src/client/video.ts and its tests.
 */

export type VideoHost = 'youtube' | 'vimeo'

const LINKS: Record<VideoHost, readonly RegExp[]> = {
  youtube: [/^https:\/\/(?:www\.|m\.)?youtube\.com\/watch\?v=([A-Za-z0-9_-]{6,15})(?:&[^#]*)?$/, /^https:\/\/youtu\.be\/([A-Za-z0-9_-]{6,15})(?:\?[^#]*)?$/],
  vimeo: [/^https:\/\/(?:www\.)?vimeo\.com\/(\d{1,15})\/?(?:#t=\d+s)?$/],
}

const PLAYERS: Record<VideoHost, (id: string, start: number | undefined) => string> = {
  youtube: (id, start) => `https://www.youtube-nocookie.com/embed/${id}?autoplay=1${start ? `&start=${start}` : ''}`,
  vimeo: (id, start) => `https://player.vimeo.com/video/${id}?autoplay=1${start ? `#t=${start}s` : ''}`,
}

/** The start time the link keeps (`&t=431s` on YouTube, `#t=431s` on Vimeo, as the build writes them), in seconds. */
function startOf(href: string): number | undefined {
  const seconds = /[?&#]t=(\d{1,6})s?(?:&|$)/.exec(href)?.[1]
  return seconds ? Number(seconds) : undefined
}

/** The player's address, or null when the link is not a valid link to a video of that host. */
export function playerUrl(host: VideoHost, href: string): string | null {
  for (const pattern of LINKS[host]) {
    const id = pattern.exec(href)?.[1]
    if (id) return PLAYERS[host](id, startOf(href))
  }
  return null
}
