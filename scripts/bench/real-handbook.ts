/**
 * `npm run bench -- --real`: the real 18F handbook (../shared/corpora/18f-handbook,
 * beside the project; read-only, so copied first), built with
 * HANDBOOK_CONTENT_DIR=<copy>/pages. Skipped, with a note, when the folder is
 * missing. Writes bench-results/real-18f.{json,md}.
 *
 * 1. The unedited copy: `npm run check` (its errors by code) and a cold build
 *    (exit code, seconds). When it does not build as it is, the one file a
 *    migrating company writes is added: `pages/handbook.yml` with the mapping of
 *    the tags the old site's own code defined (tests/fixtures/18f-handbook.yml,
 *    as the build test has it), plus HANDBOOK_BROKEN_LINKS=warn when only broken
 *    links and anchors (the old site's own) are left; the figures say so.
 * 2. Ours: a cold build in a fresh project copy, with its stages (build-stages.ts)
 *    and the load average sampled every second; the same paragraph appended to
 *    one page, a rebuild; `npm run check` with its render cache emptied, and
 *    again after the edit; peak memory and output size.
 * 3. With `--peer starlight`: Starlight on the same pages (converted by
 *    starlight-convert.ts), cold build and rebuild after the same edit, taken
 *    after ours. One run each: ratios are ours ÷ Starlight's.
 * 4. With `--profile`: one more cold build with `--cpu-prof` for the Gatsby
 *    process, its child processes (they inherit Node's flags) and its worker
 *    threads (cpu-prof-preload.cjs), the profiles in bench-results/profile/, summed by step
 *    (cpu-profile.ts), per page rendered. Not the timed build: profiling slows it.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildSite, createSiteCopy, projectRoot, removeSite, type BuildResult, type SiteCopy } from '../lib/site'
import { folderBytes } from '../lib/folder-bytes'
import { scanContent } from '../../src/content/load/content-files'
import { parseBuildStages, type Stage } from './build-stages'
import { bundlesFromDisk, isRenderThread, readProfileFiles, stepsTable, topSteps, type Step } from './cpu-profile'
import { sampleLoad, type LoadFigures } from './load-average'
import { timedCheck } from './timed-check'
import { developOurs, developStarlight, EDIT, type BenchHelpers } from './starlight'
import { ASTRO_VERSION, buildStarlight, htmlFilesIn, installStarlight, loadHandbook, STARLIGHT_VERSION } from './starlight-project'

/** Where CI and a developer's machine keep the real handbooks: beside the project. */
export const REAL_CORPUS = path.resolve(projectRoot, '..', 'shared', 'corpora', '18f-handbook')
const CHECK_CACHE = path.join(projectRoot, 'node_modules', '.cache', 'handbook', 'check-rendered')
const PROFILE_DIR = path.join(projectRoot, 'bench-results', 'profile')

interface CheckFigures {
  exitCode: number
  seconds: number
  errors: number
  warnings: number
  errorsByCode: Record<string, number>
}

interface Attempt {
  check: CheckFigures
  build: { exitCode: number; seconds: number }
}

interface SideFigures {
  coldBuildSeconds: number
  rebuildSeconds: number
  /** The dev server: from its start until the edited page is served, and from a save of it until the saved text is. */
  /** laterSaveSeconds: absent from results written before it was measured. */
  develop?: { startSeconds: number; saveSeconds: number; laterSaveSeconds?: number }
  peakRssMb: number | null
  outputMb: number
  htmlFiles: number
  load: { coldBuild: LoadFigures; rebuild: LoadFigures }
}

interface OursFigures extends SideFigures {
  check: { coldSeconds: number; afterEditSeconds: number }
  stages: Stage[]
  gatsbyTotalSeconds?: number
  /** The rebuild's own stages: where a one-page edit's time goes. */
  rebuildStages: Stage[]
}

