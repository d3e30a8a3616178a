import { describe, expect, it } from 'vitest'
import { ownerLine, reviewNote, type LinePart } from '../../../../src/shared/page-view'
import { ownedPages } from '../../../../src/content/features/people/owned-pages'
import type { OwnerLink } from '../../../../src/shared/owner-link'

const platform: OwnerLink = { kind: 'team', label: 'Platform', url: '/teams/platform', channel: '#team-platform', channelUrl: 'https://chat.example/p' }
const design: OwnerLink = { kind: 'team', label: 'Design', url: '/teams/design', channel: '#design' }
const ana: OwnerLink = { kind: 'person', label: 'Ana Lima', url: '/people#ana' }

/** A line as text, links as [text](url). */
const written = (parts: readonly LinePart[] | undefined) => (parts ?? []).map((p) => (p.url ? `[${p.text}](${p.url})` : p.text)).join('')

describe('ownerLine', () => {
  it('names the owners, linked, then where to ask the teams among them', () => {
    expect(written(ownerLine([platform], '/hb')?.parts)).toBe('Owned by [Platform](/hb/teams/platform). Ask in [#team-platform](https://chat.example/p)')
    expect(written(ownerLine([platform, ana, design], '')?.parts)).toBe(
      'Owned by [Platform](/teams/platform), [Ana Lima](/people#ana) and [Design](/teams/design). Ask in [#team-platform](https://chat.example/p) or #design',
    )
    expect(written(ownerLine([ana], '')?.parts)).toBe('Owned by [Ana Lima](/people#ana)')
    expect(ownerLine([], '')).toBeUndefined()
  })
})

describe('reviewNote', () => {
  it('says when the page was last reviewed, as written (no time zone shift), and who to ask', () => {
    expect(written(reviewNote({ stale: true, reviewed: '2026-01-01' }, [platform], 'en', ''))).toBe('This page was last reviewed on January 1, 2026 and may be out of date. Ask [Platform](/teams/platform).')
    expect(written(reviewNote({ stale: true, reviewed: '2025-12-31' }, [], 'en', ''))).toBe('This page was last reviewed on December 31, 2025 and may be out of date.')
  })

  it('is absent for a page that is not past due', () => {
    expect(reviewNote({ stale: false, reviewed: '2026-01-01' }, [platform], 'en', '')).toBeUndefined()
  })
})

describe('ownedPages', () => {
  const pages = [
    { sourcePath: 'ops/index.md', url: '/ops', title: 'Operations', ownership: { owners: [{ kind: 'team' as const, id: 'platform' }], ownersFrom: { kind: 'folder' as const, file: 'ops/_meta.yml' } } },
    {
      sourcePath: 'ops/deploys.md',
      url: '/ops/deploys',
      title: 'Deploys',
      ownership: {
        owners: [
          { kind: 'team' as const, id: 'platform' },
          { kind: 'person' as const, id: 'ana' },
        ],
        ownersFrom: { kind: 'page' as const },
      },
    },
    {
      sourcePath: 'ops/oncall/rota.md',
      url: '/ops/oncall/rota',
      title: 'Rota',
      ownership: { owners: [{ kind: 'team' as const, id: 'platform' }], ownersFrom: { kind: 'folder' as const, file: 'ops/_meta.yml' } },
    },
    { sourcePath: 'values.md', url: '/values', title: 'Values', ownership: { owners: [{ kind: 'person' as const, id: 'ana' }], ownersFrom: { kind: 'folder' as const, file: '_meta.yml' } } },
    { sourcePath: 'free.md', url: '/free', title: 'Free' },
  ]

  it('gives each team its pages by folder, directly owned or through folder defaults', () => {
    expect(ownedPages(pages).byTeam.get('platform')).toEqual([
      {
        label: 'Operations',
        pages: [
          { url: '/ops/deploys', title: 'Deploys' },
          { url: '/ops', title: 'Operations' },
        ],
      },
      { label: 'Oncall', pages: [{ url: '/ops/oncall/rota', title: 'Rota' }] },
    ])
  })

  it('gives each person the pages that name them as owner, in the page or a folder default, not through a team', () => {
    expect(ownedPages(pages).byPerson.get('ana')).toEqual([
      { url: '/ops/deploys', title: 'Deploys' },
      { url: '/values', title: 'Values' },
    ])
  })
})
