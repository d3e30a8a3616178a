/**
 * Deterministic generator of large, realistic Markdown handbooks, for load
 * tests and benchmarks. The same seed and page count always give the same
 * bytes: all randomness comes from a seeded mulberry32, never Math.random or
 * the clock.
 *
 * The handbook looks like a company's: top-level sections (company, people,
 * engineering...) with team and topic folders under them, each folder with an
 * `index.md`. Pages mix frontmatter styles, prose, lists, tables, code,
 * quotes, images, a few Japanese pages, and 3-6 internal links each, in the
 * forms editors write them. Every link and anchor resolves: heading ids and
 * URLs are computed with the site's own functions.
 */
import fs from 'node:fs'
import path from 'node:path'
import { createHeadingSlugger } from '../../src/content/slug'
import { urlFromSourcePath } from '../../src/content/url'

export interface GenerateOptions {
  pages: number
  /** Seed of the pseudo-random generator; default 42. */
  seed?: number
}

export interface GeneratedHandbook {
  /** Absolute path of the generated content folder. */
  dir: string
  pageCount: number
  /** Relative paths of the pages (forward slashes), sorted. */
  files: string[]
}

// ---------------------------------------------------------------------------
// Randomness

class Random {
  private state: number

  constructor(seed: number) {
    this.state = seed >>> 0
  }

  /** mulberry32: a float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  chance(p: number): boolean {
    return this.next() < p
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list')
    return items[Math.floor(this.next() * items.length)]!
  }

  shuffled<T>(items: readonly T[]): T[] {
    const copy = [...items]
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1))
      const swap = copy[i]!
      copy[i] = copy[j]!
      copy[j] = swap
    }
    return copy
  }
}

// ---------------------------------------------------------------------------
// Vocabulary

interface SectionVocab {
  name: string
  title: string
  /** Names of team folders (second level). */
  teams: readonly string[]
  /** Topics, kebab-case: file names and prose are made of them. */
  topics: readonly string[]
}

const SECTIONS: readonly SectionVocab[] = [
  {
    name: 'company',
    title: 'Company',
    teams: ['values', 'history', 'leadership', 'offices', 'strategy', 'culture', 'communication', 'all-hands', 'remote-work'],
    topics: ['mission', 'values', 'strategy', 'all-hands', 'okr', 'offsite', 'communication', 'decision-making', 'meetings', 'remote-work', 'office', 'travel'],
  },
  {
    name: 'people',
    title: 'People',
    teams: ['onboarding', 'benefits', 'compensation', 'learning', 'recruiting', 'performance', 'wellbeing', 'time-off', 'people-ops'],
    topics: ['onboarding', 'feedback', 'compensation', 'vacation', 'parental-leave', 'hiring', 'interview', 'promotion', 'performance-review', 'benefits', 'offboarding', 'wellbeing', 'relocation', 'mentoring'],
  },
  {
    name: 'engineering',
    title: 'Engineering',
    teams: ['platform', 'frontend', 'backend', 'infrastructure', 'mobile', 'data-platform', 'developer-experience', 'quality', 'architecture', 'reliability'],
    topics: ['code-review', 'on-call', 'incident', 'deployment', 'testing', 'architecture', 'release', 'monitoring', 'pull-request', 'ci', 'database', 'api-design', 'postmortem', 'tech-debt'],
  },
  {
    name: 'operations',
    title: 'Operations',
    teams: ['facilities', 'procurement', 'it-support', 'vendors', 'travel', 'logistics', 'business-continuity'],
    topics: ['procurement', 'vendor', 'laptop', 'equipment', 'travel', 'office', 'access', 'inventory', 'shipping', 'badge'],
  },
  {
    name: 'sales',
    title: 'Sales',
    teams: ['enterprise', 'mid-market', 'sales-ops', 'partnerships', 'deal-desk', 'enablement'],
    topics: ['pipeline', 'forecast', 'discount', 'quote', 'contract', 'territory', 'commission', 'demo', 'prospecting', 'renewal'],
  },
  {
    name: 'marketing',
    title: 'Marketing',
    teams: ['brand', 'content', 'events', 'growth', 'product-marketing', 'web'],
    topics: ['campaign', 'brand', 'newsletter', 'webinar', 'launch', 'seo', 'social-media', 'press', 'event', 'budget'],
  },
  {
    name: 'support',
    title: 'Support',
    teams: ['tier-1', 'tier-2', 'escalations', 'knowledge-base', 'support-ops', 'community'],
    topics: ['ticket', 'escalation', 'sla', 'macro', 'customer', 'refund', 'chat', 'triage', 'satisfaction'],
  },
  {
    name: 'finance',
    title: 'Finance',
    teams: ['accounting', 'payroll', 'planning', 'tax', 'treasury', 'spend-management'],
    topics: ['expense', 'budget', 'invoice', 'reimbursement', 'payroll', 'forecast', 'audit', 'corporate-card', 'month-end', 'travel-expense'],
  },
  {
    name: 'legal',
    title: 'Legal',
    teams: ['contracts', 'privacy', 'compliance', 'intellectual-property', 'employment-law', 'policies'],
    topics: ['contract', 'nda', 'privacy', 'gdpr', 'compliance', 'trademark', 'data-processing', 'open-source', 'signature', 'retention'],
  },
  {
    name: 'product',
    title: 'Product',
    teams: ['discovery', 'roadmap', 'analytics', 'pricing', 'research', 'product-ops'],
    topics: ['roadmap', 'discovery', 'prioritization', 'release-notes', 'feature-request', 'metrics', 'experiment', 'spec', 'launch', 'customer-interview'],
  },
  {
    name: 'design',
    title: 'Design',
    teams: ['design-system', 'user-research', 'brand-design', 'accessibility', 'content-design', 'ux-writing'],
    topics: ['design-review', 'accessibility', 'component', 'prototype', 'usability-test', 'typography', 'color', 'icon', 'critique', 'handoff'],
  },
  {
    name: 'security',
    title: 'Security',
    teams: ['appsec', 'infosec', 'identity', 'incident-response', 'governance', 'vulnerability-management'],
    topics: ['password', 'access-review', 'phishing', 'vulnerability', 'incident', 'encryption', 'laptop-security', 'secrets', 'penetration-test', 'sso'],
  },
  {
    name: 'data',
    title: 'Data',
    teams: ['analytics-engineering', 'data-science', 'business-intelligence', 'data-governance', 'machine-learning'],
    topics: ['dashboard', 'metric', 'pipeline', 'warehouse', 'experiment', 'model', 'data-quality', 'report', 'forecast'],
  },
  {
    name: 'customer-success',
    title: 'Customer success',
    teams: ['onboarding-services', 'account-management', 'renewals', 'customer-education', 'health-scores'],
    topics: ['customer', 'renewal', 'health-score', 'qbr', 'churn', 'training', 'success-plan', 'handover'],
  },
]

