/** The fields a handbook writes that no part of it uses: listed once per field, with the number of pages, never dropped without a word. */
import { describe, expect, it } from 'vitest'
import { unknownFieldWarnings } from '../../../src/content/frontmatter/unknown-fields'
import { parsePageSources } from '../../../src/content/pipeline/page-sources'

/** Pages as read, with their undeclared fields, as prepare.ts gives them. */
function read(files: Record<string, string>) {
  const sources = parsePageSources(
    Object.entries(files).map(([sourcePath, text]) => ({ file: { sourcePath, absolutePath: `/content/${sourcePath}`, format: 'md' as const }, text })),
    [],
  )
  return sources.map((source) => ({ sourcePath: source.file.sourcePath, fields: source.unknownFields, body: source.body }))
}

describe('unknownFieldWarnings', () => {
  it('gives one warning per field, at the first page that writes it, with the number of pages', () => {
    const pages = read({
      'travel/overtime.md': '---\ntitle: Overtime\nquestions:\n  - people-ops\n---\nText.\n',
      'travel/faq.md': '---\ntitle: FAQ\nsubtitle: "Travel guide:"\nquestions:\n  - travel\noutdated: true\n---\nText.\n',
      'tools/slack.md': '---\ntitle: Slack\nredirect_from:\n  - /slack/\nquestions:\n  - admins-slack\n---\nText.\n',
      'plain.md': '# Plain\n',
    })
    expect(unknownFieldWarnings(pages)).toEqual([
      {
        severity: 'warning',
        code: 'frontmatter-unknown',
        file: 'travel/overtime.md',
        line: 3,
        message: "`questions:` (3 pages, the first here) is not a field this handbook uses. It is kept in each page's data but not shown: if readers need it, write it in the page's text; else remove it",
      },
      {
        severity: 'warning',
        code: 'frontmatter-unknown',
        file: 'travel/faq.md',
        line: 6,
        message: "`outdated:` (1 page) is not a field this handbook uses. It is kept in each page's data but not shown: if readers need it, write it in the page's text; else remove it",
      },
    ])
  })

  it("says why the fields other tools' handbooks often write show nothing: search keywords, spell-check settings, the old layout", () => {
    const messages = unknownFieldWarnings(read({ 'a.md': '---\nkeywords: vacation,leave,loan\ncSpell: ignore Concur\nlayout: page\n---\n' })).map((d) => d.message)
    expect(messages).toEqual([
      "`keywords:` (1 page) is kept in each page's data but not shown: search does not read it (it indexes a page's title, headings and text), so words readers search for belong in the page's text",
      "`cSpell:` (1 page) is kept in each page's data but not shown: it is a setting of an editor's spell checker, nothing readers see",
      "`layout:` (1 page) is kept in each page's data but not shown: it names one of the old site's page templates, and every page here has the handbook's own layout",
    ])
  })

  it("says a field is read by the pages' Liquid tags when one names it as a variable, not in quoted text", () => {
    const pages = read({
      // As the 18F handbook writes them: the include is given the page's fields.
      'conflict/intro.md': '---\ncurrent_step: 1\n---\n\n{% include "step-indicator.html" steps: healthy-conflict.steps current_step:current_step  %}\n',
      'travel/3-travel.md': '---\nstep_indicator:\n  current_step: 3\n---\n\n{% include "step-indicator.html"\nsteps: travel-steps.steps\ncurrent_step: step_indicator.current_step %}\n',
      'page.md': '---\nhide_steps: true\n---\n\n{{ page.hide_steps }}\n',
      // A quoted address and another variable's property are not the field.
      'front.md': '---\nquestions:\n  - tts-handbook\nsubstep: a\n---\n\n[Questions]({% page "updating-the-handbook/components/#questions" %}) {{ step.substep }}\n',
    })
    expect(unknownFieldWarnings(pages).map((d) => [d.file, d.message])).toEqual([
      [
        'conflict/intro.md',
        "`current_step:` (1 page) is not a field this handbook uses, but the pages' Liquid tags read it (current_step, or page.current_step): it is kept in each page's data and shows only where a tag uses it",
      ],
      [
        'travel/3-travel.md',
        "`step_indicator:` (1 page) is not a field this handbook uses, but the pages' Liquid tags read it (step_indicator, or page.step_indicator): it is kept in each page's data and shows only where a tag uses it",
      ],
      [
        'page.md',
        "`hide_steps:` (1 page) is not a field this handbook uses, but the pages' Liquid tags read it (hide_steps, or page.hide_steps): it is kept in each page's data and shows only where a tag uses it",
      ],
      ['front.md', expect.stringMatching(/^`questions:` \(1 page\) is not a field this handbook uses\. It is kept/)],
      ['front.md', expect.stringMatching(/^`substep:` \(1 page\) is not a field this handbook uses\. It is kept/)],
    ])
  })

  it('says nothing of the fields the handbook declares', () => {
    const pages = read({ 'a.md': '---\ntitle: A\ndescription: D\nsubtitle: S\npermalink: /a/\nredirect_to: /b/\nlast_modified_at: 2024-01-05\nowner: ops\n---\n' })
    expect(unknownFieldWarnings(pages)).toEqual([])
  })
})
