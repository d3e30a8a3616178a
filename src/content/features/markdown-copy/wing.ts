/** The Markdown copies wing: `<page URL>.md` for every page, llms.txt and llms-full.txt, for tools and language models. */
import type { Feature } from '../feature'
import { buildMarkdownFiles, LLMS_FILE, LLMS_FULL_FILE } from './build'

export const markdownCopyWing: Feature = {
  name: 'markdown-copy',
  rootFiles: [LLMS_FILE, LLMS_FULL_FILE],
  outputs: ({ handbook, settings, documentOf }) => {
    const site = { title: settings.title, description: settings.description, siteUrl: settings.siteUrl, pathPrefix: settings.pathPrefix }
    // `.mdx` pages are read back from the HTML Gatsby has just written.
    const { files, missing } = buildMarkdownFiles(handbook, site, documentOf)
    const full = files.find((file) => file.path === LLMS_FULL_FILE)
    return {
      files,
      warnings: missing.map((url) => `no Markdown copy of ${url}: its HTML page was not written`),
      summary: (rewritten, ms) => `${files.length - 2} Markdown copies, llms.txt, llms-full.txt (${Math.round(Buffer.byteLength(full?.contents ?? '') / 1024)} KB): ${rewritten} rewritten, in ${ms} ms`,
    }
  },
}
