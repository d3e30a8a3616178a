/** Chromium on this machine, for `npm run pdf` and the browser tests alike (tests/support/chromium.ts): the build's own finder. */
export { CHROMIUM_MISSING, findChromium, SYSTEM_CHROMIUMS } from '../../src/content/common/chromium'
