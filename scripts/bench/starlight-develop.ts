/**
 * What an editor waits for in a dev server, for either side of the Starlight
 * bench: from starting it until the page being edited is served with its
 * content, from saving that page until the saved text is served (1 s after
 * it was first served, while a dev server may still be finishing its start),
 * and the same for later saves, once the server has settled: the median of
 * LATER_SAVES saves, SETTLE_MS apart, which is what an editor at work waits.
 *
 * "Served" is polled over HTTP every 50 ms: a 200 whose body holds the text.
 * Astro's dev server renders the page's HTML on request; Gatsby's develop
 * serves an HTML shell and the page's content as /page-data/<url>/page-data.json
 * (what the browser loads, and reloads on a change), so for us that is the URL polled.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'

export interface DevelopServer {
  /** Program and arguments; `{port}` in an argument is replaced. */
  command: string
  args: string[]
  cwd: string
  env: Record<string, string>
  /** The URL path polled, e.g. `/page-data/a/b/page-data.json`. */
  urlPath: string
  /** The Markdown file the editor saves. */
  file: string
  /** Saves after the first, once settled (LATER_SAVES when not given; at least one). */
  laterSaves?: number
  /** Run once the page is first served, before the save, with the server's origin (a test opens the page in a browser). */
  whileServing?: (origin: string) => Promise<void>
}

export interface DevelopFigures {
  startSeconds: number
  saveSeconds: number
  /** The median of the later saves, each from its save until its text is served. */
  laterSaveSeconds: number
  /** The last 8,000 characters the server printed. */
  output: string
}

const TIMEOUT_MS = 15 * 60 * 1000
/** Saves after the first, and the time from one being served to the next save. */
const LATER_SAVES = 3
const SETTLE_MS = 3000

/** A port nothing listens on now (other benches share the machine). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Milliseconds until `url` answers 200 with `text` in its body; throws when the server exits or time runs out. */
async function waitForText(url: string, text: string, exited: () => string | undefined): Promise<number> {
  const started = performance.now()
  while (performance.now() - started < TIMEOUT_MS) {
    const exit = exited()
    if (exit !== undefined) throw new Error(`the dev server exited before serving ${url}:\n${exit}`)
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(30_000) })
      if (response.status === 200 && (await response.text()).includes(text)) return performance.now() - started
    } catch {
      // Not listening yet, or a request cut off while it restarts.
    }
    await sleep(50)
  }
  throw new Error(`${url} did not serve "${text}" within ${TIMEOUT_MS / 60000} minutes`)
}

/**
 * Starts the server, waits until the page holds `startText` (already in the
 * file), appends a paragraph with `savedText`, waits until it is served,
 * then stops the server and all its children (its own process group).
 */
export async function measureDevelop(server: DevelopServer, startText: string, savedText: string): Promise<DevelopFigures> {
  const port = await freePort()
  const started = performance.now()
  const child = spawn(
    server.command,
    server.args.map((arg) => arg.replace('{port}', String(port))),
    {
      cwd: server.cwd,
      env: { ...process.env, ...server.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  )
  let output = ''
  let exitCode: number | null | undefined
  child.stdout.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8000)))
  child.stderr.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8000)))
  const closed = new Promise<void>((resolve) => {
    child.on('close', (code) => {
      exitCode = code
      resolve()
    })
  })
  const exited = () => (exitCode === undefined ? undefined : `exit ${exitCode}\n${output}`)
  const url = `http://127.0.0.1:${port}${server.urlPath}`
  /** Seconds from appending `text` to the page until it is served. */
  const save = async (text: string): Promise<number> => {
    const saved = performance.now()
    fs.appendFileSync(server.file, `\n\n${text}\n`)
    await waitForText(url, text, exited)
    return (performance.now() - saved) / 1000
  }
  try {
    await waitForText(url, startText, exited)
    const startSeconds = (performance.now() - started) / 1000
    await server.whileServing?.(`http://127.0.0.1:${port}`)
    // Let the first compilation settle (watchers armed), as an editor reads the page before saving.
    await sleep(1000)
    const saveSeconds = await save(savedText)
    const later: number[] = []
    for (let n = 1; n <= Math.max(1, server.laterSaves ?? LATER_SAVES); n++) {
      await sleep(SETTLE_MS)
      later.push(await save(`${savedText} Saved again (${n}).`))
    }
    const laterSaveSeconds = later.sort((a, b) => a - b)[Math.floor(later.length / 2)]!
    return { startSeconds, saveSeconds, laterSaveSeconds, output }
  } finally {
    if (exitCode === undefined && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        // Already gone.
      }
      const killer = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL')
        } catch {
          // Already gone.
        }
      }, 10_000)
      await closed
      clearTimeout(killer)
    }
  }
}
