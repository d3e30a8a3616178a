/**
 * What an editor reads at the end of a build's log: the summary block our
 * build writes after the problems (src/content/checks/report.ts
 * buildLogSummary), found in a build's output.
 */

/** The lines the harness's /usr/bin/time adds after the build's own output. */
const TIME_LINES = /^(Command exited with non-zero status \d+|PEAK_RSS_KB=\d+)$/

/** The build's own output, without the harness's timing lines, as lines. */
export function buildLogLines(output: string): string[] {
  return output
    .trimEnd()
    .split('\n')
    .filter((line) => !TIME_LINES.test(line))
}

/** Every summary block our build wrote (from its `✖ The handbook has …` or `⚠ The handbook has …` line to the line that ends it with a full stop). */
export function summaryBlocks(output: string): string[][] {
  const lines = buildLogLines(output)
  const blocks: string[][] = []
  lines.forEach((line, start) => {
    if (!/^[✖⚠] The handbook has /.test(line)) return
    const end = lines.findIndex((next, i) => i > start && !next.startsWith('  '))
    blocks.push(lines.slice(start, end === -1 ? lines.length : end + 1))
  })
  return blocks
}

/** The `path:line: error|warning: message` lines that appear more than once. */
export function repeatedProblemLines(output: string): string[] {
  const seen = new Set<string>()
  const repeated = new Set<string>()
  for (const line of buildLogLines(output)) {
    if (!/: (error|warning): /.test(line)) continue
    if (seen.has(line)) repeated.add(line)
    seen.add(line)
  }
  return [...repeated]
}
