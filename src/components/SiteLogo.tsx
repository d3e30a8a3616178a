import { Link, withPrefix } from 'gatsby'
import type { ChromeImage } from '../shared/site-chrome'

function Logo({ image, className }: { image: ChromeImage; className: string }) {
  // alt="": the title beside it names the link; the size attributes keep the header from moving while it loads.
  return <img className={className} src={withPrefix(image.src)} alt="" width={image.width} height={image.height} decoding="async" />
}

/**
 * The site's title, linking home, with the company's logo (and its
 * dark-theme logo) before it. On the home page the link says it is the
 * current page, as the sidebar's current item does. A long title is cut
 * with an ellipsis (CSS), so the link carries it whole in `title`.
 */
export function SiteLogo({ siteTitle, logo, logoDark, isHome }: { siteTitle: string; logo?: ChromeImage | undefined; logoDark?: ChromeImage | undefined; isHome?: boolean }) {
  return (
    <Link className={`site-title${logo ? ' has-logo' : ''}`} to="/" title={siteTitle} aria-current={isHome ? 'page' : undefined}>
      {logo && <Logo image={logo} className={logoDark ? 'site-logo logo-light' : 'site-logo'} />}
      {logo && logoDark && <Logo image={logoDark} className="site-logo logo-dark" />}
      <span className="site-title-text">{siteTitle}</span>
    </Link>
  )
}
