import { withPrefix } from 'gatsby'
import type { LanguageLinkView } from '../shared/languages'
import { languageMessages } from '../shared/language-messages'

/**
 * The header's language switcher (a handbook of two languages or more): a
 * list of links, each language named in itself and marked with its `lang`,
 * to the same page in that language (or its untranslated page), else to that
 * language's home. Plain links: it needs no script.
 */
export function LanguageSwitcher({ languages }: { languages: readonly LanguageLinkView[] }) {
  if (languages.length < 2) return null
  const current = languages.find((language) => language.current)
  return (
    <nav className="switch-language" aria-label={languageMessages(current?.code ?? 'en').switcher} data-switch-language>
      <ul>
        {languages.map((language) => (
          <li key={language.code}>
            <a href={withPrefix(language.url)} lang={language.code} hrefLang={language.code} {...(language.current ? { 'aria-current': 'true' as const } : {})}>
              <span className="switch-language-name">{language.label}</span>
              <span className="switch-language-code" aria-hidden="true">
                {language.code.toUpperCase()}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
