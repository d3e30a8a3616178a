/** Chromium on this machine, for `npm run pdf` and the browser tests alike (tests/support/chromium.ts). */
import fs from 'node:fs'

/** Where the system's Chromium may be: Debian's, Ubuntu's, then Chrome's. */
export const SYSTEM_CHROMIUMS: readonly string[] = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']

/** Chromium's executable: CHROMIUM_PATH, else the first of `system` that exists. */
export function findChromium(env: Readonly<Record<string, string | undefined>> = process.env, system: readonly string[] = SYSTEM_CHROMIUMS): string | undefined {
  const candidates = [env.CHROMIUM_PATH, ...system].filter((c): c is string => !!c)
  return candidates.find((candidate) => fs.existsSync(candidate))
}

/** What to do when it cannot be found. */
export const CHROMIUM_MISSING =
  'Chromium was not found (looked at CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome). Install it (Debian/Ubuntu: sudo apt-get install chromium; macOS: install Google Chrome), or set CHROMIUM_PATH to its executable'
