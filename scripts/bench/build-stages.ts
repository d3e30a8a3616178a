/**
 * The stages of a Gatsby build, read from its log: Gatsby's own
 * `success <stage> - 1.234s` lines, and our `info handbook: … in 123 ms`
 * lines, which say what part of a Gatsby stage our own work took (the
 * rendering inside onPreBootstrap, the search index inside onPostBuild).
 * Pure: log text in, stages out, in the order they ended.
 */

export interface Stage {
  /** Gatsby's stage name, or `handbook: <what>` for our own lines. */
  name: string
  seconds: number
  /** For our own lines: the Gatsby stage they ran inside (the next one to end). */
  within?: string
  /** How many times the stage ended (Gatsby runs "Checking for changed pages" twice): seconds are summed. */
  count: number
}

export interface BuildStages {
  stages: Stage[]
  /** Gatsby's `info Done building in N sec`. */
  totalSeconds?: number
}

// `success Building static HTML for pages - 2.478s - 251/251 101.29/s`
const SUCCESS = /^success (.+?) - (\d+(?:\.\d+)?)s(?: - .*)?$/
// `info handbook: 246 pages read, 246 Markdown pages rendered (0 from the render cache) in 25948 ms`
const OURS = /^info handbook: (.+?),? in (\d+) ms\b/
const DONE = /^info Done building in (\d+(?:\.\d+)?) sec/

/** A short name for one of our lines: its words up to the first figure or comma ("search index of 246 pages, …" → "search index"). */
function ourName(message: string): string {
  if (/\brendered\b/.test(message)) return 'handbook: Markdown pages rendered'
  const words = message
    .split(/[,(:]/)[0]!
    .replace(/\s+(of\s+)?\d.*$/, '')
    .replace(/^\d[\d,]*\s+/, '')
    .trim()
  return `handbook: ${words}`
}

export function parseBuildStages(log: string): BuildStages {
  const stages: Stage[] = []
  const pending: Stage[] = []
  let totalSeconds: number | undefined
  for (const raw of log.split(/\r?\n/)) {
    const line = raw.trim()
    const success = SUCCESS.exec(line)
    if (success) {
      const name = success[1]!
      for (const ours of pending.splice(0)) stages.push({ ...ours, within: name })
      const seconds = Number(success[2])
      const seen = stages.find((stage) => stage.name === name)
      if (seen) {
        seen.seconds = Math.round((seen.seconds + seconds) * 1000) / 1000
        seen.count++
      } else stages.push({ name, seconds, count: 1 })
      continue
    }
    const ours = OURS.exec(line)
    if (ours) {
      pending.push({ name: ourName(ours[1]!), seconds: Number(ours[2]) / 1000, count: 1 })
      continue
    }
    const done = DONE.exec(line)
    if (done) totalSeconds = Number(done[1])
  }
  stages.push(...pending)
  return totalSeconds === undefined ? { stages } : { stages, totalSeconds }
}
