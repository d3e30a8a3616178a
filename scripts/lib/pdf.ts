/**
 * A print view of a built site as a PDF, by Chromium's own printing (what
 * `npm run pdf` runs): public/ served as a static host serves it (with the
 * path prefix: file:// would break the site's absolute links), the view
 * loaded in Chromium through playwright-core, every <details> opened, and
 * `page.pdf` with an outline made from the headings and a tagged PDF.
 */
import fs from 'node:fs'
import path from 'node:path'
import { chromium } from 'playwright-core'
import { serveStatic } from './static-server'

export interface PdfRequest {
  /** The built site (public/). */
  publicDir: string
  /** The site's path prefix, as it was built with it ("" without). */
  pathPrefix: string
  /** The page to print, without the prefix (`/print`, `/print/handbook`). */
  page: string
  /** The PDF file to write. */
  out: string
  chromiumPath: string
}

export class PdfProblem extends Error {
  override name = 'PdfProblem'
}

/** The built HTML of `page`, when the build wrote it. */
export function builtPage(publicDir: string, page: string): string | undefined {
  const file = path.join(publicDir, page, 'index.html')
  return fs.existsSync(file) ? file : undefined
}

/** Writes the PDF of the page; its size in bytes. Throws PdfProblem when the page was not built. */
export async function writePdf(request: PdfRequest): Promise<number> {
  if (!builtPage(request.publicDir, request.page)) throw new PdfProblem(`${path.join(request.publicDir, request.page, 'index.html')} does not exist: run npm run build first`)
  const server = await serveStatic(request.publicDir, request.pathPrefix)
  const browser = await chromium.launch({ executablePath: request.chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] })
  try {
    const page = await browser.newPage()
    const response = await page.goto(`${server.url}${request.page}`, { waitUntil: 'load' })
    if (!response?.ok()) throw new PdfProblem(`${request.page}: the server answered ${response?.status() ?? 'nothing'}`)
    // The print stylesheet shows a closed <details>'s content in Chromium already; opened, its marker says so too.
    await page.evaluate("for (const details of document.querySelectorAll('details')) details.open = true")
    await page.emulateMedia({ media: 'print', colorScheme: 'light' })
    fs.mkdirSync(path.dirname(request.out), { recursive: true })
    await page.pdf({ path: request.out, outline: true, tagged: true, format: 'A4', printBackground: true })
    return fs.statSync(request.out).size
  } finally {
    await browser.close()
    await server.close()
  }
}
