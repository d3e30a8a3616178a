import { withPrefix } from 'gatsby'
import { Icon } from './Icon'
import { useMessages } from './messages'

/**
 * The header's search field. Without JavaScript it is a plain form that opens
 * the results page; with it, src/client/search-trigger.ts makes the input a
 * combobox and loads search on first use, filling the panel below it.
 * `action`: the results page of the page's language (`/search`, `/ja/search`).
 */
export function SearchField({ action }: { action: string }) {
  const messages = useMessages()
  return (
    <div className="header-search" data-search-slot data-search>
      {/* biome-ignore lint/a11y/useSemanticElements: a form with role="search" is the search landmark; <search> (2023) would change the published markup */}
      <form className="search-form" action={withPrefix(action)} method="get" role="search" aria-label={messages.text('searchLandmark')}>
        <label htmlFor="search-input" className="sr-only">
          {messages.text('searchTheHandbook')}
        </label>
        <Icon name="search" className="search-icon" />
        <input
          id="search-input"
          className="search-input"
          type="search"
          name="q"
          placeholder={messages.text('search')}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          enterKeyHint="search"
          aria-controls="search-listbox"
          data-search-input=""
        />
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: a <kbd> takes no focus; the "/" hint is for sighted keyboard users only */}
        <kbd className="search-shortcut" aria-hidden="true">
          /
        </kbd>
      </form>
      <div className="search-panel" data-search-panel hidden>
        <p className="search-status" data-search-status hidden />
        <div className="search-listbox" id="search-listbox" role="listbox" aria-label={messages.text('searchResults')} hidden />
      </div>
      <p className="sr-only" role="status" aria-live="polite" data-search-announcer />
    </div>
  )
}
