/**
 * Where the handbook's own files go in the built site, relative to its root
 * (before the path prefix): the page script and its chunks, the search
 * index, the data of large sidebars. One name, used by the build, the dev
 * server and the browser.
 */
export const OUTPUT_FOLDER = '_handbook'

/** The search index's folder. */
export const SEARCH_FOLDER = `${OUTPUT_FOLDER}/search`

/** Mermaid's browser modules, for the diagrams the build did not draw (src/client/diagrams.ts loads them from here). */
export const MERMAID_FOLDER = `${OUTPUT_FOLDER}/mermaid`
