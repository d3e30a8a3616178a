/** The blocks of a page body besides paragraphs: lists, tables, code, quotes, images. */
import path from 'node:path'
import { WORDS } from './words'
import { capitalize, fixArticles, humanize } from './text'
import { fill, sentence } from './prose'
import type { PagePlan } from './pages'
import type { Writer } from './writer'

export function bulletList(writer: Writer, page: PagePlan): string {
  const { random } = writer
  const items: string[] = []
  const used = new Set<string>()
  const count = random.int(3, 6)
  const task = !page.ja && random.chance(0.1)
  for (let i = 0; i < count; i++) {
    const body = random.chance(0.4) && !page.ja ? `**${capitalize(random.pick(WORDS.nouns))}**: ${sentence(writer, page, false, used)}` : sentence(writer, page, true, used)
    items.push(task ? `- [${random.chance(0.4) ? 'x' : ' '}] ${body}` : `- ${body}`)
  }
  return items.join('\n')
}

export function orderedList(writer: Writer, page: PagePlan): string {
  const { random } = writer
  const pool = page.ja ? WORDS.japanese.steps : WORDS.steps
  const count = random.int(3, pool.length - 1)
  const start = random.int(0, pool.length - count)
  const lines: string[] = []
  for (let i = 0; i < count; i++) lines.push(`${i + 1}. ${fixArticles(fill(pool[start + i]!, writer, page, true))}`)
  return lines.join('\n')
}

export function table(writer: Writer, page: PagePlan): string {
  const { random } = writer
  const kind = random.int(0, 3)
  const rows = random.int(3, 6)
  const lines: string[] = []
  if (page.ja) {
    lines.push('| 項目 | 担当 | 連絡先 |', '| --- | --- | --- |')
    const items = ['経費精算', '休暇申請', '会議室予約', '入館証', 'IT機器', '健康診断']
    for (let i = 0; i < rows; i++) lines.push(`| ${items[i]} | ${random.pick(['総務', '人事', '経理', '情報システム'])} | \`${random.pick(WORDS.channels)}\` |`)
  } else if (kind === 0) {
    lines.push('| Role | Responsibility | Contact |', '| --- | --- | --- |')
    for (let i = 0; i < rows; i++) lines.push(`| ${capitalize(random.pick(WORDS.roles))} | ${capitalize(random.pick(WORDS.verbs))} ${random.pick(WORDS.nouns)} | \`${random.pick(WORDS.channels)}\` |`)
  } else if (kind === 1) {
    lines.push('| Item | Limit | Approver |', '| --- | ---: | --- |')
    for (let i = 0; i < rows; i++) lines.push(`| ${capitalize(random.pick(WORDS.nouns))} | ${random.pick(['€', '$', '£'])}${random.int(1, 60) * 25} | ${capitalize(random.pick(WORDS.roles))} |`)
  } else if (kind === 2) {
    lines.push('| Stage | Owner | Typical duration |', '| :--- | :---: | ---: |')
    for (let i = 0; i < rows; i++) lines.push(`| ${capitalize(random.pick(WORDS.verbs))} | ${capitalize(random.pick(WORDS.roles))} | ${random.int(1, 10)} days |`)
  } else {
    lines.push('| Severity | Response time | Example |', '| --- | --- | --- |')
    const severities = ['SEV1', 'SEV2', 'SEV3', 'SEV4', 'SEV5', 'SEV6']
    for (let i = 0; i < rows; i++)
      lines.push(
        `| ${severities[i]} | ${random.pick(['15 minutes', '1 hour', '4 hours', 'next business day', '1 week'])} | ${capitalize(random.pick(WORDS.nouns))} ${random.pick(['outage', 'delay', 'question', 'bug', 'request'])} |`,
      )
  }
  return lines.join('\n')
}

export function codeBlock(writer: Writer, page: PagePlan): string {
  const { random } = writer
  const topic = page.topic
  const snake = topic.replace(/-/g, '_')
  const camel = topic.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())
  const n = random.int(2, 90)
  switch (random.int(0, 4)) {
    case 0:
      return [
        '```bash',
        `# ${capitalize(humanize(topic))}: local setup`,
        `git clone git@github.com:acme/${topic}-tools.git`,
        `cd ${topic}-tools && npm ci`,
        `npm run ${random.pick(['check', 'sync', 'report', 'lint'])} -- --team ${page.folder.name || 'all'} --days ${n}`,
        '```',
      ].join('\n')
    case 1:
      return [
        '```ts',
        `export interface ${capitalize(camel)}Request {`,
        '  id: string',
        `  owner: string // the ${random.pick(WORDS.roles)}`,
        `  amount?: number`,
        '}',
        '',
        `export function isOverdue(request: ${capitalize(camel)}Request, days = ${n}): boolean {`,
        `  return request.id.length > 0 && days > ${random.int(1, 30)}`,
        '}',
        '```',
      ].join('\n')
    case 2:
      return [
        '```yaml',
        `${snake}:`,
        `  owner: ${random.pick(WORDS.roles).replace(/ /g, '-')}`,
        `  review_every_days: ${n}`,
        `  channel: "${random.pick(WORDS.channels)}"`,
        '  approvers:',
        `    - ${random.pick(WORDS.roles).replace(/ /g, '-')}`,
        `    - ${random.pick(WORDS.roles).replace(/ /g, '-')}`,
        '```',
      ].join('\n')
    case 3:
      return ['```json', '{', `  "topic": "${topic}",`, `  "limit": ${n * 10},`, `  "currency": "${random.pick(['EUR', 'USD', 'GBP', 'JPY'])}",`, `  "approvalRequired": ${random.chance(0.5)}`, '}', '```'].join(
        '\n',
      )
    default:
      return [
        '```python',
        `def ${snake}_summary(items, limit=${n}):`,
        `    """Summarise ${humanize(topic)} items for the weekly report."""`,
        '    total = sum(item["amount"] for item in items)',
        '    return {"count": len(items), "total": total, "over_limit": total > limit}',
        '```',
      ].join('\n')
  }
}

export function blockquote(writer: Writer, page: PagePlan): string {
  const { random } = writer
  const r = random.next()
  if (r < 0.25) return `> [!${random.pick(['NOTE', 'TIP', 'IMPORTANT', 'WARNING'])}]\n> ${sentence(writer, page)}`
  if (r < 0.6) return `> **Note:** ${sentence(writer, page)}`
  return `> ${sentence(writer, page)}\n> ${sentence(writer, page)}`
}

export function image(writer: Writer, page: PagePlan): string {
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
