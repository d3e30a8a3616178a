/**
 * Gatsby's own steps that scripts/gatsby.mjs replaces: "compile gatsby
 * files" done by esbuild (gatsby-compile.cjs), the search for queries
 * without our build code (gatsby-query-files.cjs), develop's shorter
 * wait before it acts on changed nodes (gatsby-mutation-batch.cjs) and its
 * schema built again only when needed (gatsby-schema-rebuild.cjs), and build's
 * workers kept from the queries to the HTML (gatsby-worker-reuse.cjs),
 * exiting when the pool ends them (gatsby-worker-exit.cjs) and started only
 * when needed (gatsby-lazy-workers.cjs). Gatsby's modules are
 * loaded and called as Gatsby calls them, each in a Node process of its own
 * (the compile step ends a failed build with Gatsby's panic).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { fileTrees } from '../../support/file-tree'

const root = path.join(__dirname, '..', '..', '..')
/** Tests that start two Node processes loading Gatsby's modules: a few seconds each on a loaded machine, beyond the unit tests' 5 s. */
const CHILD_PROCESSES_TIMEOUT = 60_000
const HOOK = path.join(root, 'scripts', 'gatsby-compile.cjs')
const GATSBY_MODULE = require.resolve('gatsby/dist/utils/parcel/compile-gatsby-files', { paths: [root] })

const { tree: site, remove } = fileTrees('gatsby-compile')
afterEach(remove)

/** Gatsby's step, called as Gatsby calls it, from a script file (not `node -e`: Parcel's worker processes would inherit `-e` and run it again). */
function compile(dir: string) {
  const driver = path.join(dir, 'compile-driver.cjs')
  fs.writeFileSync(driver, `require(${JSON.stringify(GATSBY_MODULE)}).compileGatsbyFiles(${JSON.stringify(dir)}).then(() => process.exit(0))\n`)
  try {
    return spawnSync(process.execPath, ['--require', HOOK, driver], { cwd: dir, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } })
  } finally {
    fs.rmSync(driver)
  }
}

describe('compile gatsby files with esbuild', () => {
  it('writes gatsby-node and gatsby-config where Gatsby reads them, local imports bundled, packages left to require(), and Parcel never started', () => {
    const dir = site({
      'gatsby-node.ts': "import { answer } from './src/answer'\nimport path from 'node:path'\nexport const onPreBootstrap = (): string => path.join('a', String(answer))\n",
      'gatsby-config.ts': "import type { GatsbyConfig } from 'gatsby'\nconst config: GatsbyConfig = { pathPrefix: '/handbook' }\nexport default config\n",
      'src/answer.ts': 'export const answer: number = 42\n',
    })
    const run = compile(dir)
    expect(run.status, run.stderr).toBe(0)
    const compiled = path.join(dir, '.cache', 'compiled')
    expect(fs.readdirSync(compiled).sort()).toEqual(['gatsby-config.js', 'gatsby-node.js'])
    const node = fs.readFileSync(path.join(compiled, 'gatsby-node.js'), 'utf8')
    expect(node).toContain('require("node:path")')
    // The local module is inside the compiled file: Gatsby loads it from .cache/compiled, where ./src does not resolve.
    expect(node).toContain('42')
    expect(require(path.join(compiled, 'gatsby-node.js')).onPreBootstrap()).toBe(path.join('a', '42'))
    expect(require(path.join(compiled, 'gatsby-config.js')).default).toEqual({ pathPrefix: '/handbook' })
    expect(fs.existsSync(path.join(dir, '.cache', '.parcel-cache'))).toBe(false)
  })

  it('stops with the file, line and column of a syntax error', () => {
    const dir = site({ 'gatsby-node.ts': 'export const onPreBootstrap = () => {\n  return (\n}\n' })
    const run = compile(dir)
    expect(run.status).not.toBe(0)
    expect(run.stdout + run.stderr).toMatch(/gatsby-node\.ts:3:0: /)
  })

  it('removes files an earlier compile left', () => {
    const dir = site({ 'gatsby-node.ts': 'export const a = 1\n', '.cache/compiled/gatsby-old.js': 'stale' })
    expect(compile(dir).status).toBe(0)
    expect(fs.readdirSync(path.join(dir, '.cache', 'compiled'))).toEqual(['gatsby-node.js'])
  })
})

