/**
 * Text that was saved as UTF-8, read as Windows-1252 and saved again
 * ("teamâ€™s" for "team’s"): found by re-encoding suspicious runs as
 * Windows-1252 bytes and decoding them as UTF-8. Only a run that decodes
 * cleanly to fewer characters is reported, so real accented text is not.
 */

/** Windows-1252 characters of the bytes 0x80–0x9F, which Latin-1 leaves as control codes. */
const CP1252_HIGH: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
}

/** A UTF-8 lead byte read as Windows-1252 (Â–ô), then one to three continuation bytes. */
const SUSPECT = /[\u00C2-\u00F4][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]{1,3}/g
/** The same, once anywhere: a page without it (nearly all) has nothing to report, and is not split into lines at all. */
const SUSPECT_ANYWHERE = new RegExp(SUSPECT.source)

const decoder = new TextDecoder('utf-8', { fatal: true })

function asCp1252Bytes(text: string): Uint8Array | undefined {
  const bytes: number[] = []
  for (const char of text) {
    const code = char.codePointAt(0)!
    const byte = code <= 0xff ? code : CP1252_HIGH[char]
    if (byte === undefined) return undefined
    bytes.push(byte)
  }
  return Uint8Array.from(bytes)
}

export interface MojibakeMatch {
  text: string
  fixed: string
  line: number
  column: number
}

/**
 * Markdown with code blanked out (same length, so lines and columns hold):
 * code shows text exactly as written, on purpose.
 */
export function withoutCode(markdown: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ')
  let fence: string | undefined
  const lines = markdown.split('\n').map((line) => {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1]
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined
      return blank(line)
    }
    if (marker) {
      fence = marker
      return blank(line)
    }
    return line.replace(/(`+)[^`]*?\1/g, blank)
  })
  return lines.join('\n')
}

/** Every mis-encoded run in `source` outside code, with what it should read. */
export function findMojibake(source: string): MojibakeMatch[] {
  // Blanking code out only turns characters into spaces: no suspect run in the source, none outside its code.
  if (!SUSPECT_ANYWHERE.test(source)) return []
  const found: MojibakeMatch[] = []
  const lines = withoutCode(source).split('\n')
  lines.forEach((lineText, index) => {
    for (const match of lineText.matchAll(SUSPECT)) {
      const bytes = asCp1252Bytes(match[0])
      if (!bytes) continue
      let fixed: string
      try {
        fixed = decoder.decode(bytes)
      } catch {
        continue
      }
      if (fixed.length < match[0].length) found.push({ text: match[0], fixed, line: index + 1, column: (match.index ?? 0) + 1 })
    }
  })
  return found
}
