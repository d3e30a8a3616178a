/** What the glossary's plugin reads from a page's file (`file.data.glossary`): given by the render (render-jobs.ts) and by the MDX compiler (markdown/mdx.ts) alike. */
import { GLOSSARY_URL } from './file'
import type { GlossaryFileData, GlossaryTips } from './types'

/** The page's glossary data, unless the page (`glossary: false`) or the handbook (no entries) has none. */
export function glossaryDataOf(page: { glossary?: false }, site: { glossary?: GlossaryTips; hrefPrefix: string }): GlossaryFileData | undefined {
  return site.glossary && page.glossary !== false ? { tips: site.glossary, href: `${site.hrefPrefix}${GLOSSARY_URL}` } : undefined
}

/** The same as the data of a page's file (`file.data`), for the render and the MDX compiler. */
export function glossaryFileData(page: { glossary?: false }, site: { glossary?: GlossaryTips; hrefPrefix: string }): { glossary: GlossaryFileData } | undefined {
  const glossary = glossaryDataOf(page, site)
  return glossary ? { glossary } : undefined
}
