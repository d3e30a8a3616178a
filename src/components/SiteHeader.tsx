import React from 'react'
import { Link } from 'gatsby'
import { Icon } from './Icon'
import { SearchField } from './SearchField'

/** Top bar: menu button (phones), site title, the search slot and the theme toggle. */
export function SiteHeader({ siteTitle, hasSidebar }: { siteTitle: string; hasSidebar: boolean }) {
  return (
    <header className="site-header">
      {hasSidebar && (
        <button type="button" className="icon-button menu-button" aria-controls="site-sidebar" aria-expanded="false" data-menu-button>
          <Icon name="menu" className="when-closed" />
          <Icon name="close" className="when-open" />
          <span className="sr-only">Menu</span>
        </button>
      )}
      <Link className="site-title" to="/">
        {siteTitle}
      </Link>
      <SearchField />
      <button type="button" className="icon-button theme-toggle" data-theme-toggle aria-label="Dark theme" aria-pressed="false">
        <Icon name="moon" className="when-light" />
        <Icon name="sun" className="when-dark" />
      </button>
    </header>
  )
}
