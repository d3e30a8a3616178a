/**
 * V8's background threads sized to the machine's cores.
 *
 * Node starts four threads for V8's background work (the collector's
 * parallel and concurrent marking, sweeping, optimizing compiles) whatever
 * the machine. On two cores they took about a core between them through a
 * cold build's render, beside the main thread that renders the pages: it
 * got 0.45-0.78 of a core. With one such thread the render took 4.4-4.8 s
 * instead of 5.7-6.3 s, and the cold build of the 18F handbook 13.4 s
 * instead of 16.4 s (medians of three, in turn; bench-results/real-18f-speed.md §18).
 *
 * The pool's size is fixed when V8 starts, so a script that wants it
 * relaunches itself once, with `--v8-pool-size` in NODE_OPTIONS: the
 * processes it starts (Gatsby's workers, develop's server) get it too.
 * From five cores on, Node's four leave one for the main thread, and
 * nothing is relaunched; a size the user set is kept, and a process
 * started under a debugger (`--inspect`) is not started again. A script that only
 * starts others (scripts/test.mjs) puts the size in their NODE_OPTIONS.
 */
import { spawn } from 'node:child_process'
import os from 'node:os'

const FLAG = '--v8-pool-size'

/** The pool for a machine of `cores`: one core left for the main thread, at most Node's own four. */
export function v8PoolSize(cores) {
  return Math.max(1, Math.min(4, cores - 1))
}

/** A debugger's flag: the process started with it is the one being debugged, and a second could not take its port. */
const DEBUGGING = /^--(inspect|debug)/

/** The flag to relaunch with, or undefined when the pool is already right, set by the user, or the process is being debugged. */
export function v8PoolFlag({ cores, execArgv, nodeOptions }) {
  const args = [...execArgv, ...(nodeOptions ?? '').split(/\s+/)]
  const set = args.some((arg) => arg === FLAG || arg.startsWith(`${FLAG}=`))
  const size = v8PoolSize(cores)
  return set || size >= 4 || args.some((arg) => DEBUGGING.test(arg)) ? undefined : `${FLAG}=${size}`
}

const joined = (nodeOptions, flag) => [nodeOptions, flag].filter(Boolean).join(' ')

/** NODE_OPTIONS with the pool's size added where this machine wants one: for a script that only starts others (scripts/test.mjs). */
export function withV8Pool(nodeOptions, cores = os.availableParallelism()) {
  const flag = v8PoolFlag({ cores, execArgv: [], nodeOptions })
  return flag ? joined(nodeOptions, flag) : nodeOptions
}

/**
 * Runs the script again with V8's pool sized, and relays its output, exit
 * code and the signals sent to this process (a `kill` of this pid stops the
 * relaunched script too). True when it did: the caller then does nothing
 * else. The cost is one more Node start, about 40 ms.
 */
export function relaunchedWithV8Pool(script, cores = os.availableParallelism()) {
  const flag = v8PoolFlag({ cores, execArgv: process.execArgv, nodeOptions: process.env.NODE_OPTIONS })
  if (!flag) return false
  const env = { ...process.env, NODE_OPTIONS: joined(process.env.NODE_OPTIONS, flag) }
  const child = spawn(process.execPath, [...process.execArgv, script, ...process.argv.slice(2)], { stdio: 'inherit', env })
  const relay = (signal) => child.kill(signal)
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP']
  for (const signal of signals) process.on(signal, relay)
  child.on('error', (error) => {
    process.stderr.write(`Could not start ${script} again: ${error.message}\n`)
    process.exit(1)
  })
  child.on('exit', (code, signal) => {
    for (const each of signals) process.off(each, relay)
    // Ended by a signal: end the same way, so a shell or a test sees what happened.
    if (signal) process.kill(process.pid, signal)
    else process.exit(code ?? 1)
  })
  return true
}
