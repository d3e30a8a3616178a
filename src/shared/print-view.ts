/** Where the print view of a sidebar group is, before the path prefix: `/handbook/people` → `/print/handbook/people`, the home page's (the whole handbook) `/print`. Build and page link alike. */
export function printViewOf(url: string): string {
  return url === '/' ? '/print' : `/print${url.replace(/\/+$/, '')}`
}
