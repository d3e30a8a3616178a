/**
 * Runs benchmark queries through a served site in Chromium, as a reader
 * would, each query on a fresh page load (a new browser context: empty
 * cache). Two engines:
 *
 * - ours: focus the header search input, wait until search is open, type
 *   the query at 40 ms a key, wait for the results of the whole query
 *   (the search root's data-query and data-state, which the e2e tests use
 *   too), then until nothing changes or loads for SETTLE_MS, and read the
 *   result links (role="option") in order;
 * - pagefind: import <site>/pagefind/pagefind.js in the same page, init,
 *   and per keystroke at 40 ms call preload and debouncedSearch (what its
 *   UI does), then load data() of the first RESULTS results, as its UI
 *   does before showing them.
 *
 * Bytes: every response fetched from the focus (or the import) until
 * settled, each counted as the smaller of its body and the body gzipped
 * (Pagefind's index files are gzip already). Latency: last keystroke to
 * results (or "No results") shown, measured in the page.
 *
 * In-page code is JavaScript text: scripts/ has no DOM types.
 */
import zlib from 'node:zlib'
import { chromium, type Browser, type Page } from 'playwright-core'
import type { BenchQuery } from './query-set'
import { rankOf, rankedPages, type QueryOutcome } from './scoring'

export type Engine = 'ours' | 'pagefind'

const KEY_DELAY_MS = 40
const SETTLE_MS = 400
const RESULTS = 5
const TIMEOUT_MS = 15_000
const INPUT = 'header [data-search-input]'

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ARGS })
}

/** Watches the header search: when the input last changed, when results of the whole query first showed, when anything last changed. */
const WATCH_OURS = `
window.__bench = { target: '', lastInput: 0, shown: 0, lastChange: 0 };
document.addEventListener('input', (event) => {
  if (event.target && event.target.matches && event.target.matches('[data-search-input]')) { __bench.lastInput = performance.now(); __bench.shown = 0; }
}, true);
document.addEventListener('DOMContentLoaded', () => {
  const root = document.querySelector('header [data-search]') || document.querySelector('[data-search]');
  if (!root) return;
  new MutationObserver(() => {
    const now = performance.now();
    __bench.lastChange = now;
    const input = root.querySelector('[data-search-input]');
    const state = root.dataset.state;
    // Results for the whole query: shown for it, or for what search made of it (a corrected query), not for an earlier prefix.
    const shownFor = root.dataset.query || '';
    const forWhole = shownFor === __bench.target || (shownFor !== '' && !__bench.target.startsWith(shownFor));
    if (!__bench.shown && __bench.lastInput && input && input.value.trim() === __bench.target && forWhole && (state === 'results' || state === 'none')) __bench.shown = now;
  }).observe(root, { attributes: true, childList: true, subtree: true, characterData: true });
});`

const READ_OURS = `(() => {
  const root = document.querySelector('header [data-search]') || document.querySelector('[data-search]');
  const links = root ? Array.from(root.querySelectorAll('[role="listbox"] a[role="option"]')) : [];
  return { hrefs: links.map((a) => a.getAttribute('href') || ''), latency: __bench.shown ? __bench.shown - __bench.lastInput : __bench.lastChange > __bench.lastInput ? __bench.lastChange - __bench.lastInput : -1, quietFor: performance.now() - __bench.lastChange };
})()`

const PAGEFIND_QUERY = `async ({ script, query, delay, results }) => {
  const pagefind = await import(script);
  await pagefind.init();
  let last;
  for (let i = 1; i <= query.length; i++) {
    const term = query.slice(0, i);
    void pagefind.preload(term);
    last = pagefind.debouncedSearch(term);
    if (i < query.length) await new Promise((done) => setTimeout(done, delay));
  }
  const lastKey = performance.now();
  const search = await last;
  const data = search ? await Promise.all(search.results.slice(0, results).map((result) => result.data())) : [];
  return { hrefs: data.map((d) => d.url), latency: performance.now() - lastKey };
}`

const sizeOf = (body: Buffer) => Math.min(body.length, zlib.gzipSync(body).length)

