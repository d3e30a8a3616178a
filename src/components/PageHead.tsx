import React from 'react'
import { withPrefix } from 'gatsby'
import type { HeadView } from '../shared/page-view'

/** <title>, description, canonical URL and Open Graph tags of a page. */
export function PageHead({ siteTitle, siteUrl, lang, title, description, url }: HeadView) {
  const fullTitle = title ? `${title} · ${siteTitle}` : siteTitle
  const canonical = `${siteUrl}${withPrefix(url)}`
  return (
    <>
      <html lang={lang} />
      <title>{fullTitle}</title>
      <meta name="color-scheme" content="light dark" />
      {description && <meta name="description" content={description} />}
      <link rel="canonical" href={canonical} />
      <meta property="og:type" content="article" />
      <meta property="og:site_name" content={siteTitle} />
      <meta property="og:title" content={title ?? siteTitle} />
      {description && <meta property="og:description" content={description} />}
      <meta property="og:url" content={canonical} />
      <link rel="icon" href={withPrefix('/favicon.svg')} type="image/svg+xml" />
    </>
  )
}
