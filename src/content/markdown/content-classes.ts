/**
 * The classes a page's HTML may wear after sanitizing: those of our own
 * content blocks (src/styles/content/*.css), which raw HTML may also write
 * to draw the same block. Never the site's layout classes (header, sidebar,
 * drawer, search…): with them, raw HTML in a pull request could lay a link
 * over the whole page. Any other class is dropped without a warning: the
 * element and its text stay, only its look is lost.
 *
 * Our blocks made from Markdown (shortcodes, alerts, admonitions, footnotes,
 * task lists, code fences' `language-*`) go through the sanitizer, so each of
 * their classes must be here. Classes added after it (heading anchors,
 * Prism's tokens, `tabIndex`) and the people blocks' HTML (shielded from it,
 * directive-output.ts) are not affected.
 */

/** Class names kept as they are. */
// biome-ignore format: grouped by kind, one group a line, as the comments say
export const CONTENT_CLASSES: readonly string[] = [
  // Callouts: GitHub alerts, admonitions, {{% alert %}}, {{% hint %}}…
  'callout', 'callout-title',
  // Boxes and blocks of the built-in shortcodes (shortcodes/builtins.ts)
  'details', 'panel', 'panel-header', 'panel-footer', 'card', 'card-header', 'card-footer',
  'pageinfo', 'badge', 'figure', 'video-embed', 'video-link', 'tabs', 'tab-panel', 'tab-label', 'tab-default',
  'shortcode-unknown', 'shortcode-unknown-name',
  // Math (features/math): what KaTeX draws after sanitizing
  'math', 'math-inline', 'math-display',
  // GitBook's blocks (shortcodes/gitbook-blocks.ts): embed and content-ref cards, a code block's title, a file to download
  'link-card', 'link-card-title', 'content-ref', 'code-block', 'code-title', 'file-download', 'file-download-link', 'steps', 'step', 'columns', 'column',
  // A link a theme drew as a button (`{: .btn }`, `{ .md-button }`: attribute-lists.ts)
  'button-link', 'button-link-primary',
  // Material for MkDocs' grids (`<div class="grid cards" markdown>`): a list's items, or the blocks, side by side
  'grid', 'cards',
  // An iframe from a host not allowed (sanitize.ts)
  'embed-fallback',
  // GFM: task lists and footnotes (the footnote heading is for screen readers only)
  'task-list-item', 'contains-task-list', 'footnotes', 'data-footnote-backref', 'sr-only',
]

/** Families of our classes with a variable part: a callout's kind, a badge's or page info's colour, a video host, a code block's language. */
export const CONTENT_CLASS_PATTERNS: readonly RegExp[] = [/^callout-[a-z]+$/, /^badge-[a-z0-9-]+$/, /^pageinfo-[a-z0-9-]+$/, /^video-(?:youtube|vimeo)$/, /^language-[\w#+.-]+$/]

export function isContentClass(name: string): boolean {
  return CONTENT_CLASSES.includes(name) || CONTENT_CLASS_PATTERNS.some((pattern) => pattern.test(name))
}

/**
 * Other frameworks' names for text only screen readers read (the US Web Design System's `usa-sr-only`,
 * Bootstrap 5's `visually-hidden`, WordPress's `screen-reader-text`): raw HTML moved from another site
 * keeps it hidden, and read, as our `sr-only`, instead of showing it (the 18F step indicator's "completed").
 */
export const SCREEN_READER_CLASSES: ReadonlySet<string> = new Set(['usa-sr-only', 'visually-hidden', 'visuallyhidden', 'screen-reader-text', 'element-invisible'])
