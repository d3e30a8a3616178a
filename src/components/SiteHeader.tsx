import { Icon } from './Icon'
import { SearchField } from './SearchField'
import { SiteLogo } from './SiteLogo'
import { HeaderLinks } from './HeaderLinks'
import type { SiteChrome } from '../shared/site-chrome'
import { useMessages } from './messages'
import { pageSearchUrl, type LanguageLinkView } from '../shared/languages'
import { LanguageSwitcher } from './LanguageSwitcher'

/**
 * Top bar: menu button (phones), logo and site title, the company's links,
 * the search slot and the theme toggle. Without a sidebar the menu button is
 * there only for the header links, on phones where they do not fit. A
 * handbook in several languages has its switcher before the search.
 */
export function SiteHeader({ siteTitle, hasSidebar, isHome, chrome, languages = [] }: { siteTitle: string; hasSidebar: boolean; isHome: boolean; chrome: SiteChrome; languages?: readonly LanguageLinkView[] }) {
  const hasLinks = chrome.headerLinks.length > 0
  const messages = useMessages()
  return (
    <header className="site-header">
      {(hasSidebar || hasLinks) && (
        <button type="button" className={`icon-button menu-button${hasSidebar ? '' : ' links-only'}`} aria-controls="site-sidebar" aria-expanded="false" data-menu-button>
          <Icon name="menu" className="when-closed" />
          <Icon name="close" className="when-open" />
          <span className="sr-only">{messages.text('menu')}</span>
        </button>
      )}
      {/* One box for title and links: on phones the links are hidden, and the header's visible children stay what they were. */}
      <div className="site-brand">
        <SiteLogo siteTitle={siteTitle} logo={chrome.logo} logoDark={chrome.logoDark} isHome={isHome} />
        <HeaderLinks links={chrome.headerLinks} className="header-links" label={messages.text('companyLinks')} />
      </div>
      <LanguageSwitcher languages={languages} />
      <SearchField action={pageSearchUrl(languages)} />
      <button type="button" className="icon-button theme-toggle" data-theme-toggle aria-label={messages.text('darkTheme')} aria-pressed="false">
        <Icon name="moon" className="when-light" />
        <Icon name="sun" className="when-dark" />
      </button>
    </header>
  )
}
