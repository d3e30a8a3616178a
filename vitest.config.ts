import { defineConfig } from 'vitest/config'

/**
 * Three suites, run in this order by `npm test` (scripts/test.mjs): unit
 * (pure logic, fast; two projects, see below), build (fixture handbooks
 * built with Gatsby, HTML asserted), e2e (built sites driven in Chromium;
 * the files that time frames apart, as e2e-timed).
 *
 * Every suite runs on a fixed "today" (HANDBOOK_TODAY), so review dates in
 * the starter and the fixtures never turn stale as the calendar moves: no
 * test depends on the real date. A test that needs another day sets its own.
 */
const TEST_TODAY = '2026-12-01'
const COUNT_EXPECTS = 'tests/support/count-expects.ts'
const BROWSER_SERVER = 'tests/support/browser-server.ts'
/** Unit test files that mock modules, run isolated. */
const MOCKING = ['tests/unit/pipeline/math-cache.test.ts', 'tests/unit/features/diagrams/render-cache.test.ts']
/** Browser test files that time frames (the people filter's keystroke budget), run alone: a second file's load would skew them. */
const TIMED_IN_BROWSER = ['tests/e2e/people.test.ts']
const BROWSER = {
  setupFiles: [COUNT_EXPECTS],
  globalSetup: [BROWSER_SERVER, 'tests/e2e/global-setup.ts'],
  // describe.concurrent blocks (the accessibility matrix) open this many pages at once.
  maxConcurrency: 3,
  testTimeout: 60_000,
  hookTimeout: 900_000,
}

export default defineConfig({
  test: {
    // Inherited by every project below (they extend the root config).
    env: { HANDBOOK_TODAY: TEST_TODAY },
    projects: [
      {
        test: {
          name: 'unit',
          setupFiles: [COUNT_EXPECTS],
          include: ['tests/unit/**/*.test.ts'],
          // Run with --no-isolate (scripts/test.mjs: a project's own `isolate` is not applied): one module graph
          // per worker, not per file. Importing the pipeline again for each of 200+ files was most of the suite's time.
          exclude: MOCKING,
        },
      },
      {
        // Files that replace modules (vi.mock): in a shared module graph the mock would leak into other files.
        test: {
          name: 'unit-isolated',
          setupFiles: [COUNT_EXPECTS],
          include: MOCKING,
        },
      },
      {
        test: {
          name: 'build',
          setupFiles: [COUNT_EXPECTS],
          include: ['tests/build/**/*.test.ts'],
          globalSetup: [BROWSER_SERVER],
          testTimeout: 600_000,
          hookTimeout: 900_000,
        },
      },
      // Two files at once (scripts/test.mjs): most of a browser test is waiting on pages, not the CPU.
      { test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], exclude: TIMED_IN_BROWSER, ...BROWSER } },
      { test: { name: 'e2e-timed', include: TIMED_IN_BROWSER, ...BROWSER } },
    ],
  },
})