/** Third-level folder names, reused under every team. */
const TOPIC_FOLDERS = [
  'guides', 'runbooks', 'processes', 'templates', 'rituals', 'tooling', 'policies', 'playbooks', 'faq', 'checklists',
  'meetings', 'projects', 'how-to', 'reference', 'decisions', 'standards', 'training', 'resources', 'archive', 'planning',
]

const DOC_TYPES = [
  'policy', 'guide', 'checklist', 'process', 'faq', 'playbook', 'overview', 'principles', 'runbook', 'rotation',
  'template', 'handbook', 'standards', 'tips', 'workflow', 'calendar', 'responsibilities', 'expectations', 'best-practices', 'glossary',
]

const TITLE_QUALIFIERS = [
  'for new hires', 'for managers', 'in EMEA', 'in the Americas', 'for contractors', 'at a glance', '(2024 edition)',
  'for remote teams', '— quick reference', 'for the São Paulo office', 'v2',
]

const ROLES = [
  'manager', 'DRI', 'team lead', 'people partner', 'on-call engineer', 'new hire', 'recruiter', 'finance partner',
  'hiring manager', 'project owner', 'security champion', 'onboarding buddy', 'support lead', 'director',
]

const TOOLS = [
  'Slack', 'Jira', 'Notion', 'GitHub', 'Google Drive', 'BambooHR', 'PagerDuty', 'Expensify', 'Greenhouse', 'Zoom',
  'Figma', 'Linear', 'Okta', '1Password', 'Lattice', 'Salesforce', 'Zendesk', 'Looker',
]

const TIMES = [
  'within two business days', 'before the end of the quarter', 'every Monday', 'during your first week',
  'at least a week in advance', 'once a month', 'by Friday noon', 'before the planning meeting', 'every six months',
  'as soon as possible', 'at the start of each sprint', 'during the annual review', 'within 24 hours',
]

const ADJECTIVES = [
  'clear', 'short', 'async-first', 'transparent', 'documented', 'predictable', 'blameless', 'lightweight', 'fair',
  'consistent', 'simple', 'inclusive', 'well-scoped', 'boring', 'explicit',
]

