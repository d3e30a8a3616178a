/** Small text helpers of the generator: capitals, spacing, articles, YAML quoting. */
import { WORDS } from './words'

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** `on-call` stays hyphenated in prose; other kebab words become spaced. */
export function humanize(kebab: string): string {
  return kebab === 'on-call' ? 'on-call' : kebab.replace(/-/g, ' ')
}

export function titleCaseWords(kebab: string): string {
  return kebab
    .split('-')
    .map((word) => (WORDS.acronyms.includes(word) ? word.toUpperCase() : capitalize(word)))
    .join(' ')
}

export function folderTitle(name: string): string {
  const words = name.replace(/-/g, ' ')
  return WORDS.folderTitles[words] ?? capitalize(words)
}

/** YAML scalar: plain when safe, double-quoted (JSON is valid YAML) otherwise. */
export function yamlValue(text: string): string {
  const plain = /^[\p{L}\p{N}]/u.test(text) && !/[:#'"[\]{}`|>*&!%@\\]/.test(text) && !/^(?:true|false|yes|no|on|off|null|~)$/i.test(text)
  return plain ? text : JSON.stringify(text)
}

/** "a explicit", "a **entrée**" → "an ...". */
export function fixArticles(text: string): string {
  return text.replace(/\b([Aa]) ((?:\*\*|\*|`)?[aeiouéAEIOUÉ])/g, '$1n $2')
}
