/** The banner as every page shows it: its text rendered and sanitized like the footer, and whether it is still shown on the build's day. */
import type { HandbookSettings } from '../../settings'
import type { BannerChrome } from '../../../shared/site-chrome'
import { fragmentHtml } from '../../markdown/fragment'

/** Shown through its `until` day (YYYY-MM-DD strings compare as dates); always without one. */
export function bannerShown(until: string | undefined, today: string): boolean {
  return until === undefined || today <= until
}

/** The banner the pages show; undefined without one, or once its `until` day has passed on the build's `today`. */
export function bannerChrome(settings: Pick<HandbookSettings, 'banner' | 'pathPrefix' | 'today'>): BannerChrome | undefined {
  const { banner } = settings
  if (!banner || !bannerShown(banner.until, settings.today)) return undefined
  return { id: banner.id, html: fragmentHtml(banner.text, settings.pathPrefix) }
}
