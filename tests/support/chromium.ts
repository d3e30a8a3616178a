/** Debian's Chromium: where it is and how tests start it (no vitest here: the global set-up imports it too). */
import fs from 'node:fs'

export const BROWSER_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((c): c is string => !!c)
  return candidates.find((candidate) => fs.existsSync(candidate))
}
