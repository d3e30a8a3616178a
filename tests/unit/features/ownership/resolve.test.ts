/**
 * Owners and review intervals from a page, the `_meta.yml` of its folders and
 * the site default: nearest folder wins, the page wins over folders, teams win
 * over people with the same id; unknown owners are errors where they are written.
 */
import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '../../../../src/content/common/diagnostics'
import type { Directory } from '../../../../src/content/features/people/types'
import { readFolderDefaults } from '../../../../src/content/features/ownership/folder-defaults'
import { resolveOwnership, type OwnershipSource } from '../../../../src/content/features/ownership/resolve'

const source = { file: 'people.yml', line: 1 }
const directory: Directory = {
  people: [
    { id: 'rosa_marek', name: 'Rosa Marek', teams: ['infra'], links: [], source },
    { id: 'design', name: 'Dee Sign', teams: [], links: [], source },
  ],
  teams: [
    { slug: 'infra', name: 'Infrastructure', leads: ['rosa_marek'], members: ['rosa_marek'], source },
    { slug: 'design', name: 'Design', leads: [], members: [], source },
  ],
  files: ['people.yml', 'teams.yml'],
}

function resolve(pages: OwnershipSource[], metas: Record<string, string>, settings: { requireOwner?: boolean; reviewEvery?: string } = {}) {
  const diagnostics: Diagnostic[] = []
  const folders = Object.entries(metas).map(([path, text]) => readFolderDefaults({ path, text }, diagnostics))
  const resolved = resolveOwnership(
    pages,
    folders,
    directory,
    { requireOwner: settings.requireOwner ?? false, today: '2026-06-01', ...(settings.reviewEvery ? { reviewEvery: settings.reviewEvery } : {}) },
    diagnostics,
  )
  return { resolved, diagnostics }
}

describe('resolveOwnership', () => {
  it('takes the nearest folder that sets a field, and the page over every folder', () => {
    const { resolved, diagnostics } = resolve(
      [
        { sourcePath: 'ops/runbooks/pager.md', reviewed: '2026-01-01' },
        { sourcePath: 'ops/deploys.md', owner: ['rosa_marek'], ownerLine: 3, reviewEvery: '2 weeks', reviewed: '2026-05-01' },
        { sourcePath: 'ops/runbooks/db/restore.md' },
        { sourcePath: 'index.md' },
      ],
      {
        '_meta.yml': 'review_every: 1 year\n',
        'ops/_meta.yml': 'owner: infra\nreview_every: 3 months\n',
        'ops/runbooks/db/_meta.yml': 'owner: [design, rosa_marek]\n',
      },
    )
    expect(diagnostics).toEqual([])
    expect(resolved.get('ops/runbooks/pager.md')).toEqual({
      ownership: { owners: [{ kind: 'team', id: 'infra' }], ownersFrom: { kind: 'folder', file: 'ops/_meta.yml' } },
      review: { reviewed: '2026-01-01', every: '3 months', due: '2026-04-01', overdueDays: 61, stale: true },
    })
    expect(resolved.get('ops/deploys.md')).toEqual({
      ownership: { owners: [{ kind: 'person', id: 'rosa_marek' }], ownersFrom: { kind: 'page' } },
      review: { reviewed: '2026-05-01', every: '2 weeks', due: '2026-05-15', overdueDays: 17, stale: true },
    })
    // `design` is both a team and a person: the team wins.
    expect(resolved.get('ops/runbooks/db/restore.md')).toEqual({
      ownership: {
        owners: [
          { kind: 'team', id: 'design' },
          { kind: 'person', id: 'rosa_marek' },
        ],
        ownersFrom: { kind: 'folder', file: 'ops/runbooks/db/_meta.yml' },
      },
      review: { every: '3 months', overdueDays: 0, stale: false },
    })
    expect(resolved.get('index.md')).toEqual({ ownership: { owners: [] }, review: { every: '1 year', overdueDays: 0, stale: false } })
  })

  it('falls back to the site default interval, and has none without one', () => {
    expect(resolve([{ sourcePath: 'a.md', reviewed: '2025-01-01' }], {}, { reviewEvery: '1 year' }).resolved.get('a.md')!.review).toEqual({
      reviewed: '2025-01-01',
      every: '1 year',
      due: '2026-01-01',
      overdueDays: 151,
      stale: true,
    })
    expect(resolve([{ sourcePath: 'a.md', reviewed: '2025-01-01' }], {}).resolved.get('a.md')!.review).toEqual({ reviewed: '2025-01-01', overdueDays: 0, stale: false })
  })

  it('reports an unknown owner at the page\'s owner line, with "Did you mean", and falls back to the folder', () => {
    const { resolved, diagnostics } = resolve([{ sourcePath: 'ops/a.md', owner: ['Rosa Marek', 'infar'], ownerLine: 4 }], { 'ops/_meta.yml': 'owner: infra\n' })
    expect(diagnostics).toEqual([
      { severity: 'error', code: 'owner-unknown', file: 'ops/a.md', line: 4, message: 'owner "Rosa Marek" is not a team in teams.yml or a person in people.yml. Did you mean rosa_marek (Rosa Marek)?' },
      { severity: 'error', code: 'owner-unknown', file: 'ops/a.md', line: 4, message: 'owner "infar" is not a team in teams.yml or a person in people.yml. Did you mean infra?' },
    ])
    expect(resolved.get('ops/a.md')!.ownership).toEqual({ owners: [{ kind: 'team', id: 'infra' }], ownersFrom: { kind: 'folder', file: 'ops/_meta.yml' } })
  })

  it('reports an unknown owner of a folder once, at its _meta.yml line and column', () => {
    const { diagnostics } = resolve([{ sourcePath: 'ops/a.md' }, { sourcePath: 'ops/b.md' }], { 'ops/_meta.yml': '# Ops pages\nowner: [infra, desing]\n' })
    expect(diagnostics).toEqual([
      { severity: 'error', code: 'owner-unknown', file: 'ops/_meta.yml', line: 2, column: 16, message: 'owner "desing" is not a team in teams.yml or a person in people.yml. Did you mean design?' },
    ])
  })

  it('warns about pages without an owner only when requireOwner is set', () => {
    expect(resolve([{ sourcePath: 'a.md' }], {}).diagnostics).toEqual([])
    expect(resolve([{ sourcePath: 'a.md' }], {}, { requireOwner: true }).diagnostics).toEqual([
      {
        severity: 'warning',
        code: 'owner-missing',
        file: 'a.md',
        line: 1,
        message: 'this page has no owner. Add "owner: <team slug or person id>" to its frontmatter, or to a _meta.yml in its folder for every page there',
      },
    ])
    expect(resolve([{ sourcePath: 'ops/a.md' }], { 'ops/_meta.yml': 'owner: infra\n' }, { requireOwner: true }).diagnostics).toEqual([])
  })
})

