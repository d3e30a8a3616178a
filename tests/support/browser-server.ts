/**
 * vitest globalSetup: one Chromium for a whole test project, started once
 * and shared by every test file through its endpoint (launchBrowser in
 * browser.ts connects to it), instead of a browser started per file.
 * Without Chromium on the machine it starts none, and launchBrowser says
 * what to install when a test needs one.
 */
import { chromium } from 'playwright-core'
import type { TestProject } from 'vitest/node'
import { BROWSER_ARGS, findChromium } from './chromium'

declare module 'vitest' {
  export interface ProvidedContext {
    browserEndpoint: string
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const executablePath = findChromium()
  if (!executablePath) return undefined
  const server = await chromium.launchServer({ executablePath, args: BROWSER_ARGS })
  project.provide('browserEndpoint', server.wsEndpoint())
  return () => server.close()
}
