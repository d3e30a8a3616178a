/**
 * Loaded with `--require` into the profiled build of `npm run bench -- --real --profile`
 * (real-handbook.ts): worker threads started with their own execArgv (our render
 * workers pass `[]`) get `--cpu-prof` too, so each writes its own .cpuprofile.
 * Threads that inherit the parent's execArgv, and Gatsby's forked child processes
 * (which inherit it, this --require included), already have it. Plain CommonJS:
 * Node loads it before anything is compiled.
 */
'use strict'
const workerThreads = require('node:worker_threads')
const { syncBuiltinESMExports } = require('node:module')

const flags = process.execArgv.filter((arg) => arg.startsWith('--cpu-prof'))
const Original = workerThreads.Worker

class ProfiledWorker extends Original {
  constructor(filename, options = {}) {
    const own = options.execArgv
    super(filename, own && !own.includes('--cpu-prof') ? { ...options, execArgv: [...own, ...flags] } : options)
  }
}

if (flags.length > 0) {
  workerThreads.Worker = ProfiledWorker
  syncBuiltinESMExports()
}
