/** axe-core in a page: the rules the accessibility budget runs, and its violations described one paragraph each. */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'
import type { AxeResults, ImpactValue, Result } from 'axe-core'
import { expect as globalExpect, type ExpectStatic } from 'vitest'

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

export const RULE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']
export const BLOCKING: readonly ImpactValue[] = ['serious', 'critical']

declare global {
  interface Window {
    axe: typeof import('axe-core')
  }
}

/** Runs axe-core on the page as it is now and returns its violations. */
export async function runAxe(page: Page): Promise<Result[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource })
  const results = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }), RULE_TAGS)
  return (results as AxeResults).violations
}

/** One readable paragraph per violation: rule, impact, help, then each failing node and why. */
export function describeViolations(violations: readonly Result[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .slice(0, 10)
        .map((node) => `    - ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').replace(/\n\s*/g, '\n      ')}`)
        .join('\n')
      const more = violation.nodes.length > 10 ? `\n    … and ${violation.nodes.length - 10} more nodes` : ''
      return `  [${violation.impact}] ${violation.id}: ${violation.help}\n    ${violation.helpUrl}\n${nodes}${more}`
    })
    .join('\n')
}

/** Lesser findings by rule and impact, with the labels of the pages they were found on. */
export type MinorFindings = Map<string, Set<string>>

/**
 * The accessibility budget on the page as it is now: no serious or critical
 * violation, each described if there is one. Lesser findings go to `minor`
 * when given, to be listed once at the end of the file. A concurrent test
 * passes its context's `expect`.
 */
export async function expectNoSeriousViolations(page: Page, label: string, minor?: MinorFindings, expect: ExpectStatic = globalExpect): Promise<void> {
  const violations = await runAxe(page)
  for (const violation of violations.filter((v) => !BLOCKING.includes(v.impact ?? 'minor'))) {
    const key = `${violation.id} (${violation.impact})`
    minor?.set(key, (minor.get(key) ?? new Set<string>()).add(label))
  }
  const blocking = violations.filter((v) => BLOCKING.includes(v.impact ?? 'minor'))
  expect(blocking.length, `axe found serious or critical violations on ${label}:\n${describeViolations(blocking)}\n`).toBe(0)
}
