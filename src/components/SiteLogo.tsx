import { Link, withPrefix } from 'gatsby'
import type { ChromeImage } from '../shared/site-chrome'

function Logo({ image, className }: { image: ChromeImage; className: string }) {
  // alt="": the title beside it names the link; the size attributes keep the header from moving while it loads.
  return <img className={className} src={withPrefix(image.src)} alt="" width={image.width} height={image.height} decoding="async" />
}

/** The site's title, linking home, with the company's logo (and its dark-theme logo) before it. */
export function SiteLogo({ siteTitle, logo, logoDark }: { siteTitle: string; logo?: ChromeImage | undefined; logoDark?: ChromeImage | undefined }) {
  return (
    <Link className={`site-title${logo ? ' has-logo' : ''}`} to="/">
      {logo && <Logo image={logo} className={logoDark ? 'site-logo logo-light' : 'site-logo'} />}
      {logo && logoDark && <Logo image={logoDark} className="site-logo logo-dark" />}
      <span className="site-title-text">{siteTitle}</span>
    </Link>
  )
}
