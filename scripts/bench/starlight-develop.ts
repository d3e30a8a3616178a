/**
 * What an editor waits for in a dev server, for either side of the Starlight
 * bench: from starting it until the page being edited is served with its
 * content, and from saving that page until the saved text is served.
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
  /** Run once the page is first served, before the save, with the server's origin (a test opens the page in a browser). */
  whileServing?: (origin: string) => Promise<void>
}

export interface DevelopFigures {
  startSeconds: number
  saveSeconds: number
  /** The last 8,000 characters the server printed. */
  output: string
}

const TIMEOUT_MS = 15 * 60 * 1000

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
  try {
    await waitForText(url, startText, exited)
    const startSeconds = (performance.now() - started) / 1000
    await server.whileServing?.(`http://127.0.0.1:${port}`)
    // Let the first compilation settle (watchers armed), as an editor reads the page before saving.
    await sleep(1000)
    const saved = performance.now()
    fs.appendFileSync(server.file, `\n\n${savedText}\n`)
    await waitForText(url, savedText, exited)
    return { startSeconds, saveSeconds: (performance.now() - saved) / 1000, output }
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
