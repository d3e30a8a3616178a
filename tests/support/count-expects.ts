/**
 * Counts the `expect` calls each test makes, so `npm test` can print, per
 * project, how many assertions ran beside how many tests: a refactor of the
 * suite must not lose any. Each test file appends its total to one file per
 * project (test-results/expects/<project>.txt), which scripts/test.mjs sums.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, afterEach, expect } from 'vitest'

let calls = 0
let project = 'unknown'
afterEach((context) => {
  // A concurrent test asserts with its context's own expect, which counts apart from the global one.
  calls += expect.getState().assertionCalls + (context.expect === expect ? 0 : context.expect.getState().assertionCalls)
  project = context.task.file.projectName || project
})
afterAll(() => {
  const folder = path.join(process.cwd(), 'test-results', 'expects')
  fs.mkdirSync(folder, { recursive: true })
  fs.appendFileSync(path.join(folder, `${project}.txt`), `${calls}\n`)
})
