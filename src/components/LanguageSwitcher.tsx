import { graphql, withPrefix } from 'gatsby'
import type { LanguageLinkView } from '../shared/languages'
import { useMessages } from './messages'

/** What the switcher (and the head's `hreflang` links) read of a page: its versions in the handbook's languages. Spread by the templates' queries. */
export const languageLinks = graphql`
  fragment HandbookLanguageLinks on HandbookPage {
    languages {
      code
      label
      url
      current
      isDefault
      translated
    }
  }
`

/**
 * The header's language switcher (a handbook of two languages or more): a
 * list of links, each language named in itself and marked with its `lang`,
 * to the same page in that language (or its untranslated page), else to that
 * language's home; the page's own language is marked, not linked. Plain
 * links: it needs no script.
 */
export function LanguageSwitcher({ languages }: { languages: readonly LanguageLinkView[] }) {
  const messages = useMessages()
  if (languages.length < 2) return null
  return (
    <nav className="switch-language" aria-label={messages.text('languageSwitcher')} data-language-switcher>
      <ul>
        {languages.map((language) => (
          <li key={language.code}>
            {/* The page's own language is text, not a link to the page it is on. */}
            {language.current ? (
              <span className="switch-language-current" lang={language.code} aria-current="true">
                <LanguageName language={language} />
              </span>
            ) : (
              <a href={withPrefix(language.url)} lang={language.code} hrefLang={language.code}>
                <LanguageName language={language} />
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}

/** A language's name in itself; on phones its code, the name kept for screen readers. */
function LanguageName({ language }: { language: LanguageLinkView }) {
  return (
    <>
      <span className="switch-language-name">{language.label}</span>
      <span className="switch-language-code" aria-hidden="true">
        {language.code.toUpperCase()}
      </span>
    </>
  )
}
