/**
 * Which generator a handbook comes from, guessed from what lies in its
 * source root (`source:` in handbook.yml overrides the guess).
 */
import type { SourceTool } from './tool'

/** The tool the root's markers point to; `none` when they name none. */
export function guessTool(markers: readonly string[]): SourceTool {
  const has = (test: string | RegExp) => markers.some((m) => (typeof test === 'string' ? m === test : test.test(m)))
  if (has(/^_config\.ya?ml$/)) return 'jekyll'
  if (has(/^eleventy\.config\./) || has('.eleventy.js')) return 'eleventy'
  if (has(/^docusaurus\.config\./)) return 'docusaurus'
  if (has(/^mkdocs\.ya?ml$/)) return 'mkdocs'
  if (has('.gitbook.yaml') || has('SUMMARY.md') || has('.gitbook')) return 'gitbook'
  // `config.toml` is Hugo's older name (Jekyll's is `_config.yml`); `config.yaml|json` count with Hugo's folders beside them.
  if (has(/^hugo\.(?:toml|yaml|yml|json)$/) || has('config.toml') || has('config/_default') || (has(/^config\.(?:yaml|yml|json)$/) && (has('layouts') || has('static') || has('assets')))) return 'hugo'
  // Eleventy's own folders beside the content folder, its configuration not committed with them.
  if (has('_data') && has('_includes')) return 'eleventy'
  return 'none'
}