describe('readFolderDefaults', () => {
  const read = (path: string, text: string) => {
    const diagnostics: Diagnostic[] = []
    return { defaults: readFolderDefaults({ path, text }, diagnostics), diagnostics }
  }

  it('reads owner (one or a list) and review_every, with their places', () => {
    expect(read('ops/_meta.yml', 'owner: infra\nreview_every: 6 months\n')).toEqual({
      defaults: { file: 'ops/_meta.yml', folder: 'ops', owners: [{ id: 'infra', place: { line: 1, column: 8 } }], reviewEvery: { value: '6 months', place: { line: 2, column: 15 } } },
      diagnostics: [],
    })
    expect(read('_meta.yml', 'owner:\n  - infra\n  - rosa_marek\n').defaults).toEqual({
      file: '_meta.yml',
      folder: '',
      owners: [
        { id: 'infra', place: { line: 2, column: 5 } },
        { id: 'rosa_marek', place: { line: 3, column: 5 } },
      ],
    })
  })

  it('reports every mistake at its line and column', () => {
    const { defaults, diagnostics } = read('ops/_meta.yml', 'owner: {team: infra}\nreview_every: quarterly\nreviewed: 2026-01-01\nrevew_every: 1 year\ncolour: blue\n')
    expect(defaults).toEqual({ file: 'ops/_meta.yml', folder: 'ops' })
    expect(diagnostics).toEqual([
      {
        severity: 'error',
        code: 'meta-type',
        file: 'ops/_meta.yml',
        line: 1,
        column: 8,
        message: '"owner" must be a team slug or person id, or a list of them, but it is a group of fields. Write owner: platform or owner: [platform, jane_doe]',
      },
      {
        severity: 'error',
        code: 'meta-type',
        file: 'ops/_meta.yml',
        line: 2,
        column: 15,
        message: '"review_every" must be a time such as 2 weeks, 3 months, 6 months or 1 year (N days, weeks, months or years), but it is the text "quarterly". Write e.g. review_every: 6 months',
      },
      {
        severity: 'warning',
        code: 'meta-unknown-field',
        file: 'ops/_meta.yml',
        line: 3,
        column: 1,
        message: '"reviewed" is not a folder default: a review is of one page. Write reviewed: YYYY-MM-DD in the frontmatter of each page reviewed',
      },
      {
        severity: 'warning',
        code: 'meta-unknown-field',
        file: 'ops/_meta.yml',
        line: 4,
        column: 1,
        message: '"revew_every" is not a folder default, so it is ignored. Did you mean review_every? A _meta.yml may set owner, review_every, visibility',
      },
      {
        severity: 'warning',
        code: 'meta-unknown-field',
        file: 'ops/_meta.yml',
        line: 5,
        column: 1,
        message: '"colour" is not a folder default, so it is ignored. A _meta.yml may set owner, review_every, visibility',
      },
    ])
  })

  it('reports malformed YAML at its line and keeps no defaults', () => {
    const { defaults, diagnostics } = read('_meta.yml', 'owner: [infra\n')
    expect(defaults).toEqual({ file: '_meta.yml', folder: '' })
    expect(diagnostics).toMatchObject([{ severity: 'error', code: 'data-yaml', file: '_meta.yml', line: 2 }])
  })
})

