/**
 * The glossary wing: glossary.yml's terms and acronyms, each defined once;
 * a /glossary page with an anchor per term (in search); on every `.md` and
 * `.mdx` page, the first use of each term marked with its definition as an
 * accessible tooltip, linking to its entry (`glossary: false` in a page's
 * frontmatter leaves the page as it is).
 */
import type { Feature } from '../feature'
import { GLOSSARY_URL, GLOSSARY_URL_OWNER } from './file'
import { rehypeGlossary } from './mark-terms'
import { glossaryPage } from './page'
import { messagesFor } from '../../../shared/i18n'

export const glossaryWing: Feature = {
  name: 'glossary',
  // Only with a glossary: without one, a handbook's own page may be at /glossary.
  reservedUrls: ({ glossary }) => (glossary.entries.length ? [[GLOSSARY_URL, GLOSSARY_URL_OWNER] as const] : []),
  pages: ({ glossary, settings }) => {
    const page = glossaryPage(glossary, messagesFor(settings.lang, settings.messages))
    return page ? [page] : []
  },
  // After math and diagrams: their drawings are there to be left alone.
  markdown: { rehype: [rehypeGlossary] },
}