const NOUNS = [
  'onboarding', 'expenses', 'feedback', 'compensation', 'on-call', 'incident', 'security', 'hiring', 'interview',
  'vacation', 'review', 'budget', 'customer', 'roadmap', 'offboarding', 'training', 'equipment', 'travel', 'payroll',
  'access', 'headcount', 'promotion', 'retro', 'planning', 'release', 'contract', 'invoice', 'meeting', 'goal',
  'résumé', 'café budget', 'naïve estimate', 'façade', 'coöperation', 'rôle change', 'Zürich trip', 'entrée',
]

const VERBS = [
  'review', 'approve', 'document', 'share', 'track', 'plan', 'discuss', 'update', 'escalate', 'prepare', 'measure',
  'improve', 'announce', 'archive', 'schedule',
]

const HEADING_VERBS = [
  'Requesting', 'Reviewing', 'Planning', 'Approving', 'Tracking', 'Reporting', 'Preparing for', 'Giving', 'Receiving',
  'Updating', 'Handling', 'Escalating', 'Documenting', 'Measuring', 'Improving', 'Sharing', 'Scheduling',
]

const GENERIC_HEADINGS = [
  'Why this matters', 'How it works', 'Who this is for', 'Getting started', 'Before you begin', 'Step by step',
  'Roles and responsibilities', 'Common questions', 'Frequently asked questions', 'Tools we use', 'Examples',
  'What good looks like', 'Timeline', 'Escalation', 'Exceptions', 'Tips and tricks', 'Further reading', 'Contacts',
  'Glossary', 'Principles', 'Checklist', 'Templates', 'Metrics we track', 'History', 'Known issues', 'Recent changes',
  "What's next?", "Do's and don'ts", 'Budget & approvals', 'Q&A', 'Where to find help', 'Our approach',
  'Responsibilities of the DRI', 'Measuring success', 'Troubleshooting', 'Decision log', 'Working agreements',
  'Rituals', 'Communication', 'Feedback loop', 'The café rule', 'Naïve estimates and how to avoid them',
  'Résumé screening', 'Scope: what is in and out', 'Version 2.0 changes', 'On-call & escalation',
]

const SUB_HEADINGS = [
  'Example', 'For managers', 'For individual contributors', 'In the office', 'Working remotely', 'Edge cases',
  'Approval', 'Deadlines', 'Step 1: prepare', 'Step 2: review', 'Notes', 'Exceptions to the rule', 'Costs',
  'Who approves', 'What to include', 'Common mistakes', 'Templates to copy', 'Related tools', 'Part-time staff',
  'Contractors', 'Interns', 'Time zones', 'Holidays', 'Accessibility', 'Privacy', 'Security considerations',
  'Reporting', 'Follow-up', 'Checklist for the first day', 'FAQ',
]

const SENTENCES = [
  'Every {role} is expected to keep the {topic} notes {adj} and up to date.',
  'If you are unsure about {topic}, ask in {channel} and someone from {Team} will answer {time}.',
  'We {verb} {topic} {time}, and the {role} records every decision in {tool}.',
  'Most questions about {noun} are answered in the FAQ, so check there first.',
  'Write things down: a {adj} document beats a long meeting.',
  'The {role} owns the final decision, but anyone can propose a change by opening a merge request.',
  'Please submit {noun} requests {time} so the {Team} team can plan ahead.',
  'Our {topic} process is intentionally {adj}; it should never feel like bureaucracy.',
  'When something goes wrong, we run a {adj} review and focus on systems, not people.',
  'New hires meet their onboarding buddy {time}, usually over coffee at the café or on a video call.',
  'We prefer {adj} written updates in {tool} over status meetings.',
  'Budget owners {verb} every {noun} request against the plan for the quarter.',
  'A {adj} handover means the next person can pick up the {topic} work without asking you anything.',
  'Do not share customer data in {tool}; use the approved folder instead.',
  'The {Team} team publishes a summary of {topic} changes {time}.',
  'It is fine to say no to a meeting that has no agenda.',
  'You can find the current {noun} numbers in the {tool} dashboard.',
  'If the {role} is out of office, the backup listed in {tool} makes the call.',
  'We track {topic} work in {tool} so that nothing gets lost between teams.',
  'Assume good intent, and ask for context before you escalate a {noun} issue.',
  'Expenses under the limit need no approval, but you still have to attach the receipt.',
  'Feedback should be specific, kind and timely; a naïve "great job" helps nobody.',
  'Keep your résumé of past {topic} projects handy for the annual review.',
  'The {role} schedules a {adj} check-in {time} to see how things are going.',
  'Anyone on the {Team} team can {verb} the {topic} page; there is no gatekeeper.',
  'We revisit this policy {time} and announce changes in {channel}.',
  'Small, frequent changes are easier to {verb} than big, rare ones.',
  'Time zones matter: leave at least one business day for replies from other offices.',
  'Mark a {noun} request as urgent only when a customer or a deadline is at risk.',
  'The goal is a {adj} process that works for a team of ten and a team of a thousand.',
  'Link to the source of truth instead of copying numbers into slides.',
  'When in doubt, over-communicate in {channel} rather than in private messages.',
  'The {role} pairs with you during the first {topic} rotation.',
  'Our auditors look at {noun} records {time}, so keep them complete.',
  'Celebrate the small wins too; a short note in {channel} goes a long way.',
  'Nobody is expected to answer messages outside their working hours.',
  'If a step in this guide is wrong, fix it right away and tell the {Team} team.',
  'Security reviews happen before launch, not after an incident.',
  'Each {noun} decision has one DRI, even when many people contribute.',
  'Plan for the unexpected: reserve a fifth of the {topic} capacity for interruptions.',
]

