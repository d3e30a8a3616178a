/**
 * `npm run check --format json` as the benchmark times it: the real command
 * in its own process (its start-up is part of what an editor waits for),
 * with the seconds it took and what it printed.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { projectRoot } from '../lib/site'

export interface TimedCheck {
  seconds: number
  status: number | null
  stdout: string
  stderr: string
}

export function timedCheck(contentDir: string, env: Record<string, string> = {}): TimedCheck {
  const started = performance.now()
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'scripts', 'check.ts'), '--format', 'json'], {
    cwd: projectRoot,
    env: { ...process.env, ...env, HANDBOOK_CONTENT_DIR: contentDir },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  })
  return { seconds: (performance.now() - started) / 1000, status: run.status, stdout: run.stdout, stderr: run.stderr }
}
