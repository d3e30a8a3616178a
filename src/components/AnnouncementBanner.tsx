import { Icon } from './Icon'
import type { BannerChrome } from '../shared/site-chrome'
import { useMessages } from './messages'

/**
 * handbook.yml's `banner`, above the header of every page (src/content/features/banner/). Dismissed by
 * src/client/banner.ts; a dismissed id is hidden before the first paint by the head's script and style
 * (src/client/theme-init.ts, PageHead). Without JavaScript it is shown and the button is hidden.
 * A section with a name: a region landmark screen readers list.
 */
export function AnnouncementBanner({ banner }: { banner: BannerChrome | undefined }) {
  const messages = useMessages()
  if (!banner) return null
  return (
    // biome-ignore lint/a11y/noRedundantRoles: the role said, not implied by the name, so every tool that looks for landmarks by role (axe's and ours) finds it
    <section className="announcement-banner" role="region" aria-label={messages.text('announcement')} data-banner-id={banner.id}>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: Markdown rendered and sanitized at build time like the footer (src/content/features/banner/chrome.ts) */}
      <div className="announcement-banner-text" dangerouslySetInnerHTML={{ __html: banner.html }} />
      <button type="button" className="announcement-banner-dismiss" data-banner-dismiss aria-label={messages.text('dismissAnnouncement')}>
        <Icon name="close" />
      </button>
    </section>
  )
}