const LINK_SENTENCES = [
  'See [{text}]({href}) for the details.',
  'The [{text}]({href}) page explains how other teams handle this.',
  'For background, read [{text}]({href}).',
  'This builds on [{text}]({href}).',
  'If you have not yet, skim [{text}]({href}) first.',
  'There is more on this in [{text}]({href}).',
  'Compare with [{text}]({href}), which covers a related case.',
]

const ANCHOR_SENTENCES = [
  'The section [{text}]({href}) in *{title}* goes deeper.',
  'Jump to [{text}]({href}) in {title} for the short version.',
  'We describe the exceptions under [{text}]({href}) in {title}.',
]

const EXTERNAL_LINKS = [
  ['the vendor documentation', 'https://example.com/docs/{slug}'],
  ['this article on async work', 'https://example.com/blog/{slug}'],
  ['the official guidance', 'https://example.org/guidance/{slug}'],
  ['the public status page', 'https://status.example.com/'],
  ['the template gallery', 'https://example.com/templates?topic={slug}'],
] as const

const JA_TOPICS: readonly (readonly [string, string])[] = [
  ['office-guide', '東京オフィスガイド'],
  ['expense-procedure', '経費精算の手順'],
  ['vacation-request', '休暇の申請方法'],
  ['commuting-allowance', '通勤手当について'],
  ['security-rules', '情報セキュリティの基本'],
  ['onboarding-checklist', '入社初日のチェックリスト'],
  ['meeting-rooms', '会議室の予約'],
  ['health-checkup', '健康診断のご案内'],
  ['remote-work', 'リモートワークのルール'],
  ['team-events', 'チームイベント'],
  ['it-equipment', 'IT機器の貸与'],
  ['emergency-contacts', '緊急連絡先'],
]

const JA_FOLDERS = ['office', 'benefits', 'procedures', 'events', 'onboarding', 'faq', 'it', 'culture']

const JA_HEADINGS = [
  '概要', '申請の手順', 'よくある質問', '連絡先', 'オフィスの使い方', '休暇の取り方', '経費精算', 'セキュリティ',
  '注意事項', '対象者', '必要な書類', 'スケジュール', '担当者', '関連ツール', '例外について', '参考資料',
]

const JA_SENTENCES = [
  '東京オフィスでは、全員が気持ちよく働けるように以下のルールを守ってください。',
  '申請は少なくとも一週間前までに{tool}で行ってください。',
  '不明な点があれば、{channel}で気軽に質問してください。',
  '経費精算には領収書の添付が必要です。',
  '休暇を取る前に、チームのカレンダーに予定を入れてください。',
  '新しいメンバーには、最初の一週間オンボーディングバディがつきます。',
  '会議室は{tool}のカレンダーから予約できます。',
  'セキュリティ上の理由から、来客は必ず受付で登録してください。',
  'リモートワークの日も、コアタイムにはSlackで連絡が取れるようにしてください。',
  'このページの内容は四半期ごとに見直しています。',
  '緊急の場合は、マネージャーに直接電話してください。',
  'オフィスのカフェ（café）は午前八時から午後六時まで利用できます。',
  '質問や改善の提案は、いつでも歓迎します。',
  '詳しい手順は英語版のハンドブックにも記載されています。',
]

const JA_LINK_SENTENCES = ['詳しくは[{text}]({href})を参照してください。', '関連情報は[{text}]({href})にあります。']

const CHANNELS = ['#help-finance', '#ask-people', '#eng-help', '#it-support', '#security', '#announcements', '#design-crit', '#sales-ops']

// ---------------------------------------------------------------------------
// Plan

interface HeadingPlan {
  depth: 2 | 3
  text: string
  id: string
}

