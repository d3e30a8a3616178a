/**
 * The people pages in a handbook of several languages (features/people/languages.ts):
 * where each language's are, what its team pages list, which sidebar they
 * show, and the blocks a page of each language draws (in `.md` through the
 * render job, in `.mdx` through the compiler's manifest).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { compile } from '@mdx-js/mdx'
import { loadDirectory, peopleUrlsOf, type PeopleContext } from '../../../../src/content/features/people'
import { blocksFor } from '../../../../src/content/features/people/blocks'
import { ownablePagesIn, peopleContextIn, peopleContextOf, peopleSidebarParentsIn, peopleUrlsIn, peopleVersions } from '../../../../src/content/features/people/languages'
import { languagesOf } from '../../../../src/content/features/languages/languages'
import { linkIndexOf, runRenderJob } from '../../../../src/content/pipeline/render-jobs'
import { createMdxPlugins, writeRouteManifest } from '../../../../src/content/load/route-manifest'
import type { RouteManifest } from '../../../../src/content/markdown/mdx'
import type { Diagnostic } from '../../../../src/content/common/diagnostics'
import { renderContext } from '../../../support/render-context'

const urls = peopleUrlsOf({ peopleUrl: '/people', teamsUrl: '/teams' })
const languages = languagesOf({
  languages: [
    { code: 'en', label: 'English' },
    { code: 'ja', label: '日本語' },
  ],
})
const [en, ja] = languages as [(typeof languages)[number], (typeof languages)[number]]

const diagnostics: Diagnostic[] = []
const directory = loadDirectory(
  [
    { path: 'people.yml', text: 'ana:\n  name: Ana Lima\n  role: Engineer\n  team: it\n' },
    { path: 'teams.yml', text: 'it:\n  name: IT\n  description: Laptops and accounts.\n' },
  ],
  new Set(),
  diagnostics,
)

describe('the people pages of each language', () => {
  it('are the default language’s at the URLs set, another’s under its folder, in its words, the data marked as the default language’s', () => {
    expect(diagnostics).toEqual([])
    expect(peopleUrlsIn(urls, ja, languages)).toEqual({ people: '/ja/people', teams: '/ja/teams', orgChart: '/ja/people/org-chart' })
    expect(peopleUrlsIn(urls, en, languages)).toBe(urls)
    expect(peopleUrlsIn(urls, undefined, [])).toBe(urls)
    expect(peopleVersions(urls, 'en-GB', languages)).toEqual([
      { language: en, urls, lang: 'en-GB' },
      { language: ja, urls: { people: '/ja/people', teams: '/ja/teams', orgChart: '/ja/people/org-chart' }, lang: 'ja', dataLang: 'en' },
    ])
    // One language: one version, as without the wing's languages.
    expect(peopleVersions(urls, 'en', [])).toEqual([{ urls, lang: 'en' }])
    // Teams at the root: a team's page in ja is under /ja.
    expect(peopleUrlsIn(peopleUrlsOf({ peopleUrl: '/people', teamsUrl: '/' }), ja, languages).teams).toBe('/ja')
  })

  it('list as owned the language’s pages, and the default language’s stand-ins where it has no translation, grouped by the same folders', () => {
    const owned = { owners: [{ kind: 'team' as const, id: 'it' }] }
    const pages = [
      { sourcePath: 'guide/setup.md', url: '/guide/setup', title: 'Setup', format: 'md' as const, ownership: owned },
      { sourcePath: 'guide/travel.md', url: '/guide/travel', title: 'Travel', format: 'md' as const, ownership: owned },
      { sourcePath: 'ja/guide/setup.md', url: '/ja/guide/setup', title: 'セットアップ', format: 'md' as const, lang: 'ja', ownership: owned },
    ]
    expect(ownablePagesIn(pages, ja, languages).map((page) => [page.sourcePath, page.url, page.title])).toEqual([
      ['guide/setup.md', '/ja/guide/setup', 'セットアップ'],
      ['guide/travel.md', '/ja/guide/travel', 'Travel'],
    ])
    expect(ownablePagesIn(pages, en, languages).map((page) => page.url)).toEqual(['/guide/setup', '/guide/travel'])
    expect(ownablePagesIn(pages, undefined, []).map((page) => page.url)).toEqual(['/guide/setup', '/guide/travel', '/ja/guide/setup'])
  })

  it('sit in their language’s sidebar: under the list of teams, the directory, then the language’s home', () => {
    expect(peopleSidebarParentsIn('/ja/teams/it', urls, languages)).toEqual(['/ja/teams', '/ja/people', '/ja'])
    expect(peopleSidebarParentsIn('/ja/people', urls, languages)).toEqual(['/ja'])
    expect(peopleSidebarParentsIn('/teams/it', urls, languages)).toEqual(['/teams', '/people'])
    expect(peopleSidebarParentsIn('/people/org-chart', urls, [])).toEqual(['/people'])
  })
})

describe('people blocks on a page of each language', () => {
  const people: PeopleContext = peopleContextOf(directory, urls, 'en', languages)

  it('are drawn from one context per language, the default language’s being the handbook’s', () => {
    expect(peopleContextIn(people, 'en')).toBe(people)
    expect(peopleContextIn(people, undefined)).toBe(people)
    expect(peopleContextIn(people, 'ja')).toBe(peopleContextIn(people, 'ja'))
    expect(peopleContextIn(people, 'ja')).toMatchObject({ urls: { people: '/ja/people' }, lang: 'ja', dataLang: 'en' })
    expect(blocksFor(people, 'ja')).toBe(blocksFor(people, 'ja'))
    expect(blocksFor(people, 'ja')).not.toBe(blocksFor(people))
    // Without languages the context is as it was: no languages field.
    expect(peopleContextOf(directory, urls, 'en', [])).toEqual({ directory, urls, lang: 'en' })
  })

  it('in .md: a Japanese page’s mentions and cards lead to the Japanese people pages, in Japanese, the data marked English', () => {
    const routes = [
      { sourcePath: 'page.md', url: '/page' },
      { sourcePath: 'ja/page.md', url: '/ja/page' },
      ...['/people', '/teams/it', '/ja/people', '/ja/teams/it'].map((url) => ({ sourcePath: `(generated)${url}`, url })),
    ]
    const context = renderContext({ routes, people })
    const render = (route: number, language: string) =>
      runRenderJob({ sourcePath: routes[route]!.sourcePath, route, body: ':person[ana] :team[it]\n\n::person{id=ana}\n\n::team{slug=it}\n', format: 'md', language }, context, linkIndexOf(context)).rendered
    const japanese = render(1, 'ja')
    expect([...japanese.html.matchAll(/href="([^"]+)"/g)].map((match) => match[1])).toEqual([
      // The mentions, the person's card, the team's card and its member's.
      '/ja/people#ana',
      '/ja/teams/it',
      '/ja/people#ana',
      '/ja/teams/it',
      '/ja/teams/it',
      '/ja/people#ana',
      '/ja/teams/it',
    ])
    expect(japanese.html).toContain('<p class="person-role" lang="en">Engineer</p>')
    expect(japanese.html).toContain('<div class="team-description" lang="en">')
    expect(japanese.links.filter((link) => link.target.kind === 'broken')).toEqual([])
    const english = render(0, 'en')
    expect(english.html).not.toContain('/ja/')
    expect(english.html).not.toContain('lang=')
  })

  it('in .mdx: the compiler draws a Japanese page’s blocks with the Japanese people pages', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'people-languages-'))
    const file = path.join(folder, 'routes.json')
    const manifest: RouteManifest = {
      site: { siteUrl: 'https://handbook.test', pathPrefix: '' },
      hrefPrefix: '',
      routes: ['/people', '/ja/people', '/teams/it', '/ja/teams/it'].map((url) => ({ sourcePath: `(generated)${url}`, url })),
      files: [],
      people,
      mdx: { '/content/ja/page.mdx': { sourcePath: 'ja/page.mdx', url: '/ja/page' }, '/content/page.mdx': { sourcePath: 'page.mdx', url: '/page' } },
    }
    writeRouteManifest(file, manifest)
    const plugins = createMdxPlugins(file)
    const code = async (at: string) => String(await compile({ value: 'Ask :person[ana] in :team[it].\n', path: at }, { ...plugins, outputFormat: 'function-body', development: false }))
    const japanese = await code('/content/ja/page.mdx')
    expect(japanese).toContain('"/ja/people#ana"')
    expect(japanese).toContain('"/ja/teams/it"')
    const english = await code('/content/page.mdx')
    expect(english).toContain('"/people#ana"')
    expect(english).not.toContain('/ja/')
    fs.rmSync(folder, { recursive: true, force: true })
  })
})
