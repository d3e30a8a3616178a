import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runPdf, type PdfCommand } from '../../../../scripts/lib/pdf-command'
import { findChromium } from '../../../../scripts/lib/chromium'

function command(projectRoot: string, fields: Partial<PdfCommand> = {}): PdfCommand & { lines: string[] } {
  const lines: string[] = []
  return { projectRoot, pathPrefix: '', env: {}, out: (line) => lines.push(line), err: (line) => lines.push(line), lines, ...fields }
}

describe('npm run pdf', () => {
  const project = fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-command-'))

  it('says how to get Chromium when there is none, with exit code 1', async () => {
    const run = command(project, { env: { CHROMIUM_PATH: path.join(project, 'no-chromium') }, systemChromiums: [] })
    expect(await runPdf([], run)).toBe(1)
    expect(run.lines).toEqual([expect.stringMatching(/^error: Chromium was not found .*apt-get install chromium.*CHROMIUM_PATH/)])
  })

  it('says to build first when the print view was not built, with exit code 1', async () => {
    // Any existing file stands for Chromium: the missing build is found before it is started.
    const run = command(project, { env: { CHROMIUM_PATH: process.execPath }, systemChromiums: [] })
    expect(await runPdf(['--path', '/print/handbook'], run)).toBe(1)
    expect(run.lines).toEqual([`error: ${path.join(project, 'public', 'print', 'handbook', 'index.html')} does not exist: run npm run build first`])
  })

  it('refuses an argument it does not know, and an option without its value', async () => {
    const run = command(project, { env: { CHROMIUM_PATH: process.execPath } })
    expect(await runPdf(['--pages', '3'], run)).toBe(1)
    expect(await runPdf(['--path'], run)).toBe(1)
    expect(run.lines).toEqual([expect.stringMatching(/^error: unknown argument --pages/), 'error: --path needs a value, e.g. --path /print/handbook'])
  })

  it('finds Chromium at CHROMIUM_PATH first, else where the system keeps it', () => {
    expect(findChromium({ CHROMIUM_PATH: process.execPath }, [])).toBe(process.execPath)
    expect(findChromium({}, [path.join(project, 'none'), process.execPath])).toBe(process.execPath)
    expect(findChromium({}, [])).toBeUndefined()
  })
})
