/** handbook.yml's `footer`, at the bottom of every page: Markdown rendered and sanitized at build time (src/content/features/brand/chrome.ts). */
export function SiteFooter({ html }: { html: string }) {
  if (!html) return null
  // biome-ignore lint/security/noDangerouslySetInnerHtml: Markdown rendered and sanitized at build time (src/content/features/brand/chrome.ts)
  return <footer className="site-footer" dangerouslySetInnerHTML={{ __html: html }} />
}
