/**
 * The generators a handbook may come from. What each one left behind (its
 * configuration, navigation data, includes, redirect files) is read by the
 * import, and its rules (anchors, Liquid) are followed where they decide
 * what readers see.
 */
export const SOURCE_TOOLS = ['hugo', 'gitbook', 'jekyll', 'eleventy', 'docusaurus', 'mkdocs', 'none'] as const

export type SourceTool = (typeof SOURCE_TOOLS)[number]

/** The tool's name as its users write it, for the `Source:` line and messages. */
export const TOOL_NAMES: Readonly<Record<SourceTool, string>> = {
  hugo: 'Hugo',
  gitbook: 'GitBook',
  jekyll: 'Jekyll',
  eleventy: 'Eleventy',
  docusaurus: 'Docusaurus',
  mkdocs: 'MkDocs',
  none: 'none',
}

/** Tools whose pages run Liquid before Markdown. */
export function runsLiquid(tool: SourceTool): boolean {
  return tool === 'jekyll' || tool === 'eleventy'
}
