/**
 * The fixture-site harness: every build and browser test gets its built
 * handbook from here, never from a Gatsby build of its own.
 *
 * - One copy of the project per checkout (a "workshop", reused while the
 *   project's files are the same), so Gatsby's webpack cache stays warm from
 *   one fixture to the next: a fixture build starts by removing `public/`,
 *   which makes Gatsby drop every cache but webpack's, so no data of the
 *   previous fixture survives (a build here gives byte-identical HTML to one
 *   in a fresh copy), at about half the time of a cold build.
 * - Each fixture is built once, cached by the project's files, the fixture's
 *   content and the build's settings: two test files (or two runs) asking for
 *   the same build share it. The content is copied to a folder named by its
 *   hash, so the paths in a cached build's messages stay true.
 * - `editable` sites are the exception: a private content copy, built in the
 *   workshop and left there so a test can edit a page and `rebuild()`.
 *
 * Builds take turns on a lock per workshop; HANDBOOK_TEST_BUILD_SLOTS=2 gives
 * two workshops, for runs that build two fixtures at once (one when unset;
 * `npm test` sets two, measured faster on a 2-core machine: scripts/test.mjs).
 */
import crypto from 'node:crypto'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { HTMLElement } from 'node-html-parser'
import { runCheck } from '../../scripts/lib/check-command'
import { buildSite, copyProjectTo, DEFAULT_TODAY, PROJECT_FILES, projectRoot, type BuildResult, type SiteCopy } from '../../scripts/lib/site'
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server'
import { git } from './git'
import { parseHtml } from './html'

export type { BuildResult } from '../../scripts/lib/site'

/** Where workshops, content copies and built sites live between runs. */
const ROOT = process.env.HANDBOOK_TEST_SITES ?? path.join(os.tmpdir(), 'handbook-test-sites')
const SLOTS = Math.max(1, Number(process.env.HANDBOOK_TEST_BUILD_SLOTS ?? '1') || 1)

export interface FixtureOptions {
  /** Build settings besides HANDBOOK_CONTENT_DIR, which the harness sets. */
  env?: Record<string, string>
  /** Changes the fixture's copy before it is built (what it makes is part of the cache key). */
  prepare?: (content: string) => void | Promise<void>
  /** Names the content copy of a folder given by path (the same name, the same path in messages, run after run). */
  label?: string
  /** Build the folder where it is (e.g. the starter's `contents/`, with its git history) instead of a copy. */
  inPlace?: boolean
  /** HANDBOOK_CONTENT_DIR written relative to the project copy, as an editor may write it. */
  relativeContentDir?: boolean
  /** A private copy built in the workshop and left there, for `edit`/`rebuild()`; never cached. */
  editable?: boolean
  /** The content folder inside the copy (`pages`): the copy is the old tool's project around it (a real handbook's `_data/`, `_includes/`). */
  contentFolder?: string
}

export interface FixtureSite {
  /** The content folder that was built. */
  readonly content: string
  readonly publicDir: string
  /** The (last) build: exit code and output. */
  readonly build: BuildResult
  /**
   * `git status --porcelain` of the project copy right after the (last)
   * build: what building changed in the project's tracked files. The harness
   * puts them back, so every build starts from the project as committed.
   */
  readonly projectChanges: string
  /** The project copy the (last) build ran in; later builds reuse it. */
  readonly projectDir: string
  /** The HTML Gatsby wrote for a URL (without the path prefix). */
  page(url: string): string
  html(url: string): HTMLElement
  /** Whether the build wrote `relative` (a path under public/). */
  exists(relative: string): boolean
  /** Every page the build wrote, by URL, leaving out the site's own folders and the print views. */
  pages(): Map<string, string>
  /** The output's `file:line: severity: message` lines about the content, relative to the content folder. */
  diagnostics(severity?: 'error' | 'warning'): string[]
  serve(pathPrefix?: string): Promise<StaticServer>
  /** Editable sites: builds again where the first build ran (an incremental build), after the test edited `content`. */
  rebuild(env?: Record<string, string>): Promise<BuildResult>
  /** Removes an editable site's private content copy. */
  dispose(): void
}

// ---------------------------------------------------------------- hashing