export interface RealResult {
  date: string
  machine: string
  corpus: string
  pages: number
  editedPage: string
  unedited: Attempt
  /** Empty when the unedited handbook builds. */
  fixes: { kind: 'mapping' | 'broken-links-warn'; count: number; what: string }[]
  ours: OursFigures
  starlight?: SideFigures & { version: string }
  profile?: ProfileFigures | { error: string }
  load: LoadFigures
}

const log = (text: string) => process.stdout.write(text)
const round = (value: number) => Math.round(value * 10) / 10
const hundredths = (value: number) => Math.round(value * 100) / 100
const developFigures = (figures: { startSeconds: number; saveSeconds: number; laterSaveSeconds: number }) => ({
  startSeconds: round(figures.startSeconds),
  saveSeconds: hundredths(figures.saveSeconds),
  laterSaveSeconds: hundredths(figures.laterSaveSeconds),
})
const seconds = (build: BuildResult) => round(build.durationMs / 1000)
const mb = (kb: number | undefined) => (kb ? Math.round(kb / 1024) : null)

/** `npm run check --format json` on a content folder, its render cache emptied first unless `warm`. */
function checkFigures(contentDir: string, env: Record<string, string>, warm = false): CheckFigures {
  if (!warm) fs.rmSync(CHECK_CACHE, { recursive: true, force: true })
  const run = timedCheck(contentDir, env)
  const secondsTaken = round(run.seconds)
  let report: { errors: number; warnings: number; diagnostics: { severity: string; code: string }[] }
  try {
    report = JSON.parse(run.stdout) as typeof report
  } catch {
    throw new Error(`npm run check gave no JSON report (exit ${run.status}):\n${run.stderr.slice(-2000)}`)
  }
  const errorsByCode: Record<string, number> = {}
  for (const d of report.diagnostics) if (d.severity === 'error') errorsByCode[d.code] = (errorsByCode[d.code] ?? 0) + 1
  return { exitCode: run.status ?? 1, seconds: secondsTaken, errors: report.errors, warnings: report.warnings, errorsByCode }
}

/** A build with the load sampled while it runs. */
async function measured(build: () => Promise<BuildResult>): Promise<{ result: BuildResult; load: LoadFigures }> {
  const stop = sampleLoad()
  const result = await build()
  return { result, load: stop() }
}

/** The shortcode mapping of the 18F handbook's own tags: the one file a company moving it writes (the build test uses it too). */
const MAPPING_FILE = path.join(projectRoot, 'tests', 'fixtures', '18f-handbook.yml')

const BROKEN_LINK_CODES = new Set(['link-broken', 'anchor-broken'])

interface ProfileFigures {
  pagesRendered: number
  files: number
  /** Every process and thread of the build. */
  steps: Step[]
  /** The render worker threads only: what a page costs to render. */
  renderThreads: number
  renderSteps: Step[]
}

