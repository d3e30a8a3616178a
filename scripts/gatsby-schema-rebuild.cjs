/**
 * develop's GraphQL schema, built again after a save only when a type
 * inferred from its nodes changed.
 *
 * In `gatsby develop`, every batch of changed nodes (ours, on each save:
 * src/node/source-nodes.ts) makes Gatsby build its whole schema again, then
 * regenerate the TypeScript types from it: about a sixth of a save's time
 * on the 18F handbook. Our types are declared (@dontInfer:
 * src/node/create-schema-customization.ts), so a saved page never changes
 * them; what may still change is a type Gatsby infers (SitePage, File,
 * Directory). The test is Gatsby's own, from the schema hot reloader it
 * no longer wires up (bootstrap/schema-hot-reloader.js): a type whose
 * inference metadata is dirty and whose fields differ from those of the
 * last schema built. A type that gains its first node or loses its last
 * rebuilds it too.
 *
 * Installed by scripts/gatsby.mjs, like gatsby-mutation-batch.cjs.
 */
'use strict'
const path = require('node:path')
const { whenGatsbyLoads } = require('./gatsby-module-hook.cjs')

/** Gatsby's data-layer machines, as its state machines require them (`./data-layer`, `../data-layer`). */
const GATSBY_MODULE = /(^|[/\\])state-machines[/\\]data-layer([/\\]index(\.js)?)?$|^\.\.?\/data-layer$/

/**
 * Whether the inferred types differ between two states of Gatsby's inference
 * metadata (its `typeMap`s): the hot reloader's test, plus types that gained
 * or lost all their nodes.
 */
function inferredTypesChanged(typeMap, previous, haveEqualFields) {
  const hasNodes = (metadata) => (metadata?.total ?? 0) > 0
  const types = new Set([...Object.keys(typeMap), ...Object.keys(previous)])
  for (const type of types) {
    const now = typeMap[type]
    const before = previous[type]
    if (hasNodes(now) !== hasNodes(before)) return true
    if (now?.dirty && !haveEqualFields(now, before)) return true
  }
  return false
}

/** `buildSchema` that only builds when `changed()` says so; the first call always builds. */
function rebuildWhenChanged(buildSchema, changed) {
  return function buildSchemaWhenChanged(...args) {
    return changed() ? buildSchema(...args) : Promise.resolve()
  }
}

whenGatsbyLoads(GATSBY_MODULE, (loaded) => {
  const machine = loaded?.recreatePagesMachine
  const buildSchema = machine?.options?.services?.buildSchema
  if (typeof machine?.withConfig !== 'function' || typeof buildSchema !== 'function') return false
  const gatsby = path.dirname(require.resolve('gatsby/package.json', { paths: [process.cwd()] }))
  const { store, emitter } = require(path.join(gatsby, 'dist', 'redux'))
  const { haveEqualFields } = require(path.join(gatsby, 'dist', 'schema', 'infer', 'inference-metadata'))
  const cloneDeep = require(require.resolve('lodash/cloneDeep', { paths: [gatsby] }))
  // The inference metadata as it was when the schema was last built (by Gatsby, whichever step built it).
  let built
  emitter.on('SET_SCHEMA', () => {
    built = cloneDeep(store.getState().inferenceMetadata.typeMap)
  })
  const changed = () => built === undefined || inferredTypesChanged(store.getState().inferenceMetadata.typeMap, built, haveEqualFields)
  loaded.recreatePagesMachine = machine.withConfig({ services: { buildSchema: rebuildWhenChanged(buildSchema, changed) } })
  return true
})

module.exports = { inferredTypesChanged, rebuildWhenChanged }
