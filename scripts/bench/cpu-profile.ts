/**
 * What a build spends its CPU on, from the `.cpuprofile` files Node writes
 * with `--cpu-prof` (one per process and worker thread): each sample's time
 * goes to the function it was in (self time), grouped by "step": a package
 * (`node_modules/<pkg>`, the innermost one), our own source file and
 * function, Node's internals, or V8's own entries ((garbage collector),
 * (program), (idle)). `npm run bench -- --real --profile` prints the top
 * steps of a cold build, also per page.
 *
 * Our library runs bundled (node_modules/.cache/handbook/content-library.js):
 * a sample there goes to the module esbuild's `// <path>` comment above its
 * line names (bundleModules), so to the package or our source file it came from.
 */
import fs from 'node:fs'
import path from 'node:path'

/** The parts of V8's profile format this reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]
  startTime: number
  endTime: number
  samples: number[]
  /** Microseconds since the previous sample (the first: since startTime). */
  timeDeltas: number[]
}

export interface Step {
  step: string
  selfMs: number
  /** Self time divided by the pages rendered. */
  msPerPage: number
  /** Share of all samples' time in the profiles read. */
  share: number
}

/** The innermost `node_modules/<pkg>` (or `@scope/pkg`) of a script URL. */
function packageOf(url: string): string | undefined {
  const parts = url.split('/node_modules/')
  if (parts.length < 2) return undefined
  const rest = parts.at(-1)!.split('/')
  return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]
}

/** The source module of each line of an esbuild bundle, from the `// node_modules/x/y.js` comments it opens modules with. */
export function bundleModules(bundle: string): (line: number) => string | undefined {
  const starts: [number, string][] = []
  bundle.split('\n').forEach((text, line) => {
    const module = /^\/\/ ((?:node_modules|src)\/\S+)$/.exec(text)?.[1]
    if (module) starts.push([line, module])
  })
  return (line) => {
    let found: string | undefined
    for (const [start, module] of starts) {
      if (start > line) break
      found = module
    }
    return found
  }
}

/** Bundles met in profiles (script path → module at a 0-based line), read once each. */
export type BundleLookup = (url: string) => ((line: number) => string | undefined) | undefined

/** The step a sample belongs to. `roots`: folders whose files are ours (the project and its copies), shown relative. */
export function stepOf(frame: CpuProfile['nodes'][number]['callFrame'], roots: readonly string[] = [], bundles?: BundleLookup): string {
  const name = frame.functionName || '(anonymous)'
  const url = frame.url.replace(/^file:\/\//, '')
  if (url === '') return name.startsWith('(') ? name : `(native) ${name}`
  // node:internal/modules/cjs/loader → "internal/modules"; node:fs → "fs".
  if (url.startsWith('node:') || !url.startsWith('/'))
    return `node internals (${url
      .replace(/^node:/, '')
      .split('/')
      .slice(0, 2)
      .join('/')})`
  if (url.includes('/node_modules/.cache/')) {
    const module = bundles?.(url)?.(frame.lineNumber)
    if (module === undefined) return `our library bundle: ${name}`
    return packageOf(`/${module}`) ?? `${module} ${name}`
  }
  const pkg = packageOf(url)
  if (pkg) return pkg
  const root = roots.find((dir) => url.startsWith(`${dir}/`))
  return `${root ? path.relative(root, url) : url} ${name}`
}

/** Self time per step, in ms, of one profile. */
export function selfTimes(profile: CpuProfile, roots: readonly string[] = [], bundles?: BundleLookup): Map<string, number> {
  const stepById = new Map(profile.nodes.map((node) => [node.id, stepOf(node.callFrame, roots, bundles)]))
  const totals = new Map<string, number>()
  // A sample stands for the time until the next one: timeDeltas[i + 1] (the last: until endTime).
  let at = profile.startTime
  const stamps = profile.timeDeltas.map((delta) => (at += delta))
  for (let i = 0; i < profile.samples.length; i++) {
    const next = i + 1 < stamps.length ? stamps[i + 1]! : profile.endTime
    const micros = Math.max(0, next - stamps[i]!)
    const step = stepById.get(profile.samples[i]!) ?? '(unknown)'
    totals.set(step, (totals.get(step) ?? 0) + micros / 1000)
  }
  return totals
}

/** The steps of several profiles added up, most expensive first; `(idle)` left out (waiting is not cost). */
export function topSteps(profiles: readonly CpuProfile[], pages: number, roots: readonly string[] = [], limit = 15, bundles?: BundleLookup): Step[] {
  const totals = new Map<string, number>()
  for (const profile of profiles) {
    for (const [step, ms] of selfTimes(profile, roots, bundles)) totals.set(step, (totals.get(step) ?? 0) + ms)
  }
  totals.delete('(idle)')
  const all = [...totals.values()].reduce((sum, ms) => sum + ms, 0)
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([step, ms]) => ({ step, selfMs: Math.round(ms), msPerPage: Math.round((ms / Math.max(1, pages)) * 100) / 100, share: all > 0 ? Math.round((ms / all) * 1000) / 1000 : 0 }))
}

/** Reads each bundle a profile names once; none when the file is gone. */
export function bundlesFromDisk(): BundleLookup {
  const read = new Map<string, ((line: number) => string | undefined) | undefined>()
  return (url) => {
    const file = url.replace(/^file:\/\//, '')
    if (!read.has(file)) read.set(file, fs.existsSync(file) ? bundleModules(fs.readFileSync(file, 'utf8')) : undefined)
    return read.get(file)
  }
}

/** Every `.cpuprofile` file in a folder, with its name (Node's: CPU.<date>.<time>.<pid>.<thread>.<n>.cpuprofile). */
export function readProfileFiles(dir: string): { file: string; profile: CpuProfile }[] {
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.cpuprofile'))
    .map((file) => ({ file, profile: JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as CpuProfile }))
}

/**
 * A render worker's profile: a worker thread (not a process's main thread)
 * that ran our library bundle. Webpack's minifier threads run none of it.
 * What its steps cost is what rendering one page costs, without the build's
 * fixed costs (loading modules, webpack).
 */
export function isRenderThread(file: string, profile: CpuProfile): boolean {
  const thread = Number(/\.(\d+)\.\d+\.cpuprofile$/.exec(file)?.[1] ?? 0)
  return thread > 0 && profile.nodes.some((node) => node.callFrame.url.endsWith('content-library.js'))
}

export function stepsTable(steps: readonly Step[]): string {
  return [
    '| step (self time) | ms | ms per page | share |',
    '|---|---:|---:|---:|',
    ...steps.map((s) => `| ${s.step.replace(/\|/g, '\\|')} | ${s.selfMs.toLocaleString('en')} | ${s.msPerPage.toFixed(2)} | ${(s.share * 100).toFixed(1)} % |`),
  ].join('\n')
}
