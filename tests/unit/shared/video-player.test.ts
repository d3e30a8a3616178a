/** Click-to-load video: only a well-formed link to the host's watch page becomes a player address. */
import { describe, expect, it } from 'vitest'
import { playerUrl } from '../../../src/shared/video-player'

const youtube = 'youtube'
const vimeo = 'vimeo'

describe('playerUrl', () => {
  it('YouTube watch links play from youtube-nocookie.com', () => {
    expect(playerUrl(youtube, 'https://www.youtube.com/watch?v=dQw4w9WgXcQ')).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1')
    expect(playerUrl(youtube, 'https://youtu.be/dQw4w9WgXcQ')).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1')
  })

  it('Vimeo links play from player.vimeo.com', () => {
    expect(playerUrl(vimeo, 'https://vimeo.com/76979871')).toBe('https://player.vimeo.com/video/76979871?autoplay=1')
  })

  it('anything else stays a plain link', () => {
    for (const href of [
      'https://www.youtube.com/watch?v=abc', // too short
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ%22%3E', // not an id
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ/../x',
      'http://www.youtube.com/watch?v=dQw4w9WgXcQ', // not https
      'https://evil.example/watch?v=dQw4w9WgXcQ',
      'https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ',
      'javascript:alert(1)',
      'not a url',
    ])
      expect(playerUrl(youtube, href), href).toBeNull()
    expect(playerUrl(vimeo, 'https://vimeo.com/channels/staffpicks')).toBeNull()
    expect(playerUrl(vimeo, 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'), 'a YouTube link in a Vimeo card').toBeNull()
    expect(playerUrl(vimeo, 'https://vimeo.com/76979871?x=%22'), 'anything after a Vimeo id').toBeNull()
  })
})

describe('playerUrl and the start time', () => {
  it('plays from the start time the link keeps', () => {
    expect(playerUrl('youtube', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=431s')).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&start=431')
    expect(playerUrl('vimeo', 'https://vimeo.com/76979871#t=12s')).toBe('https://player.vimeo.com/video/76979871?autoplay=1#t=12s')
  })
})
