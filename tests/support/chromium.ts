/** Debian's Chromium: where it is and how tests start it (no vitest here: the global set-up imports it too). */
import { findChromium } from '../../scripts/lib/chromium'

export { findChromium }

export const BROWSER_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