function hashFiles(hash: crypto.Hash, root: string, relative = ''): void {
  const folder = path.join(root, relative)
  const entries = fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))
  for (const entry of entries) {
    const child = path.join(relative, entry.name)
    const full = path.join(root, child)
    if (entry.isSymbolicLink()) hash.update(`L\0${child}\0${fs.readlinkSync(full)}\0`)
    else if (entry.isDirectory()) {
      hash.update(`D\0${child}\0`)
      hashFiles(hash, root, child)
    } else if (entry.isFile()) hash.update(`F\0${child}\0`).update(fs.readFileSync(full)).update('\0')
    else hash.update(`O\0${child}\0`)
  }
}

function hashOfFolder(folder: string): string {
  const hash = crypto.createHash('sha256')
  hashFiles(hash, folder)
  return hash.digest('hex').slice(0, 16)
}

let projectHashMemo: string | undefined
/**
 * The project's files (what a copy holds), its lockfile and Node: what a
 * build depends on besides content and settings. And the checkout itself: a
 * copy links its node_modules, and an .mdx page in the checkout's contents/
 * resolves packages from there, so two clones never share a copy.
 */
export function projectHash(): string {
  if (projectHashMemo) return projectHashMemo
  const hash = crypto.createHash('sha256').update(process.version).update(projectRoot)
  for (const entry of [...PROJECT_FILES, 'package-lock.json'].sort()) {
    const full = path.join(projectRoot, entry)
    if (!fs.existsSync(full)) continue
    if (fs.statSync(full).isDirectory()) {
      hash.update(`D\0${entry}\0`)
      hashFiles(hash, full)
    } else hash.update(`F\0${entry}\0`).update(fs.readFileSync(full)).update('\0')
  }
  projectHashMemo = hash.digest('hex').slice(0, 16)
  return projectHashMemo
}

