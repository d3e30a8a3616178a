import { withPrefix } from 'gatsby'
import type { HeadView } from '../shared/page-view'
import { bannerHiddenCss, isFullUrl } from '../shared/site-chrome'
import { useSite } from './use-site'
import { pageSearchFolder } from '../shared/languages'

/** <title>, description, canonical URL, Open Graph and Twitter tags, the icon and the accent colour of a page, and the rule that hides a dismissed banner before the first paint. */
export function PageHead({ siteTitle, siteUrl, lang, title, description, url, image, stylesheets, noindex, languages = [] }: HeadView) {
  const { chrome } = useSite()
  const fullTitle = title ? `${title} · ${siteTitle}` : siteTitle
  const canonical = `${siteUrl}${withPrefix(url)}`
  const card = image ?? chrome.socialImage
  const cardUrl = card && (isFullUrl(card) ? card : `${siteUrl}${withPrefix(card)}`)
  const icon = isFullUrl(chrome.favicon.href) ? chrome.favicon.href : withPrefix(chrome.favicon.href)
  // The versions written in each language (an untranslated page is none), and the default language's for readers of any other.
  const versions = languages.filter((language) => language.translated)
  const fallbackVersion = versions.find((language) => language.isDefault)
  const searchFolder = pageSearchFolder(languages)
  return (
    <>
      {/* data-search-folder: the search files of the page's language (src/client/search/engine.ts). */}
      {searchFolder ? <html lang={lang} data-search-folder={searchFolder} /> : <html lang={lang} />}
      <title>{fullTitle}</title>
      <meta name="color-scheme" content="light dark" />
      {description && <meta name="description" content={description} />}
      {noindex && <meta name="robots" content="noindex" />}
      <link rel="canonical" href={canonical} />
      {versions.map((language) => (
        <link key={language.code} rel="alternate" hrefLang={language.code} href={`${siteUrl}${withPrefix(language.url)}`} />
      ))}
      {fallbackVersion && <link rel="alternate" hrefLang="x-default" href={`${siteUrl}${withPrefix(fallbackVersion.url)}`} />}
      <meta property="og:type" content="article" />
      <meta property="og:site_name" content={siteTitle} />
      <meta property="og:title" content={title ?? siteTitle} />
      {description && <meta property="og:description" content={description} />}
      <meta property="og:url" content={canonical} />
      {cardUrl && <meta property="og:image" content={cardUrl} />}
      <meta name="twitter:card" content={cardUrl ? 'summary_large_image' : 'summary'} />
      {cardUrl && <meta name="twitter:image" content={cardUrl} />}
      <link rel="icon" href={icon} type={chrome.favicon.type} />
      {/* What the page's content needs (KaTeX's stylesheet on a page with math), on that page only. */}
      {stylesheets?.map((href) => (
        <link key={href} rel="stylesheet" href={withPrefix(href)} />
      ))}
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: built from a parsed colour (src/content/features/brand/accent.ts), hex values only, nothing an editor wrote verbatim */}
      {chrome.accentCss && <style data-accent dangerouslySetInnerHTML={{ __html: chrome.accentCss }} />}
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the banner's id is letters, digits, - and _ (src/content/features/banner/settings.ts), checked again by bannerHiddenCss */}
      {chrome.banner && <style data-banner dangerouslySetInnerHTML={{ __html: bannerHiddenCss(chrome.banner.id) }} />}
    </>
  )
}
