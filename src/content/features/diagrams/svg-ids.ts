/**
 * An inline SVG's ids made its own: a page may hold several diagrams (and
 * each Chromium drawing twice, light and dark), whose renderers name their
 * markers, gradients and gantt tasks alike (`arrowhead`, `task1`). Every id
 * gets the diagram's prefix, and every reference to it (`url(#…)`,
 * `href="#…"`, `aria-labelledby`) follows.
 */

/** The SVG with each id `x` that does not start with `prefix` renamed `<prefix>-x`, references included. */
export function prefixIds(svg: string, prefix: string): string {
  const ids = new Set([...svg.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]!).filter((name) => !name.startsWith(prefix)))
  if (ids.size === 0) return svg
  const renamed = (name: string) => (ids.has(name) ? `${prefix}-${name}` : name)
  return svg
    .replace(/ id="([^"]+)"/g, (_, name: string) => ` id="${renamed(name)}"`)
    .replace(/url\(#([^)]+)\)/g, (_, name: string) => `url(#${renamed(name)})`)
    .replace(/(href|xlink:href)="#([^"]+)"/g, (_, attribute: string, name: string) => `${attribute}="#${renamed(name)}"`)
    .replace(/ (aria-labelledby|aria-describedby)="([^"]+)"/g, (_, attribute: string, names: string) => ` ${attribute}="${names.split(/\s+/).map(renamed).join(' ')}"`)
}

/** Coordinates cut to three decimals (246.70000000000002 → 246.7): the same drawing, a fifth fewer bytes. Only in attribute values: a label's text is left as written. */
export function shortenNumbers(svg: string): string {
  return svg.replace(/="([^"]*)"/g, (whole, value: string) => (/\d\.\d{4}/.test(value) ? `="${value.replace(/(\d+\.\d{3})\d+/g, (_, kept: string) => String(Number(kept)))}"` : whole))
}
