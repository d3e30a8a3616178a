import type { ReactNode } from 'react'
import '../styles/index'
import { SiteHeader } from './SiteHeader'
import { SiteFooter } from './SiteFooter'
import { Sidebar } from './Sidebar'
import { TableOfContents } from './TableOfContents'
import { HeaderLinks } from './HeaderLinks'
import { AnnouncementBanner } from './AnnouncementBanner'
import { useSite } from './use-site'
import type { SidebarView, TocItem } from '../shared/page-view'
import { CLIENT_MESSAGES_ID, clientMessagesJson, messagesFor } from '../shared/i18n'
import { MessagesProvider } from './messages'
import type { LanguageLinkView } from '../shared/languages'

export interface LayoutProps {
  siteTitle: string
  /** The page's language (its view's, from pageLanguage): the interface's words are in it. */
  lang: string
  sidebar?: SidebarView | undefined
  toc?: readonly TocItem[]
  /** The home page: its link in the header is to the page it is on. */
  isHome?: boolean
  /** The page in each of the handbook's languages: the header's switcher (none with one language). */
  languages?: readonly LanguageLinkView[] | undefined
  children: ReactNode
}

/**
 * The frame of every page: skip link, announcement banner, header, sidebar,
 * content, table of contents, footer; the interface's words in the page's
 * language, and the few the browser scripts use, as a small JSON script.
 */
export function Layout({ siteTitle, lang, sidebar, toc, isHome = false, languages, children }: LayoutProps) {
  const { chrome } = useSite()
  const messages = messagesFor(lang, chrome.messages)
  const showToc = toc !== undefined && toc.length >= 2
  const modifiers = [sidebar ? 'has-sidebar' : 'no-sidebar', showToc ? 'has-toc' : 'no-toc'].join(' ')
  // On phones the header links move into the drawer: the sidebar's, or one of their own on a page without a sidebar.
  const drawerLinks = <HeaderLinks links={chrome.headerLinks} className="drawer-links" label={messages.text('companyLinks')} />
  return (
    <MessagesProvider messages={messages}>
      <a className="skip-link" href="#main">
        {messages.text('skipToContent')}
      </a>
      <AnnouncementBanner banner={chrome.banner} />
      <SiteHeader siteTitle={siteTitle} hasSidebar={sidebar !== undefined} isHome={isHome} chrome={chrome} languages={languages ?? []} />
      <div className={`page-grid ${modifiers}`}>
        {sidebar && <Sidebar {...sidebar}>{drawerLinks}</Sidebar>}
        {!sidebar && chrome.headerLinks.length > 0 && (
          <div id="site-sidebar" className="sidebar links-only" data-sidebar>
            <div className="sidebar-scroll">{drawerLinks}</div>
          </div>
        )}
        <main id="main" className="main" tabIndex={-1}>
          {children}
        </main>
        {showToc && <TableOfContents items={toc} />}
      </div>
      <SiteFooter html={chrome.footerHtml} />
      <div className="drawer-backdrop" data-drawer-backdrop hidden />
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: JSON of the catalogue's (and handbook.yml's) messages, `<` escaped so it cannot close the element (src/shared/i18n/client-messages.ts) */}
      <script type="application/json" id={CLIENT_MESSAGES_ID} dangerouslySetInnerHTML={{ __html: clientMessagesJson(messages) }} />
    </MessagesProvider>
  )
}