describe('queries looked for only where a page component is made', () => {
  it(
    'finds the queries of templates, and none in src/content, src/node, src/shared or src/client, which are never page components',
    () => {
      const query = (name: string) => `import { graphql } from 'gatsby'\nexport const query = graphql\`query ${name} { site { id } }\`\n`
      const sources = { 'src/templates/page.tsx': 'Template', 'src/content/config.ts': 'Content', 'src/node/handler.ts': 'Node', 'src/shared/head.ts': 'Shared', 'src/client/entry.ts': 'Client' }
      const dir = site(Object.fromEntries(Object.entries(sources).map(([file, name]) => [file, query(name)])))
      const FILE_PARSER = require.resolve('gatsby/dist/query/file-parser', { paths: [root] })
      const files = Object.keys(sources).map((file) => path.join(dir, file))
      const driver = path.join(dir, 'parse-driver.cjs')
      fs.writeFileSync(
        driver,
        `const { default: FileParser } = require(${JSON.stringify(FILE_PARSER)})\nnew FileParser().parseFiles(${JSON.stringify(files)}, () => {}).then((documents) => { console.log(JSON.stringify(documents.map((d) => d.doc.definitions[0].name.value))); process.exit(0) })\n`,
      )
      const run = (hooks: string[]) => spawnSync(process.execPath, [...hooks.flatMap((hook) => ['--require', hook]), driver], { cwd: dir, encoding: 'utf8', timeout: 60_000 })
      const patched = run([HOOK, path.join(root, 'scripts', 'gatsby-query-files.cjs')])
      expect(patched.status, patched.stderr).toBe(0)
      expect(JSON.parse(patched.stdout.trim().split('\n').at(-1)!)).toEqual(['Template'])
      // Gatsby alone reads them all: the test sees the difference.
      const alone = run([])
      expect(JSON.parse(alone.stdout.trim().split('\n').at(-1)!).sort()).toEqual(['Client', 'Content', 'Node', 'Shared', 'Template'])
    },
    CHILD_PROCESSES_TIMEOUT,
  )

  it('leaves out only folders of the project that hold no query: one written there would not be found', () => {
    const { WITHOUT_QUERIES } = require(path.join(root, 'scripts', 'gatsby-query-files.cjs')) as { WITHOUT_QUERIES: string[] }
    const scripts = (folder: string): string[] =>
      fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(folder, entry.name)
        return entry.isDirectory() ? scripts(full) : /\.(ts|tsx|js|jsx|mjs)$/.test(entry.name) ? [full] : []
      })
    const files = WITHOUT_QUERIES.flatMap((folder) => scripts(path.join(root, folder)))
    expect(files.length).toBeGreaterThan(400)
    // A query as Gatsby finds one: a graphql`…` template, a useStaticQuery(…) call, a <StaticQuery> element (not the words in a comment).
    const holdsQuery = /\bgraphql\s*`\s*(query|fragment|\{)|\buseStaticQuery\s*(<[^>]*>)?\s*\(|<StaticQuery\b/
    expect(files.filter((file) => holdsQuery.test(fs.readFileSync(file, 'utf8'))).map((file) => path.relative(root, file))).toEqual([])
    // The same test finds the queries where they are: the templates' and the components'.
    const withQueries = ['src/templates', 'src/components'].flatMap((folder) => scripts(path.join(root, folder))).filter((file) => holdsQuery.test(fs.readFileSync(file, 'utf8')))
    expect(withQueries.map((file) => path.relative(root, file))).toEqual(expect.arrayContaining(['src/templates/page.tsx', 'src/templates/home.tsx', 'src/components/use-site.ts']))
  })
})

describe("develop's wait before it acts on changed nodes", () => {
  it(
    'commits a batch of node mutations 20 ms after the last one, not 500 ms',
    () => {
      // Gatsby's waiting machine as develop runs it, on xstate's simulated clock; the batch's work itself is left pending.
      const dir = site({
        'wait-driver.cjs': `const path = require('node:path')
const gatsby = path.dirname(require.resolve('gatsby/package.json', { paths: [${JSON.stringify(root)}] }))
const from = (request) => require(require.resolve(request, { paths: [gatsby] }))
const { interpret } = from('xstate')
const { SimulatedClock } = from('xstate/lib/SimulatedClock')
const { developServices } = from('gatsby/dist/state-machines/develop/services')
const clock = new SimulatedClock()
const machine = developServices.waitForMutations.withConfig({ services: { runMutationBatch: () => new Promise(() => {}) } })
const service = interpret(machine, { clock }).start()
service.send({ type: 'ADD_NODE_MUTATION', payload: { type: 'createNode', payload: [] } })
const states = [service.state.value]
for (const ms of [19, 1, 480]) {
  clock.increment(ms)
  states.push(service.state.value)
}
// Not console.log: Gatsby's reporter, loaded with the machines, wraps its lines.
require('node:fs').writeSync(1, JSON.stringify(states) + '\\n')
process.exit(0)
`,
      })
      const run = (hooks: string[]) => spawnSync(process.execPath, [...hooks.flatMap((hook) => ['--require', hook]), path.join(dir, 'wait-driver.cjs')], { cwd: root, encoding: 'utf8', timeout: 60_000 })
      const states = (hooks: string[]) => {
        const result = run(hooks)
        expect(result.status, result.stderr).toBe(0)
        return JSON.parse(result.stdout.trim().split('\n').at(-1)!)
      }
      expect(states([path.join(root, 'scripts', 'gatsby-mutation-batch.cjs')])).toEqual(['batchingNodeMutations', 'batchingNodeMutations', 'committingBatch', 'committingBatch'])
      // Gatsby alone waits the whole 500 ms: the test sees the difference.
      expect(states([])).toEqual(['batchingNodeMutations', 'batchingNodeMutations', 'batchingNodeMutations', 'committingBatch'])
    },
    CHILD_PROCESSES_TIMEOUT,
  )
})

describe("develop's schema, built again only when an inferred type changed", () => {
  const HOOK_FILE = path.join(root, 'scripts', 'gatsby-schema-rebuild.cjs')
  const { rebuildWhenChanged } = require(HOOK_FILE)

  /** Runs `script` in a Node process of its own (Gatsby's modules talk to a parent process when they find one), `gatsby`, `hook()` (requiring it installs it) and `print` in scope; returns what it printed last, as JSON. */
  function inGatsbyProcess(script: string, hooks: string[] = []): unknown {
    const dir = site({
      'driver.cjs': `const path = require('node:path')
const gatsby = path.dirname(require.resolve('gatsby/package.json', { paths: [${JSON.stringify(root)}] }))
const hook = () => require(${JSON.stringify(HOOK_FILE)})
const print = (value) => require('node:fs').writeSync(1, JSON.stringify(value) + '\\n')
${script}
process.exit(0)
`,
    })
    const result = spawnSync(process.execPath, [...hooks.flatMap((file) => ['--require', file]), path.join(dir, 'driver.cjs')], { cwd: root, encoding: 'utf8', timeout: 60_000 })
    expect(result.status, result.stderr).toBe(0)
    return JSON.parse(result.stdout.trim().split('\n').at(-1)!)
  }

  it(
    "follows Gatsby's inference metadata: new values are no change, a new field or a type's first node is",
    () => {
      // Gatsby's own bookkeeping of what it infers, driven by the actions its store sees.
      const answers = inGatsbyProcess(`
const { inferenceMetadataReducer } = require(path.join(gatsby, 'dist', 'redux', 'reducers', 'inference-metadata'))
const { haveEqualFields, ignore } = require(path.join(gatsby, 'dist', 'schema', 'infer', 'inference-metadata'))
const node = (type, id, fields) => ({ id, parent: null, children: [], internal: { type, contentDigest: id, owner: 'test' }, ...fields })
let state = inferenceMetadataReducer(undefined, { type: 'START_INCREMENTAL_INFERENCE' })
const dispatch = (action) => { state = inferenceMetadataReducer(state, action) }
// A declared type (@dontInfer), as HandbookPage is: Gatsby ignores its fields.
state.typeMap.HandbookPage = ignore(undefined)
dispatch({ type: 'CREATE_NODE', payload: node('SitePage', 'page-1', { path: '/a' }) })
dispatch({ type: 'CREATE_NODE', payload: node('HandbookPage', 'hb-1', { title: 'A' }) })
const built = structuredClone(state.typeMap)
const answers = []
const changed = (label) => answers.push([label, hook().inferredTypesChanged(state.typeMap, built, haveEqualFields)])
dispatch({ type: 'CREATE_NODE', payload: node('SitePage', 'page-1', { path: '/b' }), oldNode: node('SitePage', 'page-1', { path: '/a' }) })
dispatch({ type: 'CREATE_NODE', payload: node('HandbookPage', 'hb-1', { title: 'B', html: '<p>a new field, ignored</p>' }), oldNode: node('HandbookPage', 'hb-1', { title: 'A' }) })
dispatch({ type: 'CREATE_NODE', payload: node('HandbookPage', 'hb-2', { title: 'C' }) })
changed('new values, a declared type changed')
dispatch({ type: 'CREATE_NODE', payload: node('SitePage', 'page-2', { path: '/c', extra: 1 }) })
changed('an inferred type gains a field')
dispatch({ type: 'DELETE_NODE', payload: node('SitePage', 'page-2', { path: '/c', extra: 1 }) })
changed('and loses it again')
dispatch({ type: 'CREATE_NODE', payload: node('Mdx', 'mdx-1', { body: '' }) })
changed("a type's first node")
print(answers)
`)
      expect(answers).toEqual([
        ['new values, a declared type changed', false],
        ['an inferred type gains a field', true],
        ['and loses it again', false],
        ["a type's first node", true],
      ])
    },
    CHILD_PROCESSES_TIMEOUT,
  )

  it('builds the first time, then only when told the types changed', async () => {
    const calls: string[] = []
    let typesChanged = false
    let builtOnce = false
    const build = rebuildWhenChanged(
      async (context: string) => {
        calls.push(context)
      },
      () => !builtOnce || typesChanged,
    )
    await build('first')
    builtOnce = true
    await build('unchanged')
    typesChanged = true
    await build('changed')
    expect(calls).toEqual(['first', 'changed'])
  })

  it('writes the types again only when the schema or a query changed', async () => {
    const { typegenWhenChanged } = require(HOOK_FILE)
    const written: string[] = []
    let schema = { version: 1 }
    const context = { store: { getState: () => ({ schema }) } }
    const definitions = (text: string) => ({ payload: { payload: new Map([['src/templates/page.tsx', { name: 'Page', filePath: 'src/templates/page.tsx', text }]]) } })
    const typegen = typegenWhenChanged(async (_context: unknown, event: ReturnType<typeof definitions>) => {
      written.push(event.payload.payload.get('src/templates/page.tsx')!.text)
    })
    await typegen(context, definitions('query Page { a }'))
    await typegen(context, definitions('query Page { a }'))
    await typegen(context, definitions('query Page { a b }'))
    schema = { version: 2 }
    await typegen(context, definitions('query Page { a b }'))
    expect(written).toEqual(['query Page { a }', 'query Page { a b }', 'query Page { a b }'])
  })

  it(
    "is installed in Gatsby's machines: the one that recreates pages after nodes change, and develop's own",
    () => {
      const script = `const machines = (name) => require(require.resolve('gatsby/dist/state-machines/' + name, { paths: [gatsby] }))
print([machines('data-layer').recreatePagesMachine.options.services.buildSchema.name, machines('develop').developMachine.options.actions.definitionsTypegen.name])`
      expect(inGatsbyProcess(script, [HOOK_FILE])).toEqual(['buildSchemaWhenChanged', 'definitionsTypegenWhenChanged'])
      // Gatsby alone: the test sees the difference.
      expect(inGatsbyProcess(script)).toEqual(['buildSchema', 'definitionsTypegen'])
    },
    CHILD_PROCESSES_TIMEOUT,
  )
})

/**
 * A pool of gatsby-worker, as Gatsby makes it (required by name from inside Gatsby, as its pool module does), with one
 * worker from `worker` (its exports, as source), driven by `drive` (an async function body using `pool`, returning
 * what to print); run with `hooks` required first, it gives back what `drive` returned.
 */
function poolRun(worker: string, drive: string): (hooks: string[]) => unknown {
  const dir = site({
    'worker.cjs': worker,
    'pool-driver.cjs': `const fromGatsby = require('node:module').createRequire(require.resolve('gatsby/dist/utils/worker/pool.js', { paths: [${JSON.stringify(root)}] }))
const { WorkerPool } = fromGatsby('gatsby-worker')
const pool = new WorkerPool(require.resolve('./worker.cjs'), { numWorkers: 1 })
;(async () => {
${drive}
})().then((result) => {
  require('node:fs').writeSync(1, JSON.stringify({ result }) + '\\n')
  process.exit(0)
})
`,
  })
  return (hooks) => {
    const result = spawnSync(process.execPath, [...hooks.flatMap((hook) => ['--require', hook]), path.join(dir, 'pool-driver.cjs')], { cwd: dir, encoding: 'utf8', timeout: 60_000 })
    expect(result.status, result.stderr).toBe(0)
    return JSON.parse(result.stdout.trim().split('\n').at(-1)!).result
  }
}

describe("gatsby build's workers, kept from the queries to the HTML", () => {
  const HOOK_FILE = path.join(root, 'scripts', 'gatsby-worker-reuse.cjs')
  const { MAX_QUERIES_KEPT } = require(HOOK_FILE)

  it(
    "keeps the worker processes when Gatsby's pool is told to restart after a few queries, not after many",
    () => {
      // The worker runs "queries" and answers with its process id.
      const kept = poolRun(
        'exports.pid = async () => process.pid\nexports.runQueries = async () => []\n',
        `  const ids = (count) => Array.from({ length: count }, (_, n) => 'query-' + n)
  const kept = []
  for (const count of [3, ${MAX_QUERIES_KEPT} + 1]) {
    const before = await pool.single.pid()
    await pool.single.runQueries({ pageQueryIds: ids(count), staticQueryIds: [], sliceQueryIds: [] })
    await pool.restart()
    kept.push(before === (await pool.single.pid()))
  }
  await Promise.all(pool.end())
  return kept`,
      )
      expect(kept([HOOK_FILE])).toEqual([true, false])
      // Gatsby alone starts new processes every time: the test sees the difference.
      expect(kept([])).toEqual([false, false])
    },
    CHILD_PROCESSES_TIMEOUT,
  )
})

describe("gatsby build's workers, ended by the pool", () => {
  const HOOK_FILE = path.join(root, 'scripts', 'gatsby-worker-exit.cjs')

  it(
    'exit by themselves when all they have left is a timer, where Gatsby alone waits and kills them',
    () => {
      // The worker leaves a 5 s timer behind its task, as Gatsby's query runner does; the pool ends it and gives its exit code.
      const exitCodes = poolRun(
        'exports.runQueries = async () => { setTimeout(() => {}, 5000); return [] }\n',
        `  await pool.single.runQueries({ pageQueryIds: [], staticQueryIds: [], sliceQueryIds: [] })
  return Promise.all(pool.end())`,
      )
      expect(exitCodes([HOOK_FILE])).toEqual([0])
      // Gatsby alone: the worker is still waiting on its timer when the pool kills it (no exit code, a signal).
      expect(exitCodes([])).toEqual([null])
    },
    CHILD_PROCESSES_TIMEOUT,
  )
})

describe("gatsby build's worker pool, lazy for a small handbook", () => {
  const HOOK_FILE = path.join(root, 'scripts', 'gatsby-lazy-workers.cjs')

  /** Drives `lazyPool` over a stand-in for Gatsby's pool that logs what it is asked, in a process of its own (the hook wraps require). */
  function drive(steps: string): { log: string[]; created: number } {
    const dir = site({})
    const driver = path.join(dir, 'lazy-driver.cjs')
    fs.writeFileSync(
      driver,
      `const { lazyPool } = require(${JSON.stringify(HOOK_FILE)})
const log = []
let created = 0
const real = () => {
  created++
  const asked = (kind) => new Proxy({}, { get: (_t, name) => (...args) => { log.push(kind + '.' + name + ' ' + JSON.stringify(args)); return kind === 'all' ? [Promise.resolve()] : Promise.resolve() } })
  return { all: asked('all'), single: asked('single'), onMessage: (listener) => log.push('onMessage ' + listener.name), getWorkerInfo: () => [{ workerId: 1 }], restart: async () => log.push('restart'), end: () => [Promise.resolve(0)] }
}
const pool = lazyPool(real)
;(async () => {
${steps}
  console.log(JSON.stringify({ log, created }))
})()
`,
    )
    const result = spawnSync(process.execPath, [driver], { cwd: dir, encoding: 'utf8', timeout: 60_000 })
    expect(result.stderr).toBe('')
    return JSON.parse(result.stdout.trim().split('\n').at(-1)!)
  }

  it('starts no worker for what bootstrap asks of every worker, nor to restart, end or list them', () => {
    const { log, created } = drive(`  pool.onMessage(function reporter() {})
  await Promise.all(pool.all.loadConfigAndPlugins({ siteDirectory: '/site' }))
  await Promise.all(pool.all.buildSchema())
  await pool.restart()
  log.push('workers ' + pool.getWorkerInfo().length, 'ended ' + pool.end().length)`)
    expect(created).toBe(0)
    expect(log).toEqual(['workers 0', 'ended 0'])
  })

  it('starts the worker when something else is asked of it, replaying what bootstrap asked first, in order', () => {
    const { log, created } = drive(`  pool.onMessage(function reporter() {})
  pool.all.loadConfigAndPlugins({ siteDirectory: '/site' })
  pool.all.buildSchema()
  pool.all.setComponents()
  await pool.single.runQueries({ pageQueryIds: ['/a'] })
  await pool.single.renderHTMLProd({ paths: ['/a'] })
  await pool.restart()
  log.push('workers ' + pool.getWorkerInfo().length)`)
    expect(created).toBe(1)
    expect(log).toEqual([
      'onMessage reporter',
      'all.loadConfigAndPlugins [{"siteDirectory":"/site"}]',
      'all.buildSchema []',
      'all.setComponents []',
      'single.runQueries [{"pageQueryIds":["/a"]}]',
      // Once a worker runs, the HTML is its to write too.
      'single.renderHTMLProd [{"paths":["/a"]}]',
      'restart',
      'workers 1',
    ])
  })
})
