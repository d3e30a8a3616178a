/**
 * Finding the glossary's words in text: one regular expression for the whole
 * glossary, its words laid out as a trie (`p(?:to|ip)`), so a text is read
 * once whatever the number of terms, and each place is tried against the
 * words that begin there only. Built once per glossary and reused.
 *
 * Whole words: a word is not found inside a longer one (`PTO` in `PTOs`),
 * with letters and digits of every script (`\p{L}\p{N}`: `café` is not found
 * in `cafés`). Scripts written without spaces between words (Chinese,
 * Japanese, Thai…) have no word edges to test: there a word is found
 * wherever its characters are (`有給休暇` in `有給休暇を取る`), and a
 * neighbouring character of those scripts is never a word edge for others
 * (`PTOを取る` finds PTO).
 *
 * Case: a word written all in capitals is found only in capitals (`PTO`,
 * not `pto`); any other in any case (`Onboarding`, `onboarding`). Runs of
 * spaces and line breaks in the text count as one space.
 */
import { escapeRegExp } from '../../common/regexp'
import { wordKey } from './read-glossary'

/** Scripts written without spaces between words. */
const UNSPACED = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}\\u30FC'
/** A character that continues a word of a spaced script. */
const WORD_CHAR = `(?:(?![${UNSPACED}])[\\p{L}\\p{N}\\p{M}_])`

/** A place in a text where a word of an entry is. */
export interface GlossaryMatch {
  index: number
  /** The text found, as written. */
  text: string
  /** The index of the entry in the list the matcher was made from. */
  entry: number
}

export interface GlossaryMatcher {
  /** Every place a word is found, in order, none overlapping (the longest word at a place wins). */
  matches(text: string): GlossaryMatch[]
}

interface TrieNode {
  next: Map<string, TrieNode>
  end: boolean
}

const isCapitals = (word: string): boolean => /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word)

/** The trie as a pattern: at each node its continuations, longest first (greedy), then its end. */
function trieSource(node: TrieNode): string {
  const branches = [...node.next].map(([char, child]) => (char === ' ' ? '\\s+' : escapeRegExp(char)) + trieSource(child))
  if (branches.length === 0) return ''
  const alternatives = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`
  return node.end ? `(?:${alternatives})?` : alternatives
}

/** A matcher of the entries' words (`words[i]` are entry i's). */
export function glossaryMatcher(words: ReadonlyArray<readonly string[]>): GlossaryMatcher {
  const root: TrieNode = { next: new Map(), end: false }
  // Each word as compared (case aside), with its entries and how each was written.
  const owners = new Map<string, Array<{ entry: number; written: string }>>()
  words.forEach((list, entry) => {
    for (const word of list) {
      const key = wordKey(word)
      if (!key) continue
      const owned = owners.get(key) ?? []
      owned.push({ entry, written: word.replace(/\s+/g, ' ').trim() })
      owners.set(key, owned)
      let node = root
      for (const char of key) {
        let child = node.next.get(char)
        if (!child) node.next.set(char, (child = { next: new Map(), end: false }))
        node = child
      }
      node.end = true
    }
  })
  if (owners.size === 0) return { matches: () => [] }
  const pattern = new RegExp(`(?<!${WORD_CHAR})${trieSource(root)}(?!${WORD_CHAR})`, 'giu')
  return {
    matches(text) {
      const found: GlossaryMatch[] = []
      pattern.lastIndex = 0
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        const written = match[0]
        if (!written) {
          pattern.lastIndex++
          continue
        }
        const spaced = written.replace(/\s+/g, ' ')
        const owner = owners.get(spaced.toLowerCase())?.find((candidate) => !isCapitals(candidate.written) || candidate.written === spaced)
        if (owner) found.push({ index: match.index, text: written, entry: owner.entry })
      }
      return found
    },
  }
}