/** Counts responses while `counting` is on, and knows when no request is in flight. */
function networkMeter(page: Page) {
  let counting = false
  let inFlight = 0
  let lastActivity = Date.now()
  const sizes: Promise<number>[] = []
  page.on('request', () => {
    inFlight++
    lastActivity = Date.now()
  })
  const done = () => {
    inFlight = Math.max(0, inFlight - 1)
    lastActivity = Date.now()
  }
  page.on('requestfinished', done)
  page.on('requestfailed', done)
  page.on('response', (response) => {
    if (!counting) return
    sizes.push(response.body().then(sizeOf, () => 0))
  })
  return {
    start: () => (counting = true),
    quiet: () => inFlight === 0 && Date.now() - lastActivity >= SETTLE_MS,
    stop: async () => {
      counting = false
      const all = await Promise.all(sizes)
      return { bytes: all.reduce((sum, n) => sum + n, 0), requests: all.length }
    },
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms))

async function until(check: () => Promise<boolean> | boolean, what: string, timeoutMs = TIMEOUT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await sleep(25)
  }
}

async function runOurs(page: Page, query: string, meter: ReturnType<typeof networkMeter>): Promise<{ hrefs: string[]; latency: number }> {
  await page.evaluate(`__bench.target = ${JSON.stringify(query.trim())}`)
  meter.start()
  await page.focus(INPUT)
  await page.waitForFunction(`(document.querySelector('header [data-search]') || {}).dataset?.state === 'empty'`, undefined, { timeout: TIMEOUT_MS })
  await page.keyboard.type(query, { delay: KEY_DELAY_MS })
  // Without the state attributes (a changed UI) the last change stands in for "shown": see READ_OURS.
  await until(async () => (await page.evaluate(`__bench.shown > 0`)) as boolean, `results of "${query}"`, 5000).catch(() => undefined)
  let read = { hrefs: [] as string[], latency: -1, quietFor: 0 }
  await until(async () => {
    read = (await page.evaluate(READ_OURS)) as typeof read
    return meter.quiet() && read.quietFor >= SETTLE_MS
  }, `"${query}" to settle`)
  return read
}

async function runPagefind(page: Page, siteUrl: string, query: string, meter: ReturnType<typeof networkMeter>): Promise<{ hrefs: string[]; latency: number }> {
  meter.start()
  const run = await page.evaluate(`(${PAGEFIND_QUERY})(${JSON.stringify({ script: `${siteUrl}/pagefind/pagefind.js`, query, delay: KEY_DELAY_MS, results: RESULTS })})`)
  await until(() => meter.quiet(), `"${query}" to settle`)
  return run as { hrefs: string[]; latency: number }
}

/** Every query through one engine, in order, each on a fresh page load of `startPath`. */
export async function runQueries(
  browser: Browser,
  engine: Engine,
  siteUrl: string,
  queries: readonly BenchQuery[],
  options: { startPath?: string; pathPrefix?: string; log?: (line: string) => void } = {},
): Promise<QueryOutcome[]> {
  const outcomes: QueryOutcome[] = []
  for (const q of queries) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    try {
      const page = await context.newPage()
      if (engine === 'ours') await page.addInitScript({ content: WATCH_OURS })
      await page.goto(`${siteUrl}${options.startPath ?? '/'}`, { waitUntil: 'networkidle' })
      const meter = networkMeter(page)
      const run = engine === 'ours' ? await runOurs(page, q.query, meter) : await runPagefind(page, siteUrl, q.query, meter)
      const { bytes, requests } = await meter.stop()
      const pages = rankedPages(run.hrefs, options.pathPrefix)
      const outcome: QueryOutcome = { ...q, pages: pages.slice(0, 10), rank: rankOf(pages, q.answers), gzipBytes: bytes, requests, latencyMs: Math.max(0, run.latency) }
      outcomes.push(outcome)
      options.log?.(
        `${engine.padEnd(8)} ${q.kind.padEnd(8)} ${JSON.stringify(q.query).padEnd(44)} rank ${String(outcome.rank ?? '–').padStart(2)}  ${(bytes / 1024).toFixed(1).padStart(6)} KB  ${String(Math.round(outcome.latencyMs)).padStart(4)} ms  ${pages[0] ?? '(none)'}`,
      )
    } finally {
      await context.close()
    }
  }
  return outcomes
}
