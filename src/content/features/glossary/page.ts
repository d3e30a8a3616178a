/**
 * The glossary page (`/glossary`), made from glossary.yml: every entry in
 * the alphabetical order of the handbook's language, its term with an anchor
 * (`/glossary#pto`, the id the marked terms link to), its other words, its
 * definition and its link. In search, one result per entry.
 */
import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import { toString as hastToString } from 'hast-util-to-string'
import type { GeneratedPage } from '../generated-page'
import { GLOSSARY_FILE, GLOSSARY_URL } from './file'
import type { Glossary, GlossaryEntry } from './types'
import type { Messages } from '../../../shared/i18n'

function entryNodes(entry: GlossaryEntry, messages: Messages): ElementContent[] {
  const more: ElementContent[] = []
  if (entry.aliases.length) more.push(h('p', { className: ['glossary-aliases'] }, [messages.text('glossaryAlso', { aliases: entry.aliases.join(', ') })]))
  if (entry.link) more.push(h('p', { className: ['glossary-link'] }, [h('a', { href: entry.link }, messages.text('glossaryReadMore', { term: entry.term }))]))
  return [h('dt', { id: entry.id }, entry.term), h('dd', [...structuredClone(entry.definition), ...more])]
}

/** The page in the handbook's language (`messages`), or none without entries. */
export function glossaryPage(glossary: Glossary, messages: Messages): GeneratedPage | undefined {
  if (glossary.entries.length === 0) return undefined
  const collator = new Intl.Collator(messages.lang, { sensitivity: 'base', numeric: true })
  const entries = [...glossary.entries].sort((a, b) => collator.compare(a.term, b.term))
  const terms = messages.text('glossaryTerms', { count: entries.length })
  return {
    kind: 'glossary',
    url: GLOSSARY_URL,
    title: messages.text('glossaryTitle'),
    description: messages.text('glossaryDescription', { terms }),
    dataFile: glossary.file ?? GLOSSARY_FILE,
    body: {
      type: 'root',
      children: [
        h('p', { className: ['glossary-intro'] }, messages.text('glossaryIntro', { terms })),
        h(
          'dl',
          { className: ['glossary'] },
          entries.flatMap((entry) => entryNodes(entry, messages)),
        ),
      ],
    },
    toc: [],
    anchors: entries.map((entry) => entry.id),
    sections: [
      { anchor: '', heading: '', depth: 0, text: messages.text('glossaryDescription', { terms }), code: '' },
      ...entries.map((entry) => ({
        anchor: entry.id,
        heading: entry.term,
        depth: 2,
        text: [entry.aliases.join(', '), hastToString({ type: 'root', children: entry.definition })].filter(Boolean).join('. '),
        code: '',
      })),
    ],
    files: [],
  }
}
