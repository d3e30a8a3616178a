/**
 * develop's wait before it acts on changed nodes, cut from 500 ms to 20 ms.
 *
 * In `gatsby develop`, nodes created or deleted after sourcing (ours, when a
 * saved page is reloaded: src/node/source-nodes.ts) are queued, and Gatsby's
 * waiting machine commits the queue once no mutation has come for 500 ms,
 * then rebuilds the schema, pages and queries. That wait was a third of a
 * save's time on the 18F handbook (about 1.4 s from save to served). Our
 * reload creates all its nodes in one synchronous pass, so 20 ms still
 * gathers every one into a single batch; a batch of 100 commits at once, as
 * before.
 *
 * Installed by scripts/gatsby.mjs, like gatsby-compile.cjs.
 */
'use strict'
const { requireGatsbyDependency, whenGatsbyLoads } = require('./gatsby-module-hook.cjs')

const BATCH_WAIT_MS = 20

/** Gatsby's waiting machine, as its state machines require it (`../waiting`, `./waiting`). */
const GATSBY_MODULE = /(^|[/\\])state-machines[/\\]waiting([/\\]index(\.js)?)?$|^\.\.?\/waiting$/

whenGatsbyLoads(GATSBY_MODULE, (loaded) => {
  const states = loaded?.waitingStates
  const batching = states?.states?.batchingNodeMutations
  const machine = loaded?.waitingMachine
  if (!batching?.after || typeof machine?.withConfig !== 'function') return false
  // The delay is a key of `after` in the machine's definition: the machine is made again from the changed definition, with Gatsby's actions and services.
  const { createMachine } = requireGatsbyDependency('xstate')
  const after = Object.fromEntries(Object.values(batching.after).map((target) => [BATCH_WAIT_MS, target]))
  const changed = { ...states, states: { ...states.states, batchingNodeMutations: { ...batching, after } } }
  loaded.waitingStates = changed
  loaded.waitingMachine = createMachine(changed, machine.options)
  return true
})

module.exports = { BATCH_WAIT_MS }