// ---------------------------------------------------------------- workshops

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (cause) {
    return (cause as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Takes a lock folder, waiting while a live process holds it; a dead holder's lock is taken over. */
async function tryLock(lock: string): Promise<boolean> {
  try {
    fs.mkdirSync(lock)
    fs.writeFileSync(path.join(lock, 'pid'), String(process.pid))
    return true
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code !== 'EEXIST') throw cause
    const holder = Number(fs.readFileSync(path.join(lock, 'pid'), { encoding: 'utf8', flag: 'a+' }) || '0')
    if (holder && !alive(holder)) {
      fs.rmSync(lock, { recursive: true, force: true })
      return tryLock(lock)
    }
    return false
  }
}

interface Workshop extends SiteCopy {
  lock: string
}

/** Workshops this process has held: the editable site a workshop still holds, by workshop folder. */
const holders = new Map<string, string>()

function projectFolder(): string {
  return path.join(ROOT, projectHash())
}

/** A copy of the project as a git repository of its own (so a test can ask what a build changed in it). */
function makeWorkshop(dir: string): void {
  const staging = `${dir}.staging-${process.pid}`
  fs.rmSync(staging, { recursive: true, force: true })
  copyProjectTo(staging)
  fs.copyFileSync(path.join(projectRoot, '.gitignore'), path.join(staging, '.gitignore'))
  git(staging, ['init', '-q'])
  // node_modules is a symlink in the copy, which the `node_modules/` rule (folders only) does not match.
  fs.appendFileSync(path.join(staging, '.git', 'info', 'exclude'), '/node_modules\n')
  git(staging, ['add', '-A'])
  git(staging, ['commit', '-qm', 'project'])
  fs.renameSync(staging, dir)
}

/** Removes what earlier versions of the project and content copies no run used for a day left, unless touched in the last hour (another checkout may be using it). */
function pruneOldProjects(): void {
  if (!fs.existsSync(ROOT)) return
  const keep = projectHash()
  const olderThan = (full: string, ms: number) => Date.now() - fs.statSync(full).mtimeMs > ms
  for (const entry of fs.readdirSync(ROOT)) {
    if (entry === keep || entry === 'content') continue
    const full = path.join(ROOT, entry)
    if (olderThan(full, 3_600_000)) fs.rmSync(full, { recursive: true, force: true })
  }
  const copies = path.join(ROOT, 'content')
  if (!fs.existsSync(copies)) return
  for (const entry of fs.readdirSync(copies)) {
    const full = path.join(copies, entry)
    if (olderThan(full, 86_400_000)) fs.rmSync(full, { recursive: true, force: true })
  }
}

/** Runs `use` holding the lock folder `lock`, waiting while another process holds it. */
async function withLock<T>(lock: string, use: () => Promise<T>): Promise<T> {
  fs.mkdirSync(path.dirname(lock), { recursive: true })
  while (!(await tryLock(lock))) await sleep(250)
  try {
    return await use()
  } finally {
    fs.rmSync(lock, { recursive: true, force: true })
  }
}

/** Runs `use` holding a workshop (`only` that one, for a rebuild), made on first use. */
async function withWorkshop<T>(use: (workshop: Workshop) => Promise<T>, only?: string): Promise<T> {
  fs.mkdirSync(projectFolder(), { recursive: true })
  for (;;) {
    for (let slot = 0; slot < SLOTS; slot++) {
      const dir = path.join(projectFolder(), `project-${slot}`)
      if (only && dir !== only) continue
      const lock = `${dir}.lock`
      if (!(await tryLock(lock))) continue
      try {
        if (!fs.existsSync(dir)) {
          pruneOldProjects()
          makeWorkshop(dir)
        }
        return await use({ dir, publicDir: path.join(dir, 'public'), lock })
      } finally {
        fs.rmSync(lock, { recursive: true, force: true })
      }
    }
    await sleep(250)
  }
}

// ---------------------------------------------------------------- content

/** `source` copied into the new folder `target`, links as they are, then prepared. */
async function copyPrepared(source: string, target: string, prepare?: FixtureOptions['prepare']): Promise<string> {
  fs.cpSync(source, target, { recursive: true, verbatimSymlinks: true })
  await prepare?.(target)
  return target
}

/** The fixture copied (and prepared) into a folder named by its content's hash: the same content, the same path. */
async function contentCopy(source: string, label: string, prepare?: FixtureOptions['prepare']): Promise<{ dir: string; hash: string }> {
  const folder = path.join(ROOT, 'content')
  fs.mkdirSync(folder, { recursive: true })
  const staging = await copyPrepared(source, fs.mkdtempSync(path.join(folder, `.${label}-`)), prepare)
  const hash = hashOfFolder(staging)
  const target = path.join(folder, `${label}-${hash}`)
  if (fs.existsSync(target)) {
    fs.rmSync(staging, { recursive: true, force: true })
    // Used again: not for pruning (pruneOldProjects) yet.
    const now = new Date()
    fs.utimesSync(target, now, now)
  } else fs.renameSync(staging, target)
  return { dir: target, hash }
}

/** A private copy for an editable site. */
function privateCopy(source: string, label: string, prepare?: FixtureOptions['prepare']): Promise<string> {
  return copyPrepared(source, fs.mkdtempSync(path.join(os.tmpdir(), `handbook-content-${label}-`)), prepare)
}

function sourceOf(fixture: string, label?: string): { source: string; label: string } {
  if (path.isAbsolute(fixture)) return { source: fixture, label: label ?? path.basename(fixture) }
  const source = path.join(projectRoot, 'tests', 'fixtures', fixture)
  if (!fs.existsSync(source)) throw new Error(`No fixture tests/fixtures/${fixture}`)
  return { source, label: fixture }
}

// ---------------------------------------------------------------- building

/** The settings a build gets; HANDBOOK_TODAY is fixed for tests, so it is part of what is built. */
function buildEnv(workshopDir: string, content: string, options: FixtureOptions): Record<string, string> {
  const contentDir = options.relativeContentDir ? path.relative(workshopDir, content) : content
  return { HANDBOOK_TODAY: process.env.HANDBOOK_TODAY ?? DEFAULT_TODAY, ...options.env, HANDBOOK_CONTENT_DIR: contentDir }
}

/**
 * The settings a build inherits from this process and not from `settings`:
 * a developer's own HANDBOOK_* or GATSBY_* variables change what is built
 * (the harness's own HANDBOOK_TEST_* do not). Those `settings` sets are left
 * out, so a global set-up and a test file (whose environments differ by the
 * project's `env`) ask for the same build with the same key.
 */
function inheritedSettings(settings: Record<string, string>): Record<string, string> {
  const builds = (name: string) => /^(HANDBOOK|GATSBY)_/.test(name) && !name.startsWith('HANDBOOK_TEST_') && !(name in settings)
  return Object.fromEntries(
    Object.entries(process.env)
      .filter((entry): entry is [string, string] => builds(entry[0]) && entry[1] !== undefined)
      .sort(),
  )
}

function cacheKey(parts: { settings: Record<string, string> } & Record<string, unknown>): string {
  return crypto
    .createHash('sha256')
    .update(JSON.stringify({ ...parts, inherited: inheritedSettings(parts.settings) }))
    .digest('hex')
    .slice(0, 20)
}

/** The commit the starter's own content is at: its "what changed" comes from git. */
function headCommit(): string {
  const result = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: projectRoot, encoding: 'utf8' })
  return result.status === 0 ? result.stdout.trim() : 'no-git'
}

