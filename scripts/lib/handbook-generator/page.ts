/** One page's Markdown: frontmatter or H1 (by its style), sections with their blocks, and its links. */
import path from 'node:path'
import { WORDS } from './words'
import { yamlValue } from './text'
import { bulletList, blockquote, codeBlock, image, orderedList, table } from './blocks'
import { paragraph, sentence } from './prose'
import { chooseTargets, linkSentence } from './links'
import type { PagePlan } from './pages'
import type { Writer } from './writer'

function frontmatter(writer: Writer, page: PagePlan): string {
  const { random } = writer
  const lines = ['---', `title: ${yamlValue(page.title)}`]
  const description = page.ja ? `${page.title}についてのページです。` : sentence(writer, page, false)
  lines.push(`description: ${yamlValue(description)}`)
  if (page.ja) lines.push('lang: ja')
  if (!page.isRoot && random.chance(page.isIndex ? 0.5 : 0.3)) lines.push(`sidebar_position: ${random.int(1, 20)}`)
  if (!page.ja && random.chance(0.05)) lines.push(`tags: [${random.pick(WORDS.nouns.slice(0, 20))}, ${random.pick(WORDS.nouns.slice(0, 20))}]`)
  lines.push('---')
  return lines.join('\n')
}

export function writePage(writer: Writer, page: PagePlan): string {
  const { random } = writer
  const blocks: string[] = []
  /** Indices in `blocks` of paragraphs a link sentence may be appended to. */
  const prose: number[] = []
  const addProse = (text: string) => {
    prose.push(blocks.length)
    blocks.push(text)
  }

  if (page.style === 'frontmatter' || page.style === 'frontmatter-h1') blocks.push(frontmatter(writer, page))
  if (page.style === 'frontmatter-h1' || page.style === 'h1') blocks.push(`# ${page.title}`)
  const bareStartsWithHeading = page.style === 'bare' && random.chance(0.5)
  if (!bareStartsWithHeading) addProse(paragraph(writer, page, 2, 4))

  // Index pages list what the folder holds; the root lists the sections.
  const children = page.isIndex ? (writer.children.get(page.folder.path) ?? []) : []

  const internal = page.isRoot ? [] : chooseTargets(writer, page, random.int(3, 6), page.isIndex ? children.slice(0, 6) : [])
  const listed = page.isIndex && !page.isRoot ? internal.filter((t) => children.includes(t)) : []
  if (listed.length > 0) {
    blocks.push(page.ja ? 'このセクションの内容:' : random.pick(['This section covers:', 'In this section:', 'Pages here:']))
    const fromFolder = page.folder.path
    blocks.push(listed.map((t) => `- [${t.title}](${path.posix.relative(fromFolder, t.sourcePath).replace(/ /g, '%20')})`).join('\n'))
  }
  const inline = internal.filter((t) => !listed.includes(t))

  const ja = page.ja
  const withImage = !ja && !page.isRoot && random.chance(0.03)
  const withTable = !page.isRoot && random.chance(0.3)
  const withCode = !ja && !page.isRoot && random.chance(0.3)
  const sectionCount = page.sections.length
  const tableAt = random.int(0, Math.max(0, sectionCount - 1))
  const codeAt = random.int(0, Math.max(0, sectionCount - 1))
  const imageAt = random.int(0, Math.max(0, sectionCount - 1))

  page.sections.forEach((section, s) => {
    blocks.push(`## ${section.heading.text}`)
    if (page.isRoot && s === 0) {
      const sections = writer.children.get('') ?? []
      blocks.push(sections.map((p) => `- [${p.title}](${random.chance(0.7) ? p.sourcePath : p.url}) — ${sentence(writer, p, false)}`).join('\n'))
      return
    }
    addProse(paragraph(writer, page, 2, 4))
    if (random.chance(0.3)) addProse(paragraph(writer, page, 2, 3))
    const r = random.next()
    if (r < 0.3) blocks.push(bulletList(writer, page))
    else if (r < 0.45) blocks.push(orderedList(writer, page))
    else if (r < 0.55) blocks.push(blockquote(writer, page))
    if (withTable && s === tableAt) blocks.push(table(writer, page))
    if (withCode && s === codeAt) {
      addProse(random.pick(['For example:', 'A typical example:', 'Run this from the repository root:', 'The configuration looks like this:']))
      blocks.push(codeBlock(writer, page))
    }
    if (withImage && s === imageAt) blocks.push(image(writer, page))
    for (const sub of section.subs) {
      blocks.push(`### ${sub.text}`)
      addProse(paragraph(writer, page, 2, 4))
      if (random.chance(0.3)) blocks.push(bulletList(writer, page))
    }
  })

  for (const target of inline) {
    const at = prose.length > 0 ? random.pick(prose) : -1
    const text = linkSentence(writer, page, target)
    if (at >= 0) blocks[at] += (ja ? '' : ' ') + text
    else blocks.push(text)
  }
  if (!ja) {
    const external = random.int(0, 2)
    for (let i = 0; i < external; i++) {
      const { text, href } = random.pick(WORDS.externalLinks)
      const link = `Read more in [${text}](${href.replace('{slug}', page.topic)}).`
      const at = prose.length > 0 ? random.pick(prose) : -1
      if (at >= 0) blocks[at] += ` ${link}`
      else blocks.push(link)
    }
  }
  return blocks.join('\n\n') + '\n'
}