interface FolderPlan {
  /** Relative path; '' is the root. */
  path: string
  name: string
  title: string
  section: SectionVocab
  ja: boolean
  size: number
  children: FolderPlan[]
}

type PageStyle = 'frontmatter' | 'frontmatter-h1' | 'h1' | 'bare'

interface PagePlan {
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

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** `on-call` stays hyphenated in prose; other kebab words become spaced. */
function humanize(kebab: string): string {
  return kebab === 'on-call' ? 'on-call' : kebab.replace(/-/g, ' ')
}

function titleCaseWords(kebab: string): string {
  return kebab
    .split('-')
    .map((word) => (['faq', 'ci', 'okr', 'nda', 'gdpr', 'seo', 'sla', 'sso', 'qbr', 'api'].includes(word) ? word.toUpperCase() : capitalize(word)))
    .join(' ')
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

function folderTitle(name: string): string {
  const words = name.replace(/-/g, ' ')
  const fixed: Record<string, string> = { faq: 'FAQ', 'how to': 'How-to', qbr: 'QBR', sso: 'SSO', it: 'IT', 'it support': 'IT support' }
  return fixed[words] ?? capitalize(words)
}

function buildFolders(pages: number, random: Random): FolderPlan[] {
  const japanese = pages >= 50 ? Math.round(pages / 100) : 0
  const sizes = folderSizes(pages - 1 - japanese, random)
  const sectionCount = Math.min(SECTIONS.length, Math.max(1, Math.ceil(sizes.length / 2.5)))
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
    const vocab = SECTIONS[s]!
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
      const names = uniqueNames(TOPIC_FOLDERS, topicsPerTeam[t]!, random)
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
    const subNames = uniqueNames(JA_FOLDERS, chunks - 1, random)
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

function* walkFolders(folders: readonly FolderPlan[]): Generator<FolderPlan> {
  for (const folder of folders) {
    yield folder
    yield* walkFolders(folder.children)
  }
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
    if (ja) text = random.pick(JA_HEADINGS)
    else {
      const r = random.next()
      if (r < 0.55) text = random.pick(GENERIC_HEADINGS)
      else if (r < 0.85) text = `${random.pick(HEADING_VERBS)} ${random.chance(0.5) ? human : random.pick(NOUNS)}`
      else text = random.pick([`${capitalize(human)} at a glance`, `How we handle ${human}`, `${capitalize(human)} for managers`, `${capitalize(human)} in remote teams`])
    }
    const heading = take(text, 2)
    if (!heading) continue
    const subs: HeadingPlan[] = []
    if (!ja && random.chance(0.35)) {
      const wanted = random.int(1, 3)
      for (let j = 0; subs.length < wanted && j < wanted * 4; j++) {
        const sub = take(random.pick(SUB_HEADINGS), 3)
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

function planPages(sections: readonly FolderPlan[], random: Random): PagePlan[] {
  const pages: PagePlan[] = []
  const counters = new Map<string, number>()
  const root: FolderPlan = { path: '', name: '', title: 'Acme Handbook', section: SECTIONS[0]!, ja: false, size: 1, children: [...sections] }
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
        const [name, jaTitle] = random.pick(JA_TOPICS)
        topic = name
        sourcePath = `${folder.path}/${uniqueBase(name)}.md`
        title = jaTitle
      } else {
        topic = random.pick(folder.section.topics)
        const docType = random.pick(DOC_TYPES)
        const name = uniqueBase(`${topic}-${docType}`)
        // About 1% of file names are written the way people save documents: spaces and capitals.
        const fileName = random.chance(0.01) ? titleCaseWords(name) : name
        sourcePath = `${folder.path}/${fileName}.md`
        title = `${capitalize(humanize(topic))} ${humanize(docType)}`
        if (random.chance(0.3)) title += ` ${random.pick(TITLE_QUALIFIERS)}`
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

// ---------------------------------------------------------------------------
// Writing

/** YAML scalar: plain when safe, double-quoted (JSON is valid YAML) otherwise. */
function yamlValue(text: string): string {
  const plain = /^[\p{L}\p{N}]/u.test(text) && !/[:#'"[\]{}`|>*&!%@\\]/.test(text) && !/^(?:true|false|yes|no|on|off|null|~)$/i.test(text)
  return plain ? text : JSON.stringify(text)
}

interface Writer {
  random: Random
  pages: readonly PagePlan[]
  bySection: Map<string, PagePlan[]>
  /** Per folder path: its subfolders' index pages, then its other pages. */
  children: Map<string, PagePlan[]>
  imageCount: number
  images: { path: string; svg: string }[]
}

function fill(template: string, writer: Writer, page: PagePlan, markup: boolean): string {
  const { random } = writer
  const decorate = (value: string): string => {
    if (!markup || !random.chance(0.12)) return value
    return random.chance(0.5) ? `**${value}**` : `*${value}*`
  }
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    switch (slot) {
      case 'role':
        return decorate(random.pick(ROLES))
      case 'topic':
        return decorate(humanize(random.chance(0.6) ? page.topic : random.pick(page.folder.section.topics)))
      case 'Topic':
        return capitalize(humanize(page.topic))
      case 'Team':
        return page.folder.section.title
      case 'adj':
        return decorate(random.pick(ADJECTIVES))
      case 'time':
        return random.pick(TIMES)
      case 'tool':
        return decorate(random.pick(TOOLS))
      case 'channel':
        return markup ? `\`${random.pick(CHANNELS)}\`` : random.pick(CHANNELS)
      case 'noun':
        return decorate(random.pick(NOUNS))
      case 'verb':
        return random.pick(VERBS)
      default:
        return slot
    }
  })
}

/** "a explicit", "a **entrée**" → "an ...". */
function fixArticles(text: string): string {
  return text.replace(/\b([Aa]) ((?:\*\*|\*|`)?[aeiouéAEIOUÉ])/g, '$1n $2')
}

/** One sentence; `avoid` holds templates already used in the paragraph, so none repeats. */
function sentence(writer: Writer, page: PagePlan, markup = true, avoid?: Set<string>): string {
  const pool = page.ja ? JA_SENTENCES : SENTENCES
  let template = writer.random.pick(pool)
  for (let i = 0; avoid?.has(template) && i < 5; i++) template = writer.random.pick(pool)
  avoid?.add(template)
  return capitalize(fixArticles(fill(template, writer, page, markup)))
}

function paragraph(writer: Writer, page: PagePlan, min = 3, max = 6): string {
  const count = writer.random.int(min, max)
  const used = new Set<string>()
  const parts: string[] = []
  for (let i = 0; i < count; i++) parts.push(sentence(writer, page, true, used))
  return parts.join(page.ja ? '' : ' ')
}

function bulletList(writer: Writer, page: PagePlan): string {
  const { random } = writer
  const items: string[] = []
  const used = new Set<string>()
  const count = random.int(3, 6)
  const task = !page.ja && random.chance(0.1)
  for (let i = 0; i < count; i++) {
    const body = random.chance(0.4) && !page.ja ? `**${capitalize(random.pick(NOUNS))}**: ${sentence(writer, page, false, used)}` : sentence(writer, page, true, used)
    items.push(task ? `- [${random.chance(0.4) ? 'x' : ' '}] ${body}` : `- ${body}`)
  }
  return items.join('\n')
}

function orderedList(writer: Writer, page: PagePlan): string {
  const { random } = writer
  const steps = [
    'Open {tool} and create a new {noun} request.',
    'Add a short description and link the relevant ticket.',
    'Tag the {role} and wait for the approval.',
    'Once approved, {verb} the change and note it in {channel}.',
    'Update this page if anything in the process changed.',
    'Close the request and archive the thread.',
    'Book a follow-up {time} to check the outcome.',
  ]
  const jaSteps = [
    '{tool}で申請フォームを開きます。',
    '必要事項を入力し、領収書などの書類を添付します。',
    'マネージャーの承認を待ちます。',
    '承認されたら、{channel}で報告します。',
    '手順が変わった場合は、このページを更新してください。',
  ]
  const pool = page.ja ? jaSteps : steps
  const count = random.int(3, pool.length - 1)
  const start = random.int(0, pool.length - count)
  const lines: string[] = []
  for (let i = 0; i < count; i++) lines.push(`${i + 1}. ${fixArticles(fill(pool[start + i]!, writer, page, true))}`)
  return lines.join('\n')
}

function table(writer: Writer, page: PagePlan): string {
  const { random } = writer
  const kind = random.int(0, 3)
  const rows = random.int(3, 6)
  const lines: string[] = []
  if (page.ja) {
    lines.push('| 項目 | 担当 | 連絡先 |', '| --- | --- | --- |')
    const items = ['経費精算', '休暇申請', '会議室予約', '入館証', 'IT機器', '健康診断']
    for (let i = 0; i < rows; i++) lines.push(`| ${items[i]} | ${random.pick(['総務', '人事', '経理', '情報システム'])} | \`${random.pick(CHANNELS)}\` |`)
  } else if (kind === 0) {
    lines.push('| Role | Responsibility | Contact |', '| --- | --- | --- |')
    for (let i = 0; i < rows; i++) lines.push(`| ${capitalize(random.pick(ROLES))} | ${capitalize(random.pick(VERBS))} ${random.pick(NOUNS)} | \`${random.pick(CHANNELS)}\` |`)
  } else if (kind === 1) {
    lines.push('| Item | Limit | Approver |', '| --- | ---: | --- |')
    for (let i = 0; i < rows; i++) lines.push(`| ${capitalize(random.pick(NOUNS))} | ${random.pick(['€', '$', '£'])}${random.int(1, 60) * 25} | ${capitalize(random.pick(ROLES))} |`)
  } else if (kind === 2) {
    lines.push('| Stage | Owner | Typical duration |', '| :--- | :---: | ---: |')
    for (let i = 0; i < rows; i++) lines.push(`| ${capitalize(random.pick(VERBS))} | ${capitalize(random.pick(ROLES))} | ${random.int(1, 10)} days |`)
  } else {
    lines.push('| Severity | Response time | Example |', '| --- | --- | --- |')
    const severities = ['SEV1', 'SEV2', 'SEV3', 'SEV4', 'SEV5', 'SEV6']
    for (let i = 0; i < rows; i++) lines.push(`| ${severities[i]} | ${random.pick(['15 minutes', '1 hour', '4 hours', 'next business day', '1 week'])} | ${capitalize(random.pick(NOUNS))} ${random.pick(['outage', 'delay', 'question', 'bug', 'request'])} |`)
  }
  return lines.join('\n')
}

function codeBlock(writer: Writer, page: PagePlan): string {
  const { random } = writer
  const topic = page.topic
  const snake = topic.replace(/-/g, '_')
  const camel = topic.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())
  const n = random.int(2, 90)
  switch (random.int(0, 4)) {
    case 0:
      return ['```bash', `# ${capitalize(humanize(topic))}: local setup`, `git clone git@github.com:acme/${topic}-tools.git`, `cd ${topic}-tools && npm ci`, `npm run ${random.pick(['check', 'sync', 'report', 'lint'])} -- --team ${page.folder.name || 'all'} --days ${n}`, '```'].join('\n')
    case 1:
      return ['```ts', `export interface ${capitalize(camel)}Request {`, '  id: string', `  owner: string // the ${random.pick(ROLES)}`, `  amount?: number`, '}', '', `export function isOverdue(request: ${capitalize(camel)}Request, days = ${n}): boolean {`, `  return request.id.length > 0 && days > ${random.int(1, 30)}`, '}', '```'].join('\n')
    case 2:
      return ['```yaml', `${snake}:`, `  owner: ${random.pick(ROLES).replace(/ /g, '-')}`, `  review_every_days: ${n}`, `  channel: "${random.pick(CHANNELS)}"`, '  approvers:', `    - ${random.pick(ROLES).replace(/ /g, '-')}`, `    - ${random.pick(ROLES).replace(/ /g, '-')}`, '```'].join('\n')
    case 3:
      return ['```json', '{', `  "topic": "${topic}",`, `  "limit": ${n * 10},`, `  "currency": "${random.pick(['EUR', 'USD', 'GBP', 'JPY'])}",`, `  "approvalRequired": ${random.chance(0.5)}`, '}', '```'].join('\n')
    default:
      return ['```python', `def ${snake}_summary(items, limit=${n}):`, `    """Summarise ${humanize(topic)} items for the weekly report."""`, '    total = sum(item["amount"] for item in items)', '    return {"count": len(items), "total": total, "over_limit": total > limit}', '```'].join('\n')
  }
}

function blockquote(writer: Writer, page: PagePlan): string {
  const { random } = writer
  const r = random.next()
  if (r < 0.25) return `> [!${random.pick(['NOTE', 'TIP', 'IMPORTANT', 'WARNING'])}]\n> ${sentence(writer, page)}`
  if (r < 0.6) return `> **Note:** ${sentence(writer, page)}`
  return `> ${sentence(writer, page)}\n> ${sentence(writer, page)}`
}

function image(writer: Writer, page: PagePlan): string {
  const n = ++writer.imageCount
  const folder = path.posix.dirname(page.sourcePath)
  const file = `images/diagram-${n}.svg`
  const label = `${capitalize(humanize(page.topic))} flow`
  const hue = (n * 47) % 360
  writer.images.push({
    path: folder === '.' ? file : `${folder}/${file}`,
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="120" viewBox="0 0 320 120"><rect width="320" height="120" rx="8" fill="hsl(${hue} 60% 92%)"/><rect x="20" y="40" width="80" height="40" rx="4" fill="hsl(${hue} 50% 60%)"/><rect x="220" y="40" width="80" height="40" rx="4" fill="hsl(${hue} 50% 60%)"/><path d="M100 60h120" stroke="#333" stroke-width="2"/><text x="160" y="30" font-family="sans-serif" font-size="14" text-anchor="middle">${label}</text></svg>\n`,
  })
  return `![Diagram of the ${humanize(page.topic)} process](${file})`
}

/** A link from `from` to `to` in one of the forms editors write. */
function linkSentence(writer: Writer, from: PagePlan, to: PagePlan): string {
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
  if (from.ja) return random.pick(JA_LINK_SENTENCES).replace('{text}', anchor ? anchor.text : to.title).replace('{href}', anchor ? `${href}#${anchor.id}` : href)
  if (anchor) {
    return random
      .pick(ANCHOR_SENTENCES)
      .replace('{text}', anchor.text)
      .replace('{href}', `${href}#${anchor.id}`)
      .replace('{title}', to.title)
  }
  return random.pick(LINK_SENTENCES).replace('{text}', to.title).replace('{href}', href)
}

function chooseTargets(writer: Writer, page: PagePlan, count: number, first: readonly PagePlan[] = []): PagePlan[] {
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

function frontmatter(writer: Writer, page: PagePlan): string {
  const { random } = writer
  const lines = ['---', `title: ${yamlValue(page.title)}`]
  const description = page.ja ? `${page.title}についてのページです。` : sentence(writer, page, false)
  lines.push(`description: ${yamlValue(description)}`)
  if (page.ja) lines.push('lang: ja')
  if (!page.isRoot && random.chance(page.isIndex ? 0.5 : 0.3)) lines.push(`sidebar_position: ${random.int(1, 20)}`)
  if (!page.ja && random.chance(0.05)) lines.push(`tags: [${random.pick(NOUNS.slice(0, 20))}, ${random.pick(NOUNS.slice(0, 20))}]`)
  lines.push('---')
  return lines.join('\n')
}

function writePage(writer: Writer, page: PagePlan): string {
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
      const [text, href] = random.pick(EXTERNAL_LINKS)
      const link = `Read more in [${text}](${href.replace('{slug}', page.topic)}).`
      const at = prose.length > 0 ? random.pick(prose) : -1
      if (at >= 0) blocks[at] += ` ${link}`
      else blocks.push(link)
    }
  }
  return blocks.join('\n\n') + '\n'
}

/**
 * Writes a handbook of exactly `options.pages` Markdown pages into
 * `targetDir` (created if missing). It does not empty the folder first:
 * give it an empty one, or the page count on disk will not be `pages`.
 */
export function generateHandbook(targetDir: string, options: GenerateOptions): GeneratedHandbook {
  const { pages: count, seed = 42 } = options
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`pages must be a positive integer, got ${count}`)
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`)
  const random = new Random(seed)
  const sections = count > 1 ? buildFolders(count, random) : []
  const pages = planPages(sections, random)
  if (pages.length !== count) throw new Error(`internal error: planned ${pages.length} pages instead of ${count}`)

  const bySection = new Map<string, PagePlan[]>()
  for (const page of pages) {
    const key = page.sourcePath.split('/')[0]!
    const list = bySection.get(key) ?? []
    list.push(page)
    bySection.set(key, list)
  }
  const children = new Map<string, PagePlan[]>()
  const addChild = (folder: string, page: PagePlan) => {
    const list = children.get(folder) ?? []
    list.push(page)
    children.set(folder, list)
  }
  for (const page of pages) {
    if (page.isRoot) continue
    if (page.isIndex) addChild(page.folder.path.split('/').slice(0, -1).join('/'), page)
  }
  for (const page of pages) if (!page.isIndex) addChild(page.folder.path, page)
  const writer: Writer = { random, pages, bySection, children, imageCount: 0, images: [] }
  const dir = path.resolve(targetDir)
  const contents = pages.map((page) => writePage(writer, page))

  const folders = new Set<string>([dir])
  for (const page of pages) folders.add(path.dirname(path.join(dir, page.sourcePath)))
  for (const img of writer.images) folders.add(path.dirname(path.join(dir, img.path)))
  for (const folder of [...folders].sort()) fs.mkdirSync(folder, { recursive: true })
  pages.forEach((page, i) => fs.writeFileSync(path.join(dir, page.sourcePath), contents[i]!))
  for (const img of writer.images) fs.writeFileSync(path.join(dir, img.path), img.svg)

  return { dir, pageCount: pages.length, files: pages.map((p) => p.sourcePath).sort() }
}
