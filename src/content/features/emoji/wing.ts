/**
 * The emoji wing: shortcodes such as `:tada:` or `:white_check_mark:` drawn
 * as the emoji, as GitHub and GitLab draw them where editors read and review
 * a handbook's Markdown, and as Jekyll's jemoji and MkDocs' pymdownx.emoji
 * did on the old site (a page marking internal links `:lock:`): gemoji's
 * names (remark-emoji.ts), in text only; never in code, an address, or a
 * word that is no emoji's name (`10:30:00`, `:custom:`), which stay as
 * written.
 */
import type { Feature } from '../feature'
import { remarkEmoji } from './remark-emoji'

export const emojiWing: Feature = {
  name: 'emoji',
  markdown: { remark: [remarkEmoji] },
}
