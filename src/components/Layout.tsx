import React, { type ReactNode } from 'react'
import '../styles/index'
import { SiteHeader } from './SiteHeader'
import { Sidebar } from './Sidebar'
import { TableOfContents } from './TableOfContents'
import type { SidebarView, TocItem } from '../shared/page-view'

export interface LayoutProps {
  siteTitle: string
  sidebar?: SidebarView | undefined
  toc?: readonly TocItem[]
  children: ReactNode
}

/** The frame of every page: skip link, header, sidebar, content, table of contents. */
export function Layout({ siteTitle, sidebar, toc, children }: LayoutProps) {
  const showToc = toc !== undefined && toc.length >= 2
  const modifiers = [sidebar ? 'has-sidebar' : 'no-sidebar', showToc ? 'has-toc' : 'no-toc'].join(' ')
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <SiteHeader siteTitle={siteTitle} hasSidebar={sidebar !== undefined} />
      <div className={`page-grid ${modifiers}`}>
        {sidebar && <Sidebar {...sidebar} />}
        <main id="main" className="main" tabIndex={-1}>
          {children}
        </main>
        {showToc && <TableOfContents items={toc} />}
      </div>
      <div className="drawer-backdrop" data-drawer-backdrop hidden />
    </>
  )
}
