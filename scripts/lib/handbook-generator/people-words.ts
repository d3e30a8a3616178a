/**
 * The vocabulary of generated people and teams, kept as data in people.json
 * (names from many languages, places with their time zones, departments with
 * their roles, team areas, bio and description templates), checked against
 * the schema below when loaded so a slip in the data fails loudly. As with
 * words.json, the order of every list is part of the output: the same seed
 * picks the same items only while the lists stay as they are.
 */
import { z } from 'zod'
import { loadVocabulary } from './vocabulary'

const strings = z.array(z.string()).nonempty().readonly()

const peopleWordsSchema = z
  .object({
    /** The generated company's name, as in the generated handbook's title. */
    company: z.string(),
    givenNames: strings,
    familyNames: strings,
    places: z
      .array(z.object({ location: z.string(), timezone: z.string() }).strict())
      .nonempty()
      .readonly(),
    /** One per direct report of the CEO, in order; at most 10 (the CEO's largest span). */
    departments: z
      .array(z.object({ name: z.string(), roles: strings, github: z.number().min(0).max(1) }).strict())
      .min(10)
      .readonly(),
    /** What sub-teams are named after. */
    areas: strings,
    /** `{company}`, `{year}`, `{area}`, `{team}`, `{noun}`, `{city}`, `{slug}`, `{channel}`, `{title}`, `{href}` are filled in. */
    bios: strings,
    /** `{area}`, `{dept}`, `{name}`, `{noun}`, `{noun2}`, `{channel}` are filled in. */
    teamDescriptions: strings,
    linkLabels: strings,
    pronouns: strings,
    /** Prefixes of an individual contributor's role; "" for none. */
    seniority: strings,
  })
  .strict()

export type PeopleWords = z.infer<typeof peopleWordsSchema>

export const PEOPLE_WORDS: PeopleWords = loadVocabulary('people.json', peopleWordsSchema)