/** One line per Gatsby run, for the summary `npm test` prints (test-results/gatsby-runs.jsonl). */
function logRun(label: string, build: BuildResult): void {
  const folder = path.join(projectRoot, 'test-results')
  fs.mkdirSync(folder, { recursive: true })
  fs.appendFileSync(path.join(folder, 'gatsby-runs.jsonl'), `${JSON.stringify({ label, code: build.code, seconds: build.durationMs / 1000 })}\n`)
}

/** A build in a workshop, then what it changed in the project's files, undone for the next build. */
async function buildIn(workshop: SiteCopy, env: Record<string, string>, command?: string[]): Promise<Built> {
  const build = await buildSite(workshop, env, command)
  logRun(command?.[0] === 'develop' ? 'develop' : path.basename(env.HANDBOOK_CONTENT_DIR ?? '?'), build)
  const projectChanges = putBackProject(workshop)
  return { ...build, projectChanges, projectDir: workshop.dir }
}

/** What a run changed in the workshop's project files (`git status`), put back as they were. */
function putBackProject(workshop: SiteCopy): string {
  const changes = git(workshop.dir, ['status', '--porcelain'])
  if (changes) {
    git(workshop.dir, ['checkout', '-q', '--', '.'])
    git(workshop.dir, ['clean', '-fdq'])
  }
  return changes
}

/** Nothing of an earlier build in the workshop: public/ removed, so Gatsby drops every cache but webpack's; no editable site holds it after. */
function emptyWorkshop(workshop: SiteCopy): void {
  holders.delete(workshop.dir)
  fs.rmSync(workshop.publicDir, { recursive: true, force: true })
}

type Built = BuildResult & { projectChanges: string; projectDir: string }

/** A build from scratch in a workshop (emptyWorkshop). */
function freshBuildIn(workshop: SiteCopy, env: Record<string, string>, command?: string[]): Promise<Built> {
  emptyWorkshop(workshop)
  return buildIn(workshop, env, command)
}

function siteOf(content: string, publicDir: string, getBuild: () => Built, rebuild: FixtureSite['rebuild'], dispose: () => void): FixtureSite {
  const fileOf = (url: string) => {
    const parts = url.split('/').filter(Boolean)
    return path.join(publicDir, ...parts, 'index.html')
  }
  return {
    content,
    publicDir,
    get build() {
      return getBuild()
    },
    get projectChanges() {
      return getBuild().projectChanges
    },
    get projectDir() {
      return getBuild().projectDir
    },
    page: (url) => fs.readFileSync(fileOf(url), 'utf8'),
    html: (url) => parseHtml(fs.readFileSync(fileOf(url), 'utf8')),
    exists: (relative) => fs.existsSync(path.join(publicDir, relative)),
    pages: () => builtPages(publicDir),
    diagnostics: (severity) => diagnosticLines(getBuild().output, content, severity),
    serve: (pathPrefix = '') => serveStatic(publicDir, pathPrefix),
    rebuild,
    dispose,
  }
}

/** Every built page (index.html) of a site, by URL, leaving out the site's own folders and the print views (`/print…`), which repeat the pages. */
function builtPages(publicDir: string): Map<string, string> {
  const pages = new Map<string, string>()
  const walk = (folder: string, url: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (url === '' && (entry.name === '_handbook' || entry.name === 'page-data' || entry.name === 'static' || entry.name === 'print')) continue
        walk(path.join(folder, entry.name), `${url}/${entry.name}`)
      } else if (entry.name === 'index.html') {
        pages.set(url || '/', fs.readFileSync(path.join(folder, entry.name), 'utf8'))
      }
    }
  }
  walk(publicDir, '')
  return pages
}

/** The lines of a build's (or the check's) output that point into `content`, relative to it, optionally of one severity. */
export function diagnosticLines(output: string, content: string, severity?: 'error' | 'warning'): string[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith(`${content}/`))
    .map((line) => line.slice(content.length + 1))
    .filter((line) => !severity || line.includes(`: ${severity}: `))
}

