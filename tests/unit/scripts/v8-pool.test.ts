/**
 * scripts/v8-pool.mjs, as scripts/gatsby.mjs uses it: a script run on a
 * machine of few cores starts itself again with V8's background pool sized,
 * and the launcher relays its arguments, exit code and signals. Each case
 * runs a small driver script in a Node process of its own, the cores given.
 */
import { spawn, spawnSync } from 'node:child_process'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { fileTrees } from '../../support/file-tree'

const MODULE = pathToFileURL(path.join(__dirname, '..', '..', '..', 'scripts', 'v8-pool.mjs')).href
/** Two Node starts on a loaded machine: beyond the unit tests' 5 s. */
const PROCESSES_TIMEOUT = 30_000

const DRIVER = `import fs from 'node:fs'
import { fileURLToPath } from 'node:url'
import { relaunchedWithV8Pool, v8PoolFlag, withV8Pool } from ${JSON.stringify(MODULE)}
const [mode, ...rest] = process.argv.slice(2)
if (mode === 'flags') {
  console.log(JSON.stringify(JSON.parse(rest[0]).map((question) => v8PoolFlag(question) ?? null)))
} else if (mode === 'options') {
  console.log(JSON.stringify(JSON.parse(rest[0]).map(([options, cores]) => withV8Pool(options, cores) ?? null)))
} else if (!relaunchedWithV8Pool(fileURLToPath(import.meta.url), Number(process.env.TEST_CORES))) {
  const threads = fs.existsSync('/proc/self/task') ? fs.readdirSync('/proc/self/task').length : null
  console.log(JSON.stringify({ pid: process.pid, nodeOptions: process.env.NODE_OPTIONS ?? '', args: rest, threads }))
  if (mode === 'wait') setInterval(() => {}, 1000)
  else process.exit(7)
}
`

const { tree, remove } = fileTrees('v8-pool')
afterAll(remove)
const driver = path.join(tree({ 'driver.mjs': DRIVER }), 'driver.mjs')

interface Report {
  pid: number
  nodeOptions: string
  args: string[]
  threads: number | null
}

function run(cores: number, args: string[], nodeOptions = '') {
  const result = spawnSync(process.execPath, [driver, ...args], {
    encoding: 'utf8',
    timeout: PROCESSES_TIMEOUT,
    env: { ...process.env, TEST_CORES: String(cores), NODE_OPTIONS: nodeOptions },
  })
  if (!result.stdout) throw new Error(`the driver printed nothing (exit ${result.status}): ${result.stderr}`)
  return { status: result.status, stderr: result.stderr, report: JSON.parse(result.stdout) as Report, launcher: result.pid }
}

describe('V8 pool sized to the cores', () => {
  it('leaves one core to the main thread, keeps Node’s four from five cores on, a size the user set and a process being debugged', () => {
    const questions = [
      { cores: 1, execArgv: [], nodeOptions: '' },
      { cores: 2, execArgv: [], nodeOptions: undefined },
      { cores: 4, execArgv: [], nodeOptions: '--max-old-space-size=4096' },
      { cores: 5, execArgv: [], nodeOptions: '' },
      { cores: 64, execArgv: [], nodeOptions: '' },
      { cores: 2, execArgv: ['--v8-pool-size=2'], nodeOptions: '' },
      { cores: 2, execArgv: [], nodeOptions: '--require x.cjs --v8-pool-size=3' },
      { cores: 2, execArgv: ['--inspect-brk'], nodeOptions: '' },
      { cores: 2, execArgv: [], nodeOptions: '--inspect=9230' },
    ]
    const result = spawnSync(process.execPath, [driver, 'flags', JSON.stringify(questions)], { encoding: 'utf8', timeout: PROCESSES_TIMEOUT })
    expect(result.status, result.stderr).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual(['--v8-pool-size=1', '--v8-pool-size=1', '--v8-pool-size=3', null, null, null, null, null, null])
  })

  it('adds the size to the NODE_OPTIONS a script passes to those it starts', () => {
    const cases = [
      [undefined, 2],
      ['--require ./hook.cjs', 2],
      ['--v8-pool-size=3', 2],
      ['--require ./hook.cjs', 8],
    ]
    const result = spawnSync(process.execPath, [driver, 'options', JSON.stringify(cases)], { encoding: 'utf8', timeout: PROCESSES_TIMEOUT })
    expect(result.status, result.stderr).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual(['--v8-pool-size=1', '--require ./hook.cjs --v8-pool-size=1', '--v8-pool-size=3', '--require ./hook.cjs'])
  })

  it(
    'on two cores, runs the script again with the size in NODE_OPTIONS, its arguments and its exit code, and V8 starts fewer threads',
    () => {
      const relaunched = run(2, ['build', '--prefix-paths'], '--max-old-space-size=4096')
      expect(relaunched.status, relaunched.stderr).toBe(7)
      expect(relaunched.report.pid).not.toBe(relaunched.launcher)
      expect(relaunched.report.nodeOptions).toBe('--max-old-space-size=4096 --v8-pool-size=1')
      expect(relaunched.report.args).toEqual(['--prefix-paths'])
      const unchanged = run(8, ['build'])
      expect(unchanged.report.pid).toBe(unchanged.launcher)
      expect(unchanged.report.nodeOptions).toBe('')
      // Node's four pool threads against one: three fewer.
      if (relaunched.report.threads !== null && unchanged.report.threads !== null) expect(unchanged.report.threads - relaunched.report.threads).toBe(3)
    },
    PROCESSES_TIMEOUT,
  )

  it('keeps a size set in NODE_OPTIONS, without a second process', () => {
    const kept = run(2, ['build'], '--v8-pool-size=2')
    expect(kept.report.pid).toBe(kept.launcher)
    expect(kept.report.nodeOptions).toBe('--v8-pool-size=2')
  })

  it(
    'stops the relaunched script when the launcher is sent SIGTERM, and ends by the same signal',
    async () => {
      const launcher = spawn(process.execPath, [driver, 'wait'], { env: { ...process.env, TEST_CORES: '2', NODE_OPTIONS: '' }, stdio: ['ignore', 'pipe', 'inherit'] })
      const report = await new Promise<Report>((resolve, reject) => {
        launcher.on('exit', (code) => reject(new Error(`the driver ended (exit ${code}) before it reported`)))
        let out = ''
        launcher.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString()
          if (out.includes('\n')) resolve(JSON.parse(out.split('\n')[0]!) as Report)
        })
      })
      expect(report.pid).not.toBe(launcher.pid)
      const ended = new Promise<NodeJS.Signals | null>((resolve) => launcher.on('exit', (_code, signal) => resolve(signal)))
      launcher.kill('SIGTERM')
      expect(await ended).toBe('SIGTERM')
      const alive = () => {
        try {
          process.kill(report.pid, 0)
          return true
        } catch {
          return false
        }
      }
      // The launcher ends once the relaunched script has.
      expect(alive()).toBe(false)
    },
    PROCESSES_TIMEOUT,
  )
})
