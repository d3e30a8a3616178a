/**
 * Gatsby's worker processes exit when the pool ends them, instead of being
 * killed a second later.
 *
 * At the end of `gatsby build` the pool tells each worker to end: the
 * worker stops listening for messages and is left to exit by itself, and
 * the build waits for it, killing it after 1 s. A worker that ran queries
 * never exits by itself within that second: each query leaves a 5 s timer
 * to clear the query runner's cache (GraphQLRunner's debounced
 * `scheduleClearCache`). So every build, a one-page rebuild too, ended
 * with up to a second of waiting after its last stage.
 *
 * Here a worker told to end closes Gatsby's LMDB stores (which waits for
 * their pending writes) and exits, when all it has left is its standard
 * streams and timers: housekeeping of a process whose work is done, which
 * the kill would have cut anyway. Anything else (a file still being
 * written) leaves it to exit or be killed as before. gatsby-worker's child
 * (child.js) ends by removing its message listener, `messageHandler`.
 *
 * Installed by scripts/gatsby.mjs, like gatsby-compile.cjs; inherited by
 * every child through NODE_OPTIONS, acting only in gatsby-worker's.
 */
'use strict'

/** The name of the message listener of gatsby-worker's child, removed when the pool ends it. */
const GATSBY_WORKER_HANDLER = 'messageHandler'

/** What a worker may have left when it exits (process.getActiveResourcesInfo()): its standard streams, and timers. */
const MAY_BE_LEFT = new Set(['PipeWrap', 'TTYWrap', 'Timeout'])

/** Gatsby's open LMDB environments, which its datastore records on globalThis (datastore/lmdb/lmdb-datastore.js). */
function openStores() {
  const roots = globalThis.__GATSBY_OPEN_ROOT_LMDBS
  return roots instanceof Map ? [...roots.values()] : []
}

async function exitWhenDone() {
  await Promise.allSettled(openStores().map((store) => store.close()))
  setImmediate(() => {
    if (process.getActiveResourcesInfo().every((resource) => MAY_BE_LEFT.has(resource))) process.exit(0)
  })
}

if (process.env.GATSBY_WORKER_ID && typeof process.send === 'function') {
  let ending = false
  const removeListener = process.removeListener
  process.removeListener = process.off = function removeListenerAndEnd(event, listener) {
    const result = removeListener.call(this, event, listener)
    if (event === 'message' && listener?.name === GATSBY_WORKER_HANDLER && !ending) {
      ending = true
      void exitWhenDone()
    }
    return result
  }
}
