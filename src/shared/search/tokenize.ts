/**
 * Words of any language as search terms. Shared by the index build and the
 * reader's browser, so a query is cut exactly like the text it looks for.
 *
 * - Latin, Greek, Cyrillic and other spaced scripts: words, lower-cased,
 *   accents folded (café = cafe, Zürich = zurich), a light English plural
 *   stemmer (policies = policy, expenses = expense), common English words
 *   left out, hyphenated words also joined (on-call → oncall).
 * - Chinese and Japanese (Han, Hiragana, Katakana), written without spaces:
 *   overlapping pairs of characters (東京オフィス → 東京 京オ オフ フィ ィス),
 *   plus the last character of each run, so any character or pair starts a term.
 * - Numbers joined by ":" or "/" stay one term: "1:1", "24/7".
 * - Korean is spaced: its words are terms like Latin ones.
 *
 * Pure and dependency-free: this file is bundled into the search chunk.
 */

/** Characters of the scripts written without spaces between words. */
const CJK_CHAR = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]/u
/** A run of letters and digits (with their combining marks), in any script. */
const WORD_RUN = /\p{N}+(?:[:/]\p{N}+)+|[\p{L}\p{N}\p{M}]+(?:[-'’][\p{L}\p{N}\p{M}]+)*/gu
/**
 * Numbers joined by ":" or "/" are one term, punctuation kept: "1:1"
 * (a one-on-one), "24/7", "10:30". Apart, their digits would match any number.
 */
const NUMBER_PAIR = /^\p{N}+(?:[:/]\p{N}+)+$/u
const CJK_SPLIT = /([\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]+)/u
const MARKS = /\p{M}+/gu
const HANGUL = /\p{scx=Hangul}/u
/**
 * Text of ASCII characters only: unchanged by NFKC and NFD, with no marks, no
 * letters to fold and no CJK, so lower-casing is all its folding. Most words
 * of most handbooks: the two normalizations were a third of the index build.
 */
const ASCII = /^[\x00-\x7f]*$/

/** Letters that Unicode decomposition leaves alone but readers type without the accent. */
// biome-ignore format: a list laid out by hand, several to a line
const LETTER_FOLDS: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ı: 'i', ħ: 'h',
}
const FOLDABLE = /[ßæœøđðłþıħ]/g

/** Frequent English words that say nothing on their own; never indexed. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be but by for from has have if in into is it its of on or so than that the their them then there ' + 'these they this to was we were will with you your our us can do does not no yes'
  ).split(' '),
)

/**
 * Words of a question ("how do I request time off") that say what is asked,
 * not about what: indexed (a title may be "How we work"), but in a query
 * they only add, like common words, so the question is matched on its
 * content words.
 */
export const QUESTION_WORDS: ReadonlySet<string> = new Set('how what who whom whose where why when which me my mine should would could need want get'.split(' '))

/** Terms longer than this are hashes, URLs or identifiers from code: not searchable words. */
export const MAX_TERM_LENGTH = 32

/** Lower-cased, accents removed, compatibility forms unified (full-width letters, ligatures). */
export function foldWord(word: string): string {
  if (ASCII.test(word)) return word.toLowerCase()
  const lower = word.normalize('NFKC').toLowerCase()
  // Hangul syllables decompose into letters under NFD: keep them whole.
  if (HANGUL.test(lower)) return lower
  return lower
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(FOLDABLE, (c) => LETTER_FOLDS[c] ?? c)
}

/**
 * English plurals to their singular, conservatively (Harman's S-stemmer):
 * policies → policy, expenses → expense, but process, status, analysis stay.
 */
export function stem(term: string): string {
  if (term.length <= 3 || !/^[a-z0-9]+$/.test(term)) return term
  if (term.endsWith('ies') && !term.endsWith('eies') && !term.endsWith('aies')) return `${term.slice(0, -3)}y`
  if (term.endsWith('s') && !term.endsWith('us') && !term.endsWith('ss') && !term.endsWith('is')) return term.slice(0, -1)
  return term
}

function isCjk(text: string): boolean {
  return CJK_CHAR.test(text)
}

/** Terms of a run of CJK characters: overlapping pairs and the last character. */
function cjkTerms(run: string, into: string[]): void {
  const chars = [...run.normalize('NFKC')]
  if (chars.length === 1) {
    into.push(chars[0]!)
    return
  }
  for (let i = 0; i + 1 < chars.length; i++) into.push(chars[i]! + chars[i + 1]!)
  into.push(chars[chars.length - 1]!)
}

function pushWord(word: string, into: string[], common: boolean): void {
  const folded = foldWord(word)
  if (folded.length < 2 && !/^\p{N}$/u.test(folded)) return
  if (folded.length > MAX_TERM_LENGTH || (!common && STOP_WORDS.has(folded))) return
  into.push(stem(folded))
}

/**
 * Index terms of a text, in order, repeats kept (FlexSearch scores by
 * position; it skips repeats itself). Common words are left out unless
 * `common` is set: titles and headings keep them ("What we are not").
 */
export function tokenize(text: string, common = false): string[] {
  const terms: string[] = []
  if (!text) return terms
  for (const match of text.matchAll(WORD_RUN)) {
    const run = match[0]
    if (NUMBER_PAIR.test(run)) {
      terms.push(foldWord(run))
      continue
    }
    if (!ASCII.test(run) && isCjk(run)) {
      for (const part of run.split(CJK_SPLIT)) {
        if (!part) continue
        if (isCjk(part)) cjkTerms(part, terms)
        else for (const word of part.split(/[-'’]+/)) pushWord(word, terms, common)
      }
      continue
    }
    const words = run.split(/[-'’]+/).filter((word) => word !== '')
    for (const word of words) pushWord(word, terms, common)
    if (words.length > 1 && /-/.test(run)) {
      // on-call → also "oncall"; e-mail → "email".
      const joined = foldWord(words.join(''))
      if (joined.length <= MAX_TERM_LENGTH) terms.push(stem(joined))
    }
  }
  return terms
}

export interface QueryTerm {
  /** The term as indexed (folded, stemmed). */
  term: string
  /** The folded word as typed, before stemming: highlights match it as a prefix too. */
  typed: string
  /**
   * Whether the reader may still be typing the word (the last one, with no
   * space after it): its completions count nearly as much as the word. Other
   * words match their completions too, for less ("onboard" still finds onboarding).
   */
  prefix: boolean
  /** A pair of CJK characters (or a lone one) from a longer run. */
  cjk: boolean
  /** A common word (or a single letter): it adds to a match but is not required. */
  optional: boolean
  /** A hyphenated word's pieces: "time-off" matches "timeoff" (how "time-off" is indexed) or "time" and "off". */
  parts?: QueryTerm[]
  /** Set by the engine for marking: a word being typed that is already a word of the handbook ("off") marks its near forms, not every word it begins ("offer"). */
  known?: boolean
  /** Set by the engine for marking: a synonym entry of several words ("out of office"), marked only where they stand together. */
  phrase?: QueryTerm[]
}

function wordTerm(word: string, prefix: boolean): QueryTerm | undefined {
  const folded = foldWord(word)
  if (!folded || folded.length > MAX_TERM_LENGTH) return undefined
  return { term: stem(folded), typed: folded, prefix, cjk: false, optional: folded.length < 2 || STOP_WORDS.has(folded) || (!prefix && QUESTION_WORDS.has(folded)) }
}

/**
 * Terms of a query. The last word matches as a prefix ("onb" finds
 * onboarding); every word is required except common English words, which
 * only add to a match, unless the query has nothing else.
 */
export function queryTerms(query: string): QueryTerm[] {
  const words: QueryTerm[] = []
  const runs = [...query.matchAll(WORD_RUN)]
  const typing = !/[\s\p{P}]$/u.test(query)
  runs.forEach((match, runIndex) => {
    const lastRun = typing && runIndex === runs.length - 1
    const parts = isCjk(match[0]) ? match[0].split(CJK_SPLIT).filter(Boolean) : [match[0]]
    parts.forEach((part, partIndex) => {
      const last = lastRun && partIndex === parts.length - 1
      if (isCjk(part)) {
        const cjk: string[] = []
        cjkTerms(part, cjk)
        // 東京オフィス → 東京 京オ オフ フィ ィス: the lone last character adds nothing to the pairs.
        const pairs = cjk.length > 1 ? cjk.slice(0, -1) : cjk
        pairs.forEach((term, i) => {
          words.push({ term, typed: term, prefix: last && i === pairs.length - 1, cjk: true, optional: false })
        })
        return
      }
      const pieces = part.split(/[-'’]+/).filter((piece) => piece !== '')
      if (/-/.test(part) && pieces.length > 1) {
        const joined = wordTerm(pieces.join(''), last)
        const split = pieces.map((piece, i) => wordTerm(piece, last && i === pieces.length - 1)).filter((term): term is QueryTerm => !!term)
        if (joined) words.push({ ...joined, optional: false, parts: split.map((piece) => ({ ...piece, optional: false })) })
        return
      }
      pieces.forEach((piece, i) => {
        const term = wordTerm(piece, last && i === pieces.length - 1)
        if (term) words.push(term)
      })
    })
  })
  // A query of question words and common words only ("what we are not", a title) needs its question words; one of common words only ("on", "to do"), all of them.
  if (words.every((word) => word.optional)) for (const word of words) if (QUESTION_WORDS.has(word.typed)) word.optional = false
  if (words.every((word) => word.optional)) for (const word of words) word.optional = false
  const seen = new Set<string>()
  return words.filter((word) => !seen.has(word.term) && seen.add(word.term))
}

/** Folded words of a text with their positions, for highlighting matches in snippets. */
export interface WordSpan {
  start: number
  end: number
  folded: string
}

export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = []
  for (const match of text.matchAll(/\p{N}+(?:[:/]\p{N}+)+|[\p{L}\p{N}\p{M}]+/gu)) {
    const start = match.index ?? 0
    const run = match[0]
    if (!ASCII.test(run) && isCjk(run)) {
      // CJK runs are matched by substring (below); mixed runs are split by script.
      let offset = start
      for (const part of run.split(CJK_SPLIT)) {
        if (part) spans.push({ start: offset, end: offset + part.length, folded: isCjk(part) ? part.normalize('NFKC') : foldWord(part) })
        offset += part.length
      }
    } else spans.push({ start, end: start + run.length, folded: foldWord(run) })
  }
  return spans
}

/**
 * Whether a word (folded) of a text is matched by a query term: the word
 * itself or its plural; any completion of a word still being typed; near
 * forms only ("expense" → "expensed", not "on" → "onboarding") of a
 * finished word or of a typed word the handbook already has ("off" is not "offer").
 */
export function wordMatches(folded: string, term: QueryTerm): boolean {
  if (term.cjk) return folded.includes(term.term)
  const stemmed = stem(folded)
  if (folded === term.typed || stemmed === term.term) return true
  const byTyped = folded.startsWith(term.typed)
  if (!byTyped && !stemmed.startsWith(term.term)) return false
  if (term.prefix && !term.known) return true
  const ratio = byTyped ? term.typed.length / folded.length : term.term.length / stemmed.length
  return ratio >= (term.known ? 0.75 : 0.6)
}
