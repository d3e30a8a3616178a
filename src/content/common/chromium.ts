/**
 * Chromium on this machine, found one way for everything that drives it: the
 * build's diagrams (features/diagrams/chromium.ts), `npm run pdf` and the
 * browser tests (scripts/lib/chromium.ts re-exports it). Nothing is ever
 * downloaded: the system's browser or none.
 */
import fs from 'node:fs'

/** Where the system's Chromium may be: Debian's, Ubuntu's, then Chrome's. */
export const SYSTEM_CHROMIUMS: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
]

/** Chromium's executable: CHROMIUM_PATH when it is set (and then only there: a wrong one is not replaced by another browser), else the first of `system` that exists. */
export function findChromium(env: Readonly<Record<string, string | undefined>> = process.env, system: readonly string[] = SYSTEM_CHROMIUMS): string | undefined {
  const candidates = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : system
  return candidates.find((candidate) => fs.existsSync(candidate))
}

/** What to do when it cannot be found. */
export const CHROMIUM_MISSING =
  'Chromium was not found (looked at CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome). Install it (Debian/Ubuntu: sudo apt-get install chromium; macOS: install Google Chrome), or set CHROMIUM_PATH to its executable'
