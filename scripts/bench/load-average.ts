/**
 * The machine's load while something runs: os.loadavg() sampled every second,
 * since the machine the benchmarks run on is shared and a figure means little
 * without the load it was taken under.
 */
import os from 'node:os'

export interface LoadFigures {
  /** The 1-minute load average when sampling started. */
  oneMinuteAtStart: number
  /** Mean and maximum of the 1-minute load average over the samples. */
  mean: number
  max: number
  samples: number
}

const round = (value: number) => Math.round(value * 100) / 100

/** Starts sampling; the returned function stops and gives the figures. */
export function sampleLoad(everyMs = 1000): () => LoadFigures {
  const oneMinuteAtStart = os.loadavg()[0]!
  const samples = [oneMinuteAtStart]
  const timer = setInterval(() => samples.push(os.loadavg()[0]!), everyMs)
  timer.unref()
  return () => {
    clearInterval(timer)
    samples.push(os.loadavg()[0]!)
    return {
      oneMinuteAtStart: round(oneMinuteAtStart),
      mean: round(samples.reduce((sum, value) => sum + value, 0) / samples.length),
      max: round(Math.max(...samples)),
      samples: samples.length,
    }
  }
}
