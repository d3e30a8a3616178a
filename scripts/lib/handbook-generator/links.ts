/** Links between generated pages: which pages a page links to, and how the link is written. */
import path from 'node:path'
import { WORDS } from './words'
import type { PagePlan } from './pages'
import type { Writer } from './writer'

/** A link from `from` to `to` in one of the forms editors write. */
export function linkSentence(writer: Writer, from: PagePlan, to: PagePlan): string {
  const { random } = writer
  const fromFolder = path.posix.dirname(from.sourcePath)
  const relative = path.posix
    .relative(fromFolder === '.' ? '' : fromFolder, to.sourcePath)
    .split('/')
    .map((segment) => segment.replace(/ /g, '%20'))
    .join('/')
  const r = random.next()
  const wantsAnchor = (r >= 0.45 && r < 0.7) || (r >= 0.9 && random.chance(0.4))
  const anchor = wantsAnchor && to.anchors.length > 0 ? random.pick(to.anchors) : undefined
  const href = r < 0.7 ? relative : to.url
  if (from.ja)
    return random
      .pick(WORDS.japanese.linkSentences)
      .replace('{text}', anchor ? anchor.text : to.title)
      .replace('{href}', anchor ? `${href}#${anchor.id}` : href)
  if (anchor) {
    return random.pick(WORDS.anchorSentences).replace('{text}', anchor.text).replace('{href}', `${href}#${anchor.id}`).replace('{title}', to.title)
  }
  return random.pick(WORDS.linkSentences).replace('{text}', to.title).replace('{href}', href)
}

export function chooseTargets(writer: Writer, page: PagePlan, count: number, first: readonly PagePlan[] = []): PagePlan[] {
  const { random, pages } = writer
  const chosen: PagePlan[] = []
  const seen = new Set<string>([page.sourcePath])
  for (const target of first) {
    if (chosen.length >= count || seen.has(target.sourcePath)) continue
    seen.add(target.sourcePath)
    chosen.push(target)
  }
  const local = writer.bySection.get(page.sourcePath.split('/')[0]!) ?? []
  for (let attempt = 0; chosen.length < count && attempt < count * 20; attempt++) {
    const pool = local.length > 1 && random.chance(0.5) ? local : pages
    const target = random.pick(pool)
    if (seen.has(target.sourcePath)) continue
    seen.add(target.sourcePath)
    chosen.push(target)
  }
  return chosen
}
