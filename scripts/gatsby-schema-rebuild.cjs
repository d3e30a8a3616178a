/**
 * develop's GraphQL schema, built again after a save only when a type
 * inferred from its nodes changed; its TypeScript types, written again only
 * when the schema or the queries changed.
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
 * After every save Gatsby also extracts the queries again and, with
 * graphqlTypegen on (src/node/site-config.ts), regenerates the types from
 * them and the schema (about 30 ms), though neither changed: now only when
 * the schema is another object or a query's text changed.
 *
 * Installed by scripts/gatsby.mjs, like gatsby-mutation-batch.cjs.
 */
'use strict'
const path = require('node:path')
const { requireFromGatsby, requireGatsbyDependency, whenGatsbyLoads } = require('./gatsby-module-hook.cjs')

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

/** The queries' and fragments' text, by where each is: Gatsby's definitions, as the types are written from them. */
function definitionsKey(definitions) {
  return JSON.stringify([...definitions].map(([key, d]) => [key, d.name, d.filePath, d.isStaticQuery, d.isFragment, d.printedAst ?? d.text]))
}

/** develop's action that writes the types, run only when the schema or the definitions differ from the last time it ran. */
function typegenWhenChanged(definitionsTypegen) {
  let last
  return function definitionsTypegenWhenChanged(context, event) {
    const schema = context.store.getState().schema
    const key = definitionsKey(event.payload.payload)
    if (last && last.schema === schema && last.key === key) return Promise.resolve()
    last = { schema, key }
    return definitionsTypegen(context, event)
  }
}

/** Gatsby's develop machine, as its develop process requires it (`../state-machines/develop`). */
const DEVELOP_MODULE = /(^|[/\\])state-machines[/\\]develop([/\\]index(\.js)?)?$/

whenGatsbyLoads(DEVELOP_MODULE, (loaded) => {
  const machine = loaded?.developMachine
  const definitionsTypegen = machine?.options?.actions?.definitionsTypegen
  if (typeof machine?.withConfig !== 'function' || typeof definitionsTypegen !== 'function') return false
  loaded.developMachine = machine.withConfig({ actions: { definitionsTypegen: typegenWhenChanged(definitionsTypegen) } })
  return true
})

whenGatsbyLoads(GATSBY_MODULE, (loaded) => {
  const machine = loaded?.recreatePagesMachine
  const buildSchema = machine?.options?.services?.buildSchema
  if (typeof machine?.withConfig !== 'function' || typeof buildSchema !== 'function') return false
  const { store, emitter } = requireFromGatsby('redux')
  const { haveEqualFields } = requireFromGatsby(path.join('schema', 'infer', 'inference-metadata'))
  const cloneDeep = requireGatsbyDependency('lodash/cloneDeep')
  // The inference metadata as it was when the schema was last built (by Gatsby, whichever step built it).
  let built
  emitter.on('SET_SCHEMA', () => {
    built = cloneDeep(store.getState().inferenceMetadata.typeMap)
  })
  const changed = () => built === undefined || inferredTypesChanged(store.getState().inferenceMetadata.typeMap, built, haveEqualFields)
  loaded.recreatePagesMachine = machine.withConfig({ services: { buildSchema: rebuildWhenChanged(buildSchema, changed) } })
  return true
})

module.exports = { inferredTypesChanged, rebuildWhenChanged, typegenWhenChanged }
