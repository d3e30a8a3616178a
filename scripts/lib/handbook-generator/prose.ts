/** Sentences and paragraphs: templates from the vocabulary, filled in for a page. */
import { WORDS } from './words'
import { capitalize, fixArticles, humanize } from './text'
import type { PagePlan } from './pages'
import type { Writer } from './writer'

/** A template with its `{slots}` filled for the page; with `markup`, some words are set in bold or italics. */
export function fill(template: string, writer: Writer, page: PagePlan, markup: boolean): string {
  const { random } = writer
  const decorate = (value: string): string => {
    if (!markup || !random.chance(0.12)) return value
    return random.chance(0.5) ? `**${value}**` : `*${value}*`
  }
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    switch (slot) {
      case 'role':
        return decorate(random.pick(WORDS.roles))
      case 'topic':
        return decorate(humanize(random.chance(0.6) ? page.topic : random.pick(page.folder.section.topics)))
      case 'Topic':
        return capitalize(humanize(page.topic))
      case 'Team':
        return page.folder.section.title
      case 'adj':
        return decorate(random.pick(WORDS.adjectives))
      case 'time':
        return random.pick(WORDS.times)
      case 'tool':
        return decorate(random.pick(WORDS.tools))
      case 'channel':
        return markup ? `\`${random.pick(WORDS.channels)}\`` : random.pick(WORDS.channels)
      case 'noun':
        return decorate(random.pick(WORDS.nouns))
      case 'verb':
        return random.pick(WORDS.verbs)
      default:
        return slot
    }
  })
}

/** One sentence; `avoid` holds templates already used in the paragraph, so none repeats. */
export function sentence(writer: Writer, page: PagePlan, markup = true, avoid?: Set<string>): string {
  const pool = page.ja ? WORDS.japanese.sentences : WORDS.sentences
  let template = writer.random.pick(pool)
  for (let i = 0; avoid?.has(template) && i < 5; i++) template = writer.random.pick(pool)
  avoid?.add(template)
  return capitalize(fixArticles(fill(template, writer, page, markup)))
}

export function paragraph(writer: Writer, page: PagePlan, min = 3, max = 6): string {
  const count = writer.random.int(min, max)
  const used = new Set<string>()
  const parts: string[] = []
  for (let i = 0; i < count; i++) parts.push(sentence(writer, page, true, used))
  return parts.join(page.ja ? '' : ' ')
}
