/**
 * The folder plan: top-level sections (company, people-ops, engineering...) with
 * team folders under them and topic folders under those, each folder given
 * the number of pages it holds; about 1% of the pages go to Japanese folders
 * under company/tokyo.
 */
import type { Random } from './random'
import { WORDS, type SectionVocab } from './words'
import { folderTitle } from './text'

export interface FolderPlan {
  /** Relative path; '' is the root. */
  path: string
  name: string
  title: string
  section: SectionVocab
  ja: boolean
  size: number
  children: FolderPlan[]
}

/** Splits `total` pages into folder sizes of 8-15 (smaller only when the total is). */
function folderSizes(total: number, random: Random): number[] {
  const sizes: number[] = []
  let rest = total
  while (rest > 0) {
    let size = random.int(8, 15)
    if (rest - size < 8) size = rest <= 15 ? rest : rest - 8
    sizes.push(size)
    rest -= size
  }
  return sizes
}

/** Names unique among siblings: the list's own first, then numbered ones. */
function uniqueNames(candidates: readonly string[], count: number, random: Random, taken: ReadonlySet<string> = new Set()): string[] {
  const pool = random.shuffled(candidates.filter((name) => !taken.has(name)))
  const names: string[] = []
  for (let i = 0; i < count; i++) {
    const base = pool[i % pool.length]!
    const round = Math.floor(i / pool.length)
    names.push(round === 0 ? base : `${base}-${round + 1}`)
  }
  return names
}

/** The sections with their folders and page counts, for a handbook of `pages` pages in all (the root index.md included). */
export function buildFolders(pages: number, random: Random): FolderPlan[] {
  const japanese = pages >= 50 ? Math.round(pages / 100) : 0
  const sizes = folderSizes(pages - 1 - japanese, random)
  const sectionCount = Math.min(WORDS.sections.length, Math.max(1, Math.ceil(sizes.length / 2.5)))
  const sections: FolderPlan[] = []
  const order: FolderPlan[] = []
  const make = (parent: string, name: string, section: SectionVocab, title: string, ja = false): FolderPlan => ({
    path: parent ? `${parent}/${name}` : name,
    name,
    title,
    section,
    ja,
    size: 0,
    children: [],
  })
  for (let s = 0; s < sectionCount && order.length < sizes.length; s++) {
    const vocab = WORDS.sections[s]!
    const folderCount = Math.floor(sizes.length / sectionCount) + (s < sizes.length % sectionCount ? 1 : 0)
    const section = make('', vocab.name, vocab, vocab.title)
    sections.push(section)
    order.push(section)
    const below = folderCount - 1
    const teamCount = below <= 3 ? below : Math.max(2, Math.round(Math.sqrt(below)))
    const teams = uniqueNames(vocab.teams, teamCount, random).map((name) => make(section.path, name, vocab, folderTitle(name)))
    section.children.push(...teams)
    const topicsPerTeam = teams.map(() => 0)
    for (let i = 0; i < below - teamCount; i++) topicsPerTeam[i % teamCount]!++
    teams.forEach((team, t) => {
      order.push(team)
      const names = uniqueNames(WORDS.topicFolders, topicsPerTeam[t]!, random)
      for (const name of names) {
        const topic = make(team.path, name, vocab, folderTitle(name))
        team.children.push(topic)
        order.push(topic)
      }
    })
  }
  order.forEach((folder, i) => {
    folder.size = sizes[i]!
  })

  // About 1% of the pages are Japanese, in company/tokyo and folders under it.
  if (japanese > 0) {
    const company = sections[0]!
    const chunks = Math.ceil(japanese / 12)
    const tokyo = make(company.path, 'tokyo', company.section, '東京オフィス', true)
    company.children.push(tokyo)
    const subNames = uniqueNames(WORDS.japanese.folders, chunks - 1, random)
    for (let c = 0; c < chunks; c++) {
      const size = Math.floor(japanese / chunks) + (c < japanese % chunks ? 1 : 0)
      if (c === 0) {
        tokyo.size = size
      } else {
        const sub = make(tokyo.path, subNames[c - 1]!, company.section, `東京: ${subNames[c - 1]!}`, true)
        sub.size = size
        tokyo.children.push(sub)
      }
    }
  }
  return sections
}

export function* walkFolders(folders: readonly FolderPlan[]): Generator<FolderPlan> {
  for (const folder of folders) {
    yield folder
    yield* walkFolders(folder.children)
  }
}
