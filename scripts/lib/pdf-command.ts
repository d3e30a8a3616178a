/**
 * `npm run pdf [-- --path /print/<section> --out <file.pdf>]`: the print view
 * of the last build as a PDF, public/handbook.pdf from `/print` by default.
 * What is missing (Chromium, the build) is said on one line, with exit code 1.
 */
import path from 'node:path'
import { CHROMIUM_MISSING, findChromium } from './chromium'
import { PdfProblem, writePdf } from './pdf'

export interface PdfCommand {
  projectRoot: string
  /** The prefix the site was built with. */
  pathPrefix: string
  env: Readonly<Record<string, string | undefined>>
  /** Where the system's Chromium may be (chromium.ts SYSTEM_CHROMIUMS). */
  systemChromiums?: readonly string[]
  out(line: string): void
  err(line: string): void
}

function option(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name)
  if (at < 0) return undefined
  const value = args[at + 1]
  if (!value || value.startsWith('--')) throw new PdfProblem(`${name} needs a value, e.g. ${name === '--path' ? '--path /print/handbook' : '--out handbook.pdf'}`)
  return value
}

async function pdf(args: readonly string[], command: PdfCommand): Promise<void> {
  const known = new Set(['--path', '--out'])
  const unknown = args.find((arg, i) => !known.has(arg) && !known.has(args[i - 1] ?? ''))
  if (unknown !== undefined) throw new PdfProblem(`unknown argument ${unknown}: npm run pdf [-- --path /print/<section> --out <file.pdf>]`)
  const page = (option(args, '--path') ?? '/print').replace(/\/+$/, '') || '/'
  const publicDir = path.join(command.projectRoot, 'public')
  const out = path.resolve(command.projectRoot, option(args, '--out') ?? path.join(publicDir, 'handbook.pdf'))
  const chromiumPath = findChromium(command.env, command.systemChromiums)
  if (!chromiumPath) throw new PdfProblem(CHROMIUM_MISSING)
  const started = Date.now()
  const bytes = await writePdf({ publicDir, pathPrefix: command.pathPrefix, page, out, chromiumPath })
  const shown = path.relative(command.projectRoot, out)
  command.out(`handbook: ${shown.startsWith('..') ? out : shown} written from ${page} (${Math.round(bytes / 1024)} KB, ${Date.now() - started} ms)`)
}

/** Runs the command; its exit code. */
export async function runPdf(args: readonly string[], command: PdfCommand): Promise<number> {
  try {
    await pdf(args, command)
    return 0
  } catch (cause) {
    if (!(cause instanceof PdfProblem)) throw cause
    command.err(`error: ${cause.message}`)
    return 1
  }
}
