import { graphql, useStaticQuery } from 'gatsby'
import { parseChrome, type SiteChrome } from '../shared/site-chrome'

export interface SiteInfo {
  title: string
  description: string
  siteUrl: string
  lang: string
  /** Logo, header links, footer, accent colour and icon (src/shared/site-chrome.ts). */
  chrome: SiteChrome
}

/** Site settings, read once for the whole site (a static query, not per-page data). */
export function useSite(): SiteInfo {
  const data = useStaticQuery<Queries.SiteInfoQuery>(graphql`
    query SiteInfo {
      site {
        siteMetadata {
          title
          description
          siteUrl
          lang
          chrome
        }
      }
    }
  `)
  const meta = data.site?.siteMetadata
  if (!meta) throw new Error('siteMetadata is declared in gatsby-config.ts')
  return { title: meta.title, description: meta.description, siteUrl: meta.siteUrl, lang: meta.lang, chrome: parseChrome(meta.chrome) }
}
