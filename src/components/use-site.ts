import { graphql, useStaticQuery } from 'gatsby'

export interface SiteInfo {
  title: string
  description: string
  siteUrl: string
  lang: string
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
        }
      }
    }
  `)
  const meta = data.site?.siteMetadata
  if (!meta) throw new Error('siteMetadata is declared in gatsby-config.ts')
  return meta
}
