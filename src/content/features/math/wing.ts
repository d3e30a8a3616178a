/**
 * The math wing: `$…$`, `$$…$$`, `\(…\)` and `\[…\]` in `.md` and `.mdx`
 * pages drawn at build time by KaTeX (no script on the page), with pandoc's
 * rule for dollars so prices stay prose (math-syntax.ts); KaTeX's
 * stylesheet and fonts published once, for the pages that have math.
 */
import type { Feature } from '../feature'
import { remarkHandbookMath } from './remark-math'
import { rehypeHandbookMath } from './rehype-math'
import { KATEX_STYLESHEET, katexFiles } from './katex-files'

export const mathWing: Feature = {
  name: 'math',
  markdown: { remark: [remarkHandbookMath], rehype: [rehypeHandbookMath] },
  outputs: ({ handbook }) => {
    const pages = handbook.pages.filter((page) => page.stylesheets?.includes(KATEX_STYLESHEET)).length
    if (pages === 0) return undefined
    const files = katexFiles()
    const bytes = files.reduce((sum, file) => sum + file.contents.length, 0)
    return { files, summary: (rewritten, ms) => `KaTeX's stylesheet and fonts for ${pages} page${pages === 1 ? '' : 's'} with math (${rewritten} files, ${Math.round(bytes / 1024)} kB, ${ms} ms)` }
  },
}