describe('the owners of a translation', () => {
  it('are those of the page it translates, from its page or its folders, unless its language folder names its own', () => {
    const { resolved, diagnostics } = resolve(
      [
        { sourcePath: 'ops/deploys.md', owner: ['rosa_marek'], ownerLine: 3 },
        { sourcePath: 'ops/runbooks/pager.md' },
        { sourcePath: 'values.md' },
        // Listed before the pages they translate: the order of the pages does not matter.
        { sourcePath: 'ja/ops/deploys.md', translates: 'ops/deploys.md' },
        { sourcePath: 'ja/ops/runbooks/pager.md', translates: 'ops/runbooks/pager.md' },
        { sourcePath: 'ja/values.md', translates: 'values.md' },
        { sourcePath: 'ja/design/colors.md', translates: 'design/colors.md', owner: ['design'], ownerLine: 2 },
      ].sort((a, b) => Number(b.translates !== undefined) - Number(a.translates !== undefined)),
      {
        '_meta.yml': 'owner: design\n',
        'ops/_meta.yml': 'owner: infra\n',
        'ja/ops/runbooks/_meta.yml': 'owner: rosa_marek\n',
      },
      { requireOwner: true },
    )
    expect(diagnostics).toEqual([])
    // From the page it translates: that page's own owner, and the owner its folder gives it.
    expect(resolved.get('ja/ops/deploys.md')!.ownership).toEqual({ owners: [{ kind: 'person', id: 'rosa_marek' }], ownersFrom: { kind: 'translated', of: 'ops/deploys.md' } })
    expect(resolved.get('ja/values.md')!.ownership).toEqual({ owners: [{ kind: 'team', id: 'design' }], ownersFrom: { kind: 'translated', of: 'values.md' } })
    // Its language folder's _meta.yml, then its own owner:, win over the page it translates.
    expect(resolved.get('ja/ops/runbooks/pager.md')!.ownership).toEqual({ owners: [{ kind: 'person', id: 'rosa_marek' }], ownersFrom: { kind: 'folder', file: 'ja/ops/runbooks/_meta.yml' } })
    expect(resolved.get('ops/runbooks/pager.md')!.ownership).toEqual({ owners: [{ kind: 'team', id: 'infra' }], ownersFrom: { kind: 'folder', file: 'ops/_meta.yml' } })
    expect(resolved.get('ja/design/colors.md')!.ownership).toEqual({ owners: [{ kind: 'team', id: 'design' }], ownersFrom: { kind: 'page' } })
  })

  it('are missing, and reported, when neither it nor the page it translates has one', () => {
    const { resolved, diagnostics } = resolve([{ sourcePath: 'values.md' }, { sourcePath: 'ja/values.md', translates: 'values.md' }], {}, { requireOwner: true })
    expect(resolved.get('ja/values.md')!.ownership).toEqual({ owners: [] })
    expect(diagnostics.map((d) => [d.code, d.file])).toEqual([
      ['owner-missing', 'values.md'],
      ['owner-missing', 'ja/values.md'],
    ])
  })
})
