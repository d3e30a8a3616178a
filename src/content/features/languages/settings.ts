/** The languages of a handbook written in several: `languages:` in handbook.yml. */
import { z } from 'zod'
import { line, setting, type FileCheck, type FileContext } from '../../setting-kinds/kinds'
import { SettingsError } from '../../setting-kinds/error'

/** A language tag as `lang` takes one: `ja`, `pt-BR`, `zh-Hant`. */
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/

/** One language of the handbook: its tag, the name readers know it by (in itself: 日本語), and whether it is the default. */
const language = z
  .object({
    /** The language tag, and the top-level folder of its pages (`ja/…`). */
    code: line(),
    /** The language's name in itself, as the switcher shows it: `English`, `日本語`. */
    label: line(),
    /** The language of the pages outside every language folder (else the first of the list). */
    default: z.boolean().optional(),
  })
  .strict()

/** A language as the settings hold it. */
export type LanguageSetting = z.output<typeof language>

const EXAMPLE = '[{ code: en, label: English }, { code: ja, label: 日本語 }]'

/** Which language of the list is wrong, and how (the reader's message at its line). */
function languageProblem(value: unknown, path: readonly (string | number)[]): string | undefined {
  if (typeof path[0] !== 'number' || !Array.isArray(value)) return undefined
  const which = `language ${path[0] + 1} of "languages"`
  const part = path[1] === undefined ? undefined : String(path[1])
  if (part === 'code' || part === 'label') return `${which} has no ${part} on one line: write e.g. ${part}: ${part === 'code' ? 'ja' : '日本語'}`
  if (part === 'default') return `${which}: "default" is true or false`
  const entry = value[path[0]] as unknown
  const unknown = part ?? (entry && typeof entry === 'object' ? Object.keys(entry).find((key) => !['code', 'label', 'default'].includes(key)) : undefined)
  if (unknown) return `${which}: "${unknown}" is not a field of a language, which has a code, a label and may say default: true. Write e.g. languages: ${EXAMPLE}`
  return `${which} must be a code and a label, e.g. { code: ja, label: 日本語 }`
}

/** The first mistake of a list of languages (at the language it is in), or undefined: codes that are no language tag, a code twice, two defaults, a code the site's own addresses take. */
export function languagesProblem(languages: readonly LanguageSetting[], reserved: ReadonlyMap<string, string> = new Map()): { index: number; field: 'code' | 'default'; message: string } | undefined {
  const seen = new Map<string, number>()
  let firstDefault: number | undefined
  for (const [index, entry] of languages.entries()) {
    const which = `language ${index + 1} of "languages"`
    if (!LANGUAGE_TAG.test(entry.code)) return { index, field: 'code', message: `${which}: code "${entry.code}" is not a language tag. Write a tag such as en, ja, de or pt-BR` }
    const key = entry.code.toLowerCase()
    const earlier = seen.get(key)
    if (earlier !== undefined) return { index, field: 'code', message: `${which}: code "${entry.code}" is also language ${earlier + 1}: each language is listed once. Remove one of them` }
    seen.set(key, index)
    const taken = reserved.get(`/${entry.code}`)
    if (taken) return { index, field: 'code', message: `${which}: its pages would be under /${entry.code}, which is ${taken}. Move that page or use another code` }
    if (entry.default) {
      if (firstDefault !== undefined)
        return { index, field: 'default', message: `${which} says default: true, and so does language ${firstDefault + 1}: one language is the default. Remove one "default: true"` }
      firstDefault = index
    }
  }
  return undefined
}

function checkInFile(languages: LanguageSetting[], context: FileContext): FileCheck | undefined {
  const problem = languagesProblem(languages, context.reserved)
  if (!problem) return undefined
  return { value: undefined, finding: { severity: 'error', code: 'settings-languages', message: problem.message, at: [problem.index, problem.field] } }
}

export const languagesSettings = z.object({
  /**
   * The languages of a handbook written in several, each `{ code, label, default? }`: pages in a
   * top-level folder named by a language's code (`ja/…`) are that language's, the others the
   * default language's (the first, unless one says `default: true`). Empty: one language, `lang`.
   */
  languages: setting(z.array(language), {
    expected: 'a list of languages, each a code and a label',
    example: EXAMPLE,
    wrongForm: languageProblem,
    checkInFile,
    resolve(languages, context) {
      const problem = languagesProblem(languages, context.reserved)
      if (problem) throw new SettingsError(`languages in handbook.config.ts: ${problem.message}`)
      return languages
    },
  }).default([]),
})
