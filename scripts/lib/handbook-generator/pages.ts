/**
 * The page plan: every page's path, title, topic, frontmatter style and
 * headings (with the ids the site computes), decided before any text is
 * written so that links between pages can name their targets' anchors.
 */
import { createHeadingSlugger } from '../../../src/content/links/slug'
import { urlFromSourcePath } from '../../../src/content/links/url'
import type { Random } from './random'
import { WORDS } from './words'
import { capitalize, humanize, titleCaseWords } from './text'
import { walkFolders, type FolderPlan } from './folders'

export interface HeadingPlan {
  depth: 2 | 3
  text: string
  id: string
}

export type PageStyle = 'frontmatter' | 'frontmatter-h1' | 'h1' | 'bare'

export interface PagePlan {
  sourcePath: string
  folder: FolderPlan
  isIndex: boolean
  isRoot: boolean
  title: string
  topic: string
  url: string
  ja: boolean
  style: PageStyle
  /** Sections of the body, in order: each `##` with its `###` after it. */
  sections: { heading: HeadingPlan; subs: HeadingPlan[] }[]
  anchors: HeadingPlan[]
}

/** Headings of one page, with ids as the site computes them; no two share a slug, so none gets a -1 suffix. */
function planSections(random: Random, topic: string, ja: boolean, count: number): { heading: HeadingPlan; subs: HeadingPlan[] }[] {
  const pageSlugger = createHeadingSlugger()
  const used = new Set<string>()
  const take = (text: string, depth: 2 | 3): HeadingPlan | undefined => {
    const id = createHeadingSlugger().slug(text)
    if (!id || used.has(id)) return undefined
    used.add(id)
    return { depth, text, id: pageSlugger.slug(text) }
  }
  const sections: { heading: HeadingPlan; subs: HeadingPlan[] }[] = []
  const human = humanize(topic)
  for (let i = 0; sections.length < count && i < count * 10; i++) {
    let text: string
    if (ja) text = random.pick(WORDS.japanese.headings)
    else {
      const r = random.next()
      if (r < 0.55) text = random.pick(WORDS.genericHeadings)
      else if (r < 0.85) text = `${random.pick(WORDS.headingVerbs)} ${random.chance(0.5) ? human : random.pick(WORDS.nouns)}`
      else text = random.pick([`${capitalize(human)} at a glance`, `How we handle ${human}`, `${capitalize(human)} for managers`, `${capitalize(human)} in remote teams`])
    }
    const heading = take(text, 2)
    if (!heading) continue
    const subs: HeadingPlan[] = []
    if (!ja && random.chance(0.35)) {
      const wanted = random.int(1, 3)
      for (let j = 0; subs.length < wanted && j < wanted * 4; j++) {
        const sub = take(random.pick(WORDS.subHeadings), 3)
        if (sub) subs.push(sub)
      }
    }
    sections.push({ heading, subs })
  }
  return sections
}

function pickStyle(random: Random, isIndex: boolean): PageStyle {
  const r = random.next()
  if (isIndex) return r < 0.05 ? 'bare' : r < 0.15 ? 'h1' : r < 0.35 ? 'frontmatter-h1' : 'frontmatter'
  return r < 0.02 ? 'bare' : r < 0.12 ? 'h1' : r < 0.32 ? 'frontmatter-h1' : 'frontmatter'
}

/** Every page: the root index.md first, then each folder's pages in folder order, its index.md first. */
export function planPages(sections: readonly FolderPlan[], random: Random): PagePlan[] {
  const pages: PagePlan[] = []
  const counters = new Map<string, number>()
  const root: FolderPlan = { path: '', name: '', title: 'Acme Handbook', section: WORDS.sections[0]!, ja: false, size: 1, children: [...sections] }
  pages.push({
    sourcePath: 'index.md',
    folder: root,
    isIndex: true,
    isRoot: true,
    title: 'Acme Handbook',
    topic: 'handbook',
    url: urlFromSourcePath('index.md'),
    ja: false,
    style: 'frontmatter',
    sections: [],
    anchors: [],
  })
  const uniqueBase = (base: string): string => {
    const n = (counters.get(base) ?? 0) + 1
    counters.set(base, n)
    return `${base}-${n}`
  }
  for (const folder of walkFolders(sections)) {
    for (let i = 0; i < folder.size; i++) {
      const isIndex = i === 0
      let sourcePath: string
      let title: string
      let topic: string
      if (isIndex) {
        sourcePath = `${folder.path}/index.md`
        title = folder.title
        topic = folder.ja ? 'tokyo' : random.pick(folder.section.topics)
      } else if (folder.ja) {
        const { name, title: jaTitle } = random.pick(WORDS.japanese.topics)
        topic = name
        sourcePath = `${folder.path}/${uniqueBase(name)}.md`
        title = jaTitle
      } else {
        topic = random.pick(folder.section.topics)
        const docType = random.pick(WORDS.docTypes)
        const name = uniqueBase(`${topic}-${docType}`)
        // About 1% of file names are written the way people save documents: spaces and capitals.
        const fileName = random.chance(0.01) ? titleCaseWords(name) : name
        sourcePath = `${folder.path}/${fileName}.md`
        title = `${capitalize(humanize(topic))} ${humanize(docType)}`
        if (random.chance(0.3)) title += ` ${random.pick(WORDS.titleQualifiers)}`
      }
      const style = folder.ja ? 'frontmatter' : pickStyle(random, isIndex)
      const sectionsOfPage = planSections(random, topic, folder.ja, isIndex ? random.int(3, 5) : random.int(4, 8))
      pages.push({
        sourcePath,
        folder,
        isIndex,
        isRoot: false,
        title,
        topic,
        url: urlFromSourcePath(sourcePath),
        ja: folder.ja,
        style,
        sections: sectionsOfPage,
        anchors: sectionsOfPage.flatMap((s) => [s.heading, ...s.subs]),
      })
    }
  }
  // The root page's own sections, planned after the others so the root can be written like any page.
  const rootPage = pages[0]!
  rootPage.sections = [
    { heading: { depth: 2, text: 'Sections', id: 'sections' }, subs: [] },
    { heading: { depth: 2, text: 'How to use this handbook', id: 'how-to-use-this-handbook' }, subs: [] },
    { heading: { depth: 2, text: 'Contributing', id: 'contributing' }, subs: [{ depth: 3, text: 'Style guide', id: 'style-guide' }] },
  ]
  const slugger = createHeadingSlugger()
  for (const section of rootPage.sections) {
    section.heading.id = slugger.slug(section.heading.text)
    for (const sub of section.subs) sub.id = slugger.slug(sub.text)
  }
  rootPage.anchors = rootPage.sections.flatMap((s) => [s.heading, ...s.subs])
  return pages
}
