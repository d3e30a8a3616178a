/**
 * A path written in frontmatter or settings that becomes a page's address,
 * and so a folder of public/ (`slug`, `url`, `peopleUrl`, `teamsUrl`): read
 * the way a server or a file system would read it (percent-decoded, `\` as
 * `/`, `//` and `.` segments collapsed), and refused when it leaves the site
 * (`..`, a scheme, `//host`, a control character). Content is untrusted: a
 * pull request must not write outside public/.
 */
import { CONTROL } from '../../shared/url-safety'

export type WrittenSitePath =
  | { ok: true; absolute: boolean; segments: string[] }
  /** `problem` completes `slug "<written>" …` and says what to write. */
  | { ok: false; problem: string }

function decoded(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    // A lone `%` is a character of the name, not an escape.
    return text
  }
}

/** The segments of a written path, `.` and empty ones dropped, `..` kept (for the check). */
function segmentsOf(text: string): string[] {
  return text.split('/').filter((segment) => segment !== '' && segment !== '.')
}

export function readSitePath(written: string): WrittenSitePath {
  const raw = written.trim()
  const value = decoded(raw).replace(/\\/g, '/')
  const inside = (segments: readonly string[]) => `/${segments.filter((s) => s !== '..' && !CONTROL.test(s)).join('/')}`
  if (CONTROL.test(raw) || CONTROL.test(value)) {
    return { ok: false, problem: `contains a control character, which no address of the site may hold: write a path inside the site such as "${inside(segmentsOf(value))}"` }
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
    return { ok: false, problem: `is a full URL, which would leave the site: write a path inside the site such as "/${segmentsOf(value.replace(/^[a-z][a-z0-9+.-]*:(\/\/[^/]*)?/i, '')).join('/')}"` }
  }
  if (value.startsWith('//')) {
    return { ok: false, problem: `starts with "//", which names another host and leaves the site: write a path inside the site such as "${inside(segmentsOf(value).slice(1))}"` }
  }
  const segments = segmentsOf(value)
  if (segments.includes('..')) {
    return { ok: false, problem: `leaves the site: write a path inside the site such as "${inside(segments)}"` }
  }
  return { ok: true, absolute: value.startsWith('/'), segments }
}
