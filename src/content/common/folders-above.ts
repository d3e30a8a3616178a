/** The folders a content file sits in, nearest first, the content folder itself ("") last: where folder settings (`_meta.yml`) are looked for. */
export function foldersAbove(sourcePath: string): string[] {
  const parts = sourcePath.split('/').slice(0, -1)
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('/')).concat('')
}
