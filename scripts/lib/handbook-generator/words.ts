/**
 * The generator's vocabulary, kept as data in words.json (section and folder
 * names, titles, headings, sentence templates, English and Japanese) so the
 * code holds only how pages are put together. Read once, when this module is
 * loaded, and checked against the schema below so a slip in the data fails
 * loudly instead of producing odd pages. The order of every list matters:
 * the same seed picks the same items only while the lists stay as they are.
 */
import { z } from 'zod'
import { loadVocabulary } from './vocabulary'

const strings = z.array(z.string()).nonempty().readonly()

const sectionSchema = z.object({
  name: z.string(),
  title: z.string(),
  /** Names of team folders (second level). */
  teams: strings,
  /** Topics, kebab-case: file names and prose are made of them. */
  topics: strings,
})

const wordsSchema = z
  .object({
    /** Top-level sections, in the order they are created. */
    sections: z.array(sectionSchema).nonempty().readonly(),
    /** Third-level folder names, reused under every team. */
    topicFolders: strings,
    docTypes: strings,
    titleQualifiers: strings,
    /** Folder names (spaced) whose title is not just the capitalized name. */
    folderTitles: z.record(z.string()),
    /** Words written in capitals in a Title Case file name. */
    acronyms: strings,
    roles: strings,
    tools: strings,
    channels: strings,
    times: strings,
    adjectives: strings,
    nouns: strings,
    verbs: strings,
    headingVerbs: strings,
    genericHeadings: strings,
    subHeadings: strings,
    /** Templates: `{role}`, `{topic}`, `{Team}`, `{adj}`, `{time}`, `{tool}`, `{channel}`, `{noun}`, `{verb}` are filled in. */
    sentences: strings,
    /** Steps of an ordered list, in order; a list takes a run of them. */
    steps: strings,
    /** Templates with `{text}` and `{href}`. */
    linkSentences: strings,
    /** Templates with `{text}`, `{href}` (with its #anchor) and `{title}`. */
    anchorSentences: strings,
    /** `{slug}` in the address becomes the page's topic. */
    externalLinks: z
      .array(z.object({ text: z.string(), href: z.string() }))
      .nonempty()
      .readonly(),
    japanese: z
      .object({
        /** File name and title of a Japanese page. */
        topics: z
          .array(z.object({ name: z.string(), title: z.string() }))
          .nonempty()
          .readonly(),
        folders: strings,
        headings: strings,
        sentences: strings,
        steps: strings,
        linkSentences: strings,
      })
      .strict(),
  })
  .strict()

export type SectionVocab = z.infer<typeof sectionSchema>
export type Words = z.infer<typeof wordsSchema>

export const WORDS: Words = loadVocabulary('words.json', wordsSchema)