async function profileColdBuild(pagesDir: string, env: Record<string, string>): Promise<ProfileFigures> {
  fs.rmSync(PROFILE_DIR, { recursive: true, force: true })
  fs.mkdirSync(PROFILE_DIR, { recursive: true })
  const site = createSiteCopy('bench-real-profile')
  try {
    log('  ours, profiled cold build (--cpu-prof)… ')
    // Node refuses --cpu-prof in NODE_OPTIONS: it goes on the command line, which Gatsby's forked workers inherit;
    // the preload gives it to worker threads started with execArgv of their own (our render workers).
    const nodeArgs = ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`, '--require', path.join(projectRoot, 'scripts', 'bench', 'cpu-prof-preload.cjs')]
    const build = await buildSite(site, { ...env, HANDBOOK_CONTENT_DIR: pagesDir }, undefined, undefined, nodeArgs)
    if (build.code !== 0) throw new Error(`the profiled build failed:\n${build.output.slice(-3000)}`)
    const rendered = Number(/(\d+) Markdown pages? rendered/.exec(build.output)?.[1] ?? 0)
    const files = readProfileFiles(PROFILE_DIR)
    const profiles = files.map((entry) => entry.profile)
    const render = files.filter((entry) => isRenderThread(entry.file, entry.profile)).map((entry) => entry.profile)
    log(`${seconds(build)} s, ${profiles.length} profiles (${render.length} render threads)\n`)
    const bundles = bundlesFromDisk()
    return {
      pagesRendered: rendered,
      files: profiles.length,
      steps: topSteps(profiles, rendered, [site.dir, projectRoot], 15, bundles),
      renderThreads: render.length,
      renderSteps: topSteps(render, rendered, [site.dir, projectRoot], 10, bundles),
    }
  } finally {
    removeSite(site)
  }
}

export async function benchRealHandbook(helpers: BenchHelpers, options: { starlight: boolean; profile: boolean }): Promise<RealResult | null> {
  if (!fs.existsSync(path.join(REAL_CORPUS, 'pages'))) {
    log(`Real handbook: skipped, ${path.relative(projectRoot, REAL_CORPUS)} is missing (the 18F handbook, kept beside the project).\n`)
    return null
  }
  const runLoad = sampleLoad()
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-bench-real-'))
  const sites: SiteCopy[] = []
  const newSite = (label: string) => {
    const site = createSiteCopy(label)
    sites.push(site)
    return site
  }
  try {
    const pristine = path.join(work, 'corpus')
    fs.cpSync(REAL_CORPUS, pristine, { recursive: true })
    const pagesDir = path.join(pristine, 'pages')
    // The pages as the build finds them.
    const files = scanContent(pagesDir)
      .pages.map((page) => page.sourcePath)
      .sort()
    const editedPage = helpers.typicalPageOf(files)
    log(`Real handbook (${files.length} pages, ${path.relative(projectRoot, REAL_CORPUS)}): unedited check… `)

    // 1. Unedited.
    const uneditedCheck = checkFigures(pagesDir, {})
    log(`${uneditedCheck.errors} errors, ${uneditedCheck.seconds} s; unedited cold build… `)
    const firstSite = newSite('bench-real')
    const first = await measured(() => buildSite(firstSite, { HANDBOOK_CONTENT_DIR: pagesDir }))
    log(`exit ${first.result.code}, ${seconds(first.result)} s\n`)
    const unedited: Attempt = { check: uneditedCheck, build: { exitCode: first.result.code, seconds: seconds(first.result) } }

    const fixes: RealResult['fixes'] = []
    const env: Record<string, string> = {}
    let cold = first
    let site = firstSite
    if (first.result.code !== 0) {
      fs.copyFileSync(MAPPING_FILE, path.join(pagesDir, 'handbook.yml'))
      fixes.push({ kind: 'mapping', count: 1, what: "pages/handbook.yml: the shortcodes: mapping of the tags the old site's own code defined (tests/fixtures/18f-handbook.yml)" })
      const left = checkFigures(pagesDir, {})
      const broken = Object.entries(left.errorsByCode).filter(([code]) => BROKEN_LINK_CODES.has(code))
      if (broken.length > 0 && broken.length === Object.keys(left.errorsByCode).length) {
        env.HANDBOOK_BROKEN_LINKS = 'warn'
        const count = broken.reduce((sum, [, n]) => sum + n, 0)
        fixes.push({ kind: 'broken-links-warn', count, what: `HANDBOOK_BROKEN_LINKS=warn: ${broken.map(([code, n]) => `${n} ${code}`).join(', ')} reported as warnings` })
      }
      log(`  with ${fixes.map((fix) => fix.kind).join(' and ')}: cold build… `)
      removeSite(firstSite)
      site = newSite('bench-real')
      cold = await measured(() => buildSite(site, { ...env, HANDBOOK_CONTENT_DIR: pagesDir }))
      if (cold.result.code !== 0) throw new Error(`the 18F handbook does not build even with its mapping:\n${cold.result.output.slice(-3000)}`)
      log(`${seconds(cold.result)} s; `)
    } else log('  ours: ')

    // 2. Ours. Starlight and the profile get the pages as they were before the edit.
    const unchangedPages = path.join(work, 'pages-before-the-edit')
    fs.cpSync(pagesDir, unchangedPages, { recursive: true })
    const stages = parseBuildStages(cold.result.output)
    const outputMb = round(folderBytes(site.publicDir) / 1024 / 1024)
    const htmlFiles = htmlFilesIn(site.publicDir).length
    log('check… ')
    const checkCold = checkFigures(pagesDir, env)
    fs.appendFileSync(path.join(pagesDir, editedPage), EDIT)
    log(`${checkCold.seconds} s; rebuild after a one-page edit… `)
    const rebuild = await measured(() => buildSite(site, { ...env, HANDBOOK_CONTENT_DIR: pagesDir }))
    if (rebuild.result.code !== 0) throw new Error(`our rebuild failed:\n${rebuild.result.output.slice(-3000)}`)
    log(`${seconds(rebuild.result)} s; check after the edit… `)
    const checkWarm = checkFigures(pagesDir, env, true)
    log(`${checkWarm.seconds} s; develop… `)
    removeSite(site)
    // develop on the corpus as the build had it (its _data, _includes and navigation around the pages), the pages as before the edit.
    const developRoot = path.join(work, 'corpus-develop')
    fs.cpSync(pristine, developRoot, { recursive: true })
    const developContent = path.join(developRoot, path.relative(pristine, pagesDir))
    fs.rmSync(developContent, { recursive: true, force: true })
    fs.cpSync(unchangedPages, developContent, { recursive: true })
    const developed = await developOurs(newSite('bench-real-develop').dir, developContent, editedPage, 1, env)
    log(`${round(developed.startSeconds)} s, save ${developed.saveSeconds.toFixed(2)} s, later saves ${developed.laterSaveSeconds.toFixed(2)} s\n`)
    const ours: OursFigures = {
      coldBuildSeconds: seconds(cold.result),
      rebuildSeconds: seconds(rebuild.result),
      peakRssMb: mb(Math.max(cold.result.peakRssKb ?? 0, rebuild.result.peakRssKb ?? 0)),
      outputMb,
      htmlFiles,
      load: { coldBuild: cold.load, rebuild: rebuild.load },
      check: { coldSeconds: checkCold.seconds, afterEditSeconds: checkWarm.seconds },
      develop: developFigures(developed),
      stages: stages.stages,
      rebuildStages: parseBuildStages(rebuild.result.output).stages,
      ...(stages.totalSeconds !== undefined ? { gatsbyTotalSeconds: stages.totalSeconds } : {}),
    }

    // 3. Starlight on the same pages.
    let starlight: RealResult['starlight']
    if (options.starlight) {
      const peer = installStarlight(log)
      log('  Starlight: cold build… ')
      loadHandbook(peer, unchangedPages)
      const peerCold = await measured(() => buildStarlight(peer))
      if (peerCold.result.code !== 0) throw new Error(`Starlight's cold build failed:\n${peerCold.result.output.slice(-3000)}`)
      const peerOutputMb = round(folderBytes(peer.publicDir) / 1024 / 1024)
      const peerHtml = htmlFilesIn(peer.publicDir).length
      log(`${seconds(peerCold.result)} s; rebuild… `)
      fs.appendFileSync(path.join(peer.docsDir, editedPage), EDIT)
      const peerRebuild = await measured(() => buildStarlight(peer))
      if (peerRebuild.result.code !== 0) throw new Error(`Starlight's rebuild failed:\n${peerRebuild.result.output.slice(-3000)}`)
      log(`${seconds(peerRebuild.result)} s; develop… `)
      loadHandbook(peer, unchangedPages)
      const peerDeveloped = await developStarlight(peer, editedPage, 1)
      log(`${round(peerDeveloped.startSeconds)} s, save ${peerDeveloped.saveSeconds.toFixed(2)} s, later saves ${peerDeveloped.laterSaveSeconds.toFixed(2)} s\n`)
      starlight = {
        version: `Starlight ${STARLIGHT_VERSION} (Astro ${ASTRO_VERSION})`,
        coldBuildSeconds: seconds(peerCold.result),
        rebuildSeconds: seconds(peerRebuild.result),
        peakRssMb: mb(Math.max(peerCold.result.peakRssKb ?? 0, peerRebuild.result.peakRssKb ?? 0)),
        outputMb: peerOutputMb,
        htmlFiles: peerHtml,
        load: { coldBuild: peerCold.load, rebuild: peerRebuild.load },
        develop: developFigures(peerDeveloped),
      }
    }

    // 4. The profile.
    // A failed profile loses neither the figures above nor the reason.
    const profile = options.profile ? await profileColdBuild(unchangedPages, env).catch((cause: unknown) => ({ error: cause instanceof Error ? cause.message : String(cause) })) : undefined

    const result: RealResult = {
      date: new Date().toISOString(),
      machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 1024 ** 3)} GiB, Node ${process.version}`,
      corpus: path.relative(projectRoot, REAL_CORPUS),
      pages: files.length,
      editedPage,
      unedited,
      fixes,
      ours,
      ...(starlight ? { starlight } : {}),
      ...(profile ? { profile } : {}),
      load: runLoad(),
    }
    writeResult(result)
    return result
  } finally {
    for (const site of sites) removeSite(site)
    fs.rmSync(work, { recursive: true, force: true })
  }
}

const loadText = (load: LoadFigures) => `${load.mean.toFixed(1)} mean, ${load.max.toFixed(1)} max (1-minute ${load.oneMinuteAtStart.toFixed(1)} at start)`

export function realMarkdown(r: RealResult): string {
  const uneditedErrors = Object.entries(r.unedited.check.errorsByCode)
    .map(([code, n]) => `${n} ${code}`)
    .join(', ')
  const status =
    r.fixes.length === 0
      ? `The unedited handbook builds as it is.`
      : `**Measured with what is listed below added**: without it, the cold build exited ${r.unedited.build.exitCode} after ${r.unedited.build.seconds} s, and \`npm run check\` reports ${r.unedited.check.errors} errors (${uneditedErrors}).`
  const fixList = r.fixes.map((fix) => `- ${fix.count} × ${fix.what}`).join('\n')
  const s = (value: number) => `${value.toFixed(1)} s`
  const gb = (value: number | null) => (value === null ? 'n/a' : `${(value / 1024).toFixed(2)} GB`)
  const ratio = (ours: number | null, theirs: number | null | undefined) => (ours !== null && theirs ? `${(ours / theirs).toFixed(2)}×` : '')
  const peer = r.starlight
  const row = (label: string, ours: string, theirs: string, ratioText: string) => (peer ? `| ${label} | ${ours} | ${theirs} | ${ratioText} |` : `| ${label} | ${ours} |`)
  const table = [
    peer ? `| ${r.pages} pages, one run each, in turn | ours | ${peer.version} | ratio |` : `| ${r.pages} pages | ours |`,
    peer ? '|---|---:|---:|---:|' : '|---|---:|',
    row('Cold build', s(r.ours.coldBuildSeconds), peer ? s(peer.coldBuildSeconds) : '', ratio(r.ours.coldBuildSeconds, peer?.coldBuildSeconds)),
    row(`Rebuild after a one-page edit (\`${r.editedPage}\`)`, s(r.ours.rebuildSeconds), peer ? s(peer.rebuildSeconds) : '', ratio(r.ours.rebuildSeconds, peer?.rebuildSeconds)),
    row('`npm run check` (render cache emptied / after the edit)', `${s(r.ours.check.coldSeconds)} / ${s(r.ours.check.afterEditSeconds)}`, peer ? '–' : '', ''),
    ...(r.ours.develop
      ? [
          row(
            '`develop`: start until the edited page is served',
            s(r.ours.develop.startSeconds),
            peer?.develop ? s(peer.develop.startSeconds) : '',
            ratio(r.ours.develop.startSeconds, peer?.develop?.startSeconds),
          ),
          row(
            '`develop`: save until the edit is served (1 s after the first page)',
            `${r.ours.develop.saveSeconds.toFixed(2)} s`,
            peer?.develop ? `${peer.develop.saveSeconds.toFixed(2)} s` : '',
            ratio(r.ours.develop.saveSeconds, peer?.develop?.saveSeconds),
          ),
          row(
            '`develop`: later saves, settled (median of 3, 3 s apart)',
            r.ours.develop.laterSaveSeconds !== undefined ? `${r.ours.develop.laterSaveSeconds.toFixed(2)} s` : 'n/a',
            peer?.develop?.laterSaveSeconds !== undefined ? `${peer.develop.laterSaveSeconds.toFixed(2)} s` : '',
            ratio(r.ours.develop.laterSaveSeconds ?? null, peer?.develop?.laterSaveSeconds),
          ),
        ]
      : []),
    row('Peak memory (largest process)', gb(r.ours.peakRssMb), peer ? gb(peer.peakRssMb) : '', ratio(r.ours.peakRssMb, peer?.peakRssMb)),
    row('Output size', `${r.ours.outputMb} MB`, peer ? `${peer.outputMb} MB` : '', ratio(r.ours.outputMb, peer?.outputMb)),
    row('HTML files written', String(r.ours.htmlFiles), peer ? String(peer.htmlFiles) : '', ''),
    row('Load during the cold build', loadText(r.ours.load.coldBuild), peer ? loadText(peer.load.coldBuild) : '', ''),
  ].join('\n')
  // Stages under 0.1 s in both builds are left out of the table (they are in the JSON).
  // Results written before the rebuild's stages were recorded have none.
  const withRebuild = (r.ours.rebuildStages ?? []).length > 0
  const rebuildOf = (stage: Stage) => (r.ours.rebuildStages ?? []).find((other) => other.name === stage.name)?.seconds
  const stageRows = r.ours.stages
    .filter((stage) => stage.seconds >= 0.1 || (rebuildOf(stage) ?? 0) >= 0.1)
    .map((stage) => `| ${stage.within ? `↳ ${stage.name} (in ${stage.within})` : stage.name} | ${stage.seconds.toFixed(2)} |${withRebuild ? ` ${rebuildOf(stage)?.toFixed(2) ?? '–'} |` : ''}`)
  const total = r.ours.gatsbyTotalSeconds !== undefined ? [`| Gatsby's total ("Done building") | ${r.ours.gatsbyTotalSeconds.toFixed(1)} |${withRebuild ? ' |' : ''}`] : []
  const head = withRebuild ? ['| stage (seconds) | cold build | rebuild after the edit |', '|---|---:|---:|'] : ['| stage of the cold build | seconds |', '|---|---:|']
  const stages = [...head, ...stageRows, ...total].join('\n')
  const profile =
    r.profile && 'error' in r.profile
      ? `\n## Profile\n\nThe profiled build failed: ${r.profile.error.split('\n')[0]}\n`
      : r.profile
        ? `\n## Profile of one cold build (\`--cpu-prof\`, ${r.profile.files} processes and threads; self time by step, per page over ${r.profile.pagesRendered} pages rendered)\n\n${stepsTable(r.profile.steps)}\n\nThe ${r.profile.renderThreads} render worker threads alone (what rendering a page costs, without the build's fixed costs):\n\n${stepsTable(r.profile.renderSteps)}\n`
        : ''
  return `# Benchmark: the real 18F handbook

${r.date.slice(0, 10)}, ${r.machine}; \`${r.corpus}\`, ${r.pages} pages. Load over the whole run: ${loadText(r.load)}. One run each on a shared machine.

${status}
${fixList ? `\nAdded to the copy (the pages themselves unedited):\n\n${fixList}\n` : ''}
${table}

## Stages

${stages}
${profile}`
}

function writeResult(result: RealResult): void {
  const outDir = path.join(projectRoot, 'bench-results')
  fs.mkdirSync(outDir, { recursive: true })
  fs.writeFileSync(path.join(outDir, 'real-18f.json'), `${JSON.stringify(result, null, 2)}\n`)
  const markdown = realMarkdown(result)
  fs.writeFileSync(path.join(outDir, 'real-18f.md'), markdown)
  log(`\n${markdown}\nWritten to bench-results/real-18f.json and bench-results/real-18f.md\n`)
}