/**
 * The fixture `tests/fixtures/<fixture>` (or a folder, by absolute path)
 * built with `options.env`: from the cache when this project built the same
 * content with the same settings before, else now.
 */
export async function fixtureSite(fixture: string, options: FixtureOptions = {}): Promise<FixtureSite> {
  const { source, label } = sourceOf(fixture, options.label)
  if (options.editable) return editableSite(source, label, options)
  const copied = options.inPlace ? { dir: source, hash: hashOfFolder(source) } : await contentCopy(source, label, options.prepare)
  const { hash } = copied
  const content = options.contentFolder ? path.join(copied.dir, options.contentFolder) : copied.dir
  // The key's settings are written as the workshop will see them; a relative folder is the same from every slot.
  const settings = buildEnv(path.join(projectFolder(), 'project-0'), content, options)
  const key = cacheKey({ project: projectHash(), content: hash, head: options.inPlace ? headCommit() : undefined, settings, relative: options.relativeContentDir })
  const stored = path.join(projectFolder(), 'sites', key)
  const record = path.join(stored, 'build.json')
  // Two test files asking for the same build at once: the second waits for the first's, then reads it.
  if (!fs.existsSync(record))
    await withLock(`${stored}.lock`, async () => {
      if (fs.existsSync(record)) return
      await withWorkshop(async (workshop) => {
        const build = await freshBuildIn(workshop, buildEnv(workshop.dir, content, options))
        fs.rmSync(stored, { recursive: true, force: true })
        fs.mkdirSync(stored, { recursive: true })
        if (fs.existsSync(workshop.publicDir)) fs.renameSync(workshop.publicDir, path.join(stored, 'public'))
        fs.writeFileSync(record, JSON.stringify(build))
      })
    })
  const build = JSON.parse(fs.readFileSync(record, 'utf8')) as Built
  const refuse = () => Promise.reject(new Error('rebuild() needs fixtureSite(…, { editable: true })'))
  return siteOf(
    content,
    path.join(stored, 'public'),
    () => build,
    refuse,
    () => {},
  )
}

/**
 * An editable site holds its workshop between builds: the test edits
 * `content` and calls `rebuild()`, an incremental build over the first one,
 * as an editor's next build would be. Another fixture built in between takes
 * the workshop back, and a rebuild after that is refused. The site's pages
 * are read from a copy of what its last build wrote.
 */
async function editableSite(source: string, label: string, options: FixtureOptions): Promise<FixtureSite> {
  const content = await privateCopy(source, label, options.prepare)
  const id = `${label}-${process.pid}-${crypto.randomUUID()}`
  // What each build wrote, copied out of the workshop while this site holds it: another file's build may take the
  // workshop (and empty its public/) while this file's tests still read the pages.
  fs.mkdirSync(projectFolder(), { recursive: true })
  const kept = fs.mkdtempSync(path.join(projectFolder(), `editable-${label}-`))
  const publicDir = path.join(kept, 'public')
  const keep = (workshop: Workshop) => {
    fs.rmSync(publicDir, { recursive: true, force: true })
    if (fs.existsSync(workshop.publicDir)) fs.cpSync(workshop.publicDir, publicDir, { recursive: true, verbatimSymlinks: true })
  }
  let build!: Built
  let workshopDir = ''
  await withWorkshop(async (workshop) => {
    build = await freshBuildIn(workshop, buildEnv(workshop.dir, content, options))
    holders.set(workshop.dir, id)
    workshopDir = workshop.dir
    keep(workshop)
  })
  const rebuild = async (env: Record<string, string> = {}) => {
    await withWorkshop(async (workshop) => {
      if (holders.get(workshop.dir) !== id) throw new Error(`${label}: another fixture was built since; rebuild() must follow its first build`)
      build = await buildIn(workshop, buildEnv(workshop.dir, content, { ...options, env: { ...options.env, ...env } }))
      keep(workshop)
    }, workshopDir)
    return build
  }
  return siteOf(
    content,
    publicDir,
    () => build,
    rebuild,
    () => {
      fs.rmSync(content, { recursive: true, force: true })
      fs.rmSync(kept, { recursive: true, force: true })
    },
  )
}

