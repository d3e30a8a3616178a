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

function entryNodes(entry: GlossaryEntry): ElementContent[] {
  const more: ElementContent[] = []
  if (entry.aliases.length) more.push(h('p', { className: ['glossary-aliases'] }, [`Also: ${entry.aliases.join(', ')}`]))
  if (entry.link) more.push(h('p', { className: ['glossary-link'] }, [h('a', { href: entry.link }, `Read more about ${entry.term}`)]))
  return [h('dt', { id: entry.id }, entry.term), h('dd', [...structuredClone(entry.definition), ...more])]
}

/** The page, or none without entries. */
export function glossaryPage(glossary: Glossary, lang: string): GeneratedPage | undefined {
  if (glossary.entries.length === 0) return undefined
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true })
  const entries = [...glossary.entries].sort((a, b) => collator.compare(a.term, b.term))
  const count = `${entries.length} term${entries.length === 1 ? '' : 's'}`
  return {
    kind: 'glossary',
    url: GLOSSARY_URL,
    title: 'Glossary',
    description: `The handbook's own words and acronyms, explained (${count}).`,
    dataFile: glossary.file ?? GLOSSARY_FILE,
    body: {
      type: 'root',
      children: [
        h('p', { className: ['glossary-intro'] }, `The handbook's own words and acronyms (${count}). On the handbook's pages, the first use of each is marked: point at it or focus it for its definition.`),
        h('dl', { className: ['glossary'] }, entries.flatMap(entryNodes)),
      ],
    },
    toc: [],
    anchors: entries.map((entry) => entry.id),
    sections: [
      { anchor: '', heading: '', depth: 0, text: `The handbook's own words and acronyms (${count}).`, code: '' },
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
