/** Where a page's Markdown copy is published, before the path prefix: `/a/b` → `/a/b.md`, the root page → `/index.md`. Build and page button alike. */
export function markdownCopyPath(url: string): string {
  return url === '/' ? '/index.md' : `${url.replace(/\/+$/, '')}.md`
}