/**
 * `fixture` built after `earlier`, in one project copy, as an editor's next
 * build of another handbook in the same project folder: a workshop gets a
 * copy of `earlier`'s public/ (a copy: the cached build stays as it was for
 * the tests that read it) and builds over it. Gatsby's cache there is of
 * whichever build the workshop ran last, not `earlier`'s, so the build runs
 * as after a project upgrade (gatsby-node.ts changed, put back after):
 * Gatsby clears its cache, keeps public/ and removes nothing of the earlier
 * build itself, the hardest case for the handbook's own clean-up. The result
 * is moved to a folder of its own (another build may take the workshop as
 * soon as this one is done). Never cached: what the build leaves of the
 * earlier one is what a test asserts. `dispose()` removes it.
 */
export async function fixtureSiteAfter(earlier: FixtureSite, fixture: string, options: Pick<FixtureOptions, 'env' | 'label'> = {}): Promise<FixtureSite> {
  const { source, label } = sourceOf(fixture, options.label)
  const { dir: content } = await contentCopy(source, label)
  const kept = fs.mkdtempSync(path.join(projectFolder(), `after-${label}-`))
  let build!: Built
  await withWorkshop(async (workshop) => {
    emptyWorkshop(workshop)
    fs.cpSync(earlier.publicDir, workshop.publicDir, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true })
    fs.appendFileSync(path.join(workshop.dir, 'gatsby-node.ts'), '\n// Changed, as a project upgrade changes it: Gatsby clears .cache and keeps public/.\n')
    build = await buildIn(workshop, buildEnv(workshop.dir, content, options))
    if (fs.existsSync(workshop.publicDir)) fs.renameSync(workshop.publicDir, path.join(kept, 'public'))
  })
  const refuse = () => Promise.reject(new Error('rebuild() needs fixtureSite(…, { editable: true })'))
  return siteOf(
    content,
    path.join(kept, 'public'),
    () => build,
    refuse,
    () => fs.rmSync(kept, { recursive: true, force: true }),
  )
}

/**
 * Gatsby run in a workshop with `env` as it is, nothing cached: for folders
 * that cannot be built (missing, empty) and commands other than a build.
 */
export function runGatsby(env: Record<string, string>, command?: string[]): Promise<Built> {
  return withWorkshop((workshop) => freshBuildIn(workshop, { HANDBOOK_TODAY: process.env.HANDBOOK_TODAY ?? DEFAULT_TODAY, ...env }, command))
}

/**
 * `use` run in a workshop with nothing of an earlier build (public/ removed),
 * for a server rather than a build (`gatsby develop`); what it changed in
 * the project is put back after, as after a build.
 */
export function inFreshWorkshop<T>(use: (projectDir: string) => Promise<T>): Promise<T> {
  return withWorkshop(async (workshop) => {
    emptyWorkshop(workshop)
    try {
      return await use(workshop.dir)
    } finally {
      putBackProject(workshop)
    }
  })
}

export interface CheckedFixture {
  /** The content folder that was checked. */
  readonly content: string
  /** `npm run check`'s exit code and everything it printed. */
  readonly code: number
  readonly output: string
  /** Its `file:line: severity: message` lines, relative to the content folder. */
  diagnostics(severity?: 'error' | 'warning'): string[]
}

/**
 * A fixture checked as `npm run check -- --verbose` checks it (every
 * warning on its line), in this process and without Gatsby (runCheck, the
 * check's own code path): for tests that only assert what the check reports.
 * The build reports the same errors and the same warnings, counted once per
 * kind (it loads and checks the handbook the same way), which each failure
 * fixture's one Gatsby build asserts.
 */
export async function checkFixture(fixture: string, options: Pick<FixtureOptions, 'env' | 'prepare' | 'label' | 'contentFolder'> = {}): Promise<CheckedFixture> {
  const { source, label } = sourceOf(fixture, options.label)
  const { dir: copied } = await contentCopy(source, label, options.prepare)
  const content = options.contentFolder ? path.join(copied, options.contentFolder) : copied
  // --verbose: every warning on its line, as tests count and match them (without it, a kind with many is its first and a count).
  const result = await runCheck(['--verbose'], { ...process.env, GITHUB_ACTIONS: '', HANDBOOK_TODAY: process.env.HANDBOOK_TODAY ?? DEFAULT_TODAY, ...options.env, HANDBOOK_CONTENT_DIR: content })
  const output = `${result.stdout}${result.stderr}`
  return { content, code: result.code, output, diagnostics: (severity) => diagnosticLines(output, content, severity) }
}
