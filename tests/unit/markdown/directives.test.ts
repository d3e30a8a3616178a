/**
 * The directive syntax (markdown/directives.ts) with handlers defined here:
 * ordinary text with colons renders byte-identically to rendering without
 * the directive extension, code stays literal, our directives become their
 * handler's HTML in `.md` and `.mdx` (and as MDX components), and a handler's
 * problem is a diagnostic at the directive's line and column.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { evaluate } from '@mdx-js/mdx'
import * as runtime from 'react/jsx-runtime'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import type { ElementContent } from 'hast'
import { renderPage, type RenderInput, type RenderedPage } from '../../../src/content/markdown/render'
import { handbookMdxPlugins, type RouteManifest } from '../../../src/content/markdown/mdx'
import type { DirectiveCall, DirectiveHandlers, DirectiveResult } from '../../../src/content/markdown/directive-handlers'
import { runRenderJob, linkIndexOf } from '../../../src/content/pipeline/render-jobs'
import { createLinkIndex, type Route } from '../../../src/content/links/links'
import { defaultSettings } from '../../../src/content/settings'
import { NO_PEOPLE } from '../../support/people'
import { renderContext } from '../../support/render-context'

const routes: Route[] = [
  { sourcePath: 'README.md', url: '/' },
  { sourcePath: 'company/management.md', url: '/company/management' },
]
const index = createLinkIndex(routes, () => false)
const site = { siteUrl: 'https://handbook.example.com', pathPrefix: '' }

const people: Record<string, string> = { jane_doe: 'Jane Doe', li_wei: 'Li Wei' }
const calls: DirectiveCall[] = []

function element(tagName: string, properties: Record<string, string | string[]>, children: ElementContent[]): ElementContent {
  return { type: 'element', tagName, properties, children }
}

function person(call: DirectiveCall): DirectiveResult {
  calls.push(call)
  const id = call.attributes.id ?? call.label
  const name = people[id]
  if (!name) return { problem: { code: 'unknown-person', message: `Unknown person "${id}". Did you mean "jane_doe"?` } }
  const link = element('a', { href: `#${id}`, className: ['person-link'] }, [{ type: 'text', value: name }])
  if (call.kind === 'text') return { nodes: [link] }
  return { nodes: [element('div', { className: ['person-card'], dataPerson: id }, [link]), { type: 'text', value: '\n' }] }
}

const handlers: DirectiveHandlers = new Map([
  ['person', person],
  ['team', (call: DirectiveCall): DirectiveResult => ({ nodes: [element('section', { className: ['team-card'] }, [{ type: 'text', value: `Team ${call.attributes.slug}` }])] })],
  ['callout', (call: DirectiveCall): DirectiveResult => ({ nodes: [element('aside', { className: ['callout'] }, [{ type: 'text', value: call.label }])] })],
  ['org-chart', (call: DirectiveCall): DirectiveResult => ({ nodes: [element('ul', { className: ['org-chart'] }, [element('li', {}, [{ type: 'text', value: call.attributes.root ?? '' }])])] })],
])

function render(body: string, options: Partial<RenderInput> = {}): RenderedPage {
  return renderPage({ body, format: 'md', link: { from: routes[1]!, index, site, hrefPrefix: '' }, iframeHosts: defaultSettings.iframeHosts, ...options })
}

const html = (body: string, directives?: DirectiveHandlers) => render(body, directives ? { directives } : {}).html

const colonStrings = fs.readFileSync(path.join(__dirname, '../../fixtures/directives/colon-strings.txt'), 'utf8')

/** A few hundred lines of handbook prose with colons, from a small vocabulary (our own words). */
function prose(lines: number): string {
  const openers = ['Note:', 'Agenda:', 'TODO:fix', 'Update:', 'Q3:', 'Owner: finance,', 'Re:', 'FYI:', 'Step 2:', 'Status:done']
  const middles = [
    'the stand-up moves to 10:30 on Tuesdays',
    'ratios of 3:2 and 16:9 for slides',
    'ping the team at mailto:ops@example.com',
    'see https://wiki.example.com:8443/ops:runbook',
    'use std::vector and Foo::bar() in examples',
    'the 1st, 2nd and n:th reviewer sign off',
    'put key:value pairs in the config',
    'celebrate with :tada: and :rocket:',
    'paths like C:\\Temp\\logs and D:\\share',
    'IPv6 loopback ::1 and fe80::a1',
    'the window is 9:00–17:00 CET',
    'label:bug and label:needs-triage{p1} on issues',
    'reply in #team-platform (or :smile: react)',
  ]
  const closers = ['.', ' :)', ' — thanks!', ': see above.', '::done', ' {braces}.', ' (cc: everyone).']
  const out: string[] = []
  for (let i = 0; i < lines; i++) {
    const line = `${openers[i % openers.length]} ${middles[(i * 7) % middles.length]}${closers[(i * 3) % closers.length]}`
    if (i % 17 === 0) out.push('', `## Section ${i}: part:${i}`, '')
    else if (i % 11 === 0) out.push(`- ${line}`)
    else if (i % 13 === 0) out.push(`> ${line}`)
    else out.push(line)
    if (i % 5 === 4) out.push('')
  }
  return out.join('\n')
}

describe('ordinary text survives', () => {
  const cases = colonStrings.split('\n').filter((line) => line.trim())

  it.each(cases)('renders %j exactly as without the directive syntax', (line) => {
    expect(html(line, handlers)).toBe(html(line))
  })

  it('renders the whole fixture and a few hundred lines of prose with colons byte-identically', () => {
    const text = `${colonStrings}\n\n${prose(400)}\n`
    expect(text.split('\n').length).toBeGreaterThan(400)
    expect(html(text, handlers)).toBe(html(text))
  })

  it('keeps every other block byte-identical when the page also uses one of our directives', () => {
    const text = `${colonStrings}\n\n${prose(300)}\n`
    const withOurs = html(`${text}\n\nAsk :person[jane_doe] about it.\n`, handlers)
    const expected = html(`${text}\n\nAsk PERSON about it.\n`).replace('PERSON', '<a href="#jane_doe" class="person-link">Jane Doe</a>')
    expect(withOurs).toBe(expected)
  })

  it('gives a directive not ours its exact source text in a block that holds one of ours', () => {
    const line = 'At 10:30 :person[jane_doe] said n:th TODO:fix key:value :tada: std::vector x:y{z} ::1'
    expect(html(line, handlers)).toBe(html(line.replace(':person[jane_doe]', 'PERSON')).replace('PERSON', '<a href="#jane_doe" class="person-link">Jane Doe</a>'))
  })

  it('keeps the Markdown of a label not ours, and labels across blockquote lines, next to one of ours', () => {
    const person = '<a href="#jane_doe" class="person-link">Jane Doe</a>'
    for (const line of [':person[jane_doe] :y[*em*] ok :z[]{a} :w[a]', '> :person[jane_doe]\n> multi :x[a\n> b]', '::leaf[*l*]{x} :person[jane_doe]']) {
      expect(html(line, handlers)).toBe(html(line.replace(':person[jane_doe]', 'PERSON')).replace('PERSON', person))
    }
  })

  it('documents the one known inline difference next to one of ours: a GFM email autolink cut by a directive stays text', () => {
    // `:jane` is read as a directive before the autolink literal can start at `jane@`: the text is kept, the link is not made.
    expect(html(':person[li_wei] mailto:jane@example.com', handlers)).toBe('<p><a href="#li_wei" class="person-link">Li Wei</a> mailto:jane@example.com</p>')
    expect(html(':person[li_wei]\n\nmailto:jane@example.com', handlers)).toContain('<a href="mailto:jane@example.com">')
  })

  it('keeps a container not ours with its inner Markdown rendered and its fences as text, next to one of ours', () => {
    const out = html(':::warning[Careful]{.x}\n- one\n- two :person[li_wei]\n:::\n', handlers)
    expect(out).toBe('<p>:::warning[Careful]{.x}</p>\n<ul>\n<li>one</li>\n<li>two <a href="#li_wei" class="person-link">Li Wei</a></li>\n</ul>\n<p>:::</p>')
  })

  it('is the same HTML with no handlers at all as before (every directive restored)', () => {
    const text = prose(50)
    expect(html(text, new Map())).toBe(html(text))
  })
})

describe('directive syntax in code stays literal', () => {
  it('in inline code and fenced code', () => {
    const body = 'Write `:person[jane_doe]` or ``::team{slug="x"}``.\n\n```md\n::person{id="jane_doe"}\n:::callout[x]\n:::\n```\n\nAnd :person[jane_doe].\n'
    const out = html(body, handlers)
    expect(out).toContain('<code>:person[jane_doe]</code>')
    expect(out).toContain('<code>::team{slug="x"}</code>')
    expect(out).toContain('::person{id="jane_doe"}')
    expect(out).toContain(':::callout[x]')
    expect(out).toContain('<a href="#jane_doe" class="person-link">Jane Doe</a>')
    expect(out.match(/person-link/g)).toHaveLength(1)
  })
})

describe('directives with a handler in .md', () => {
  it('replaces a text directive inline', () => {
    calls.length = 0
    expect(html('Ask :person[jane_doe] first.', handlers)).toBe('<p>Ask <a href="#jane_doe" class="person-link">Jane Doe</a> first.</p>')
    expect(calls[0]).toEqual({ name: 'person', kind: 'text', label: 'jane_doe', attributes: {}, line: 1, column: 5 })
  })

  it('replaces a leaf directive by a block, which interrupts a paragraph', () => {
    const out = html('Before\n::person{id="li_wei"}\nAfter', handlers)
    expect(out).toBe('<p>Before</p>\n<div class="person-card" data-person="li_wei"><a href="#li_wei" class="person-link">Li Wei</a></div>\n\n<p>After</p>')
  })

  it('replaces a container directive, with its label as plain text', () => {
    calls.length = 0
    const out = html(':::callout[Read *this*]{kind=note}\nInside\n:::\n', handlers)
    expect(out).toBe('<aside class="callout">Read this</aside>')
  })

  it('passes attributes, with the #id and .class shortcuts', () => {
    calls.length = 0
    html('::person{#x .y id="jane_doe" flag}', handlers)
    expect(calls[0]?.attributes).toEqual({ id: 'jane_doe', class: 'y', flag: '' })
  })

  it('works inside lists, blockquotes and table cells', () => {
    const out = html('- :person[jane_doe]\n\n> ::team{slug="platform"}\n\n| who |\n|---|\n| :person[li_wei] |\n', handlers)
    expect(out).toContain('<li><a href="#jane_doe" class="person-link">Jane Doe</a></li>')
    expect(out).toContain('<blockquote>\n<section class="team-card">Team platform</section>')
    expect(out).toContain('<td><a href="#li_wei" class="person-link">Li Wei</a></td>')
  })

  it('puts the HTML in as the handler made it (not through the page sanitizer), and raw HTML is still sanitized', () => {
    const out = html('::person{id="jane_doe"}\n\n<div data-person="x" onclick="evil()">raw</div>\n', handlers)
    expect(out).toContain('<div class="person-card" data-person="jane_doe">')
    expect(out).not.toContain('onclick')
    expect(out).not.toContain('data-person="x"')
  })

  it('reads a person mention into the excerpt', () => {
    expect(render('Ask :person[jane_doe] about the quarterly planning cycle.', { directives: handlers }).excerpt).toBe('Ask Jane Doe about the quarterly planning cycle.')
  })

  it('reports a handler problem at the directive, with the source text kept', () => {
    const page = render('# T\n\nOne\n\nAsk   :person[nobody] now.\n', { directives: handlers })
    expect(page.problems).toEqual([{ code: 'unknown-person', message: 'Unknown person "nobody". Did you mean "jane_doe"?', line: 5, column: 7 }])
    expect(page.html).toContain('<p>Ask   :person[nobody] now.</p>')
  })

  it('has no problems field on a page without problems', () => {
    expect('problems' in render(':person[jane_doe]', { directives: handlers })).toBe(false)
  })
})

describe('runRenderJob', () => {
  const context = renderContext({ routes, site })
  it('turns problems into error diagnostics at the directive; the directive keeps its text', () => {
    const outcome = runRenderJob({ sourcePath: 'company/management.md', route: 1, body: '\nAsk :person[nobody].\n', format: 'md' }, context, linkIndexOf(context))
    expect(outcome.diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', code: 'people-block', file: 'company/management.md', line: 2, column: 5, message: expect.stringMatching(/^this handbook has no people: add people\.yml/) }),
    ])
    expect(outcome.rendered.html).toBe('<p>Ask :person[nobody].</p>')
  })
})

const manifest: RouteManifest = {
  people: NO_PEOPLE,
  site,
  hrefPrefix: '',
  routes,
  files: [],
  mdx: { '/content/company/management.mdx': { sourcePath: 'company/management.mdx', url: '/company/management' } },
}

/** The stand-in for a component MDX gets no handler for. */
const Stand = ({ children }: { children?: unknown }) => createElement('x-component', null, children as never)

/** Compiles and renders an MDX page with our plugins, as gatsby-plugin-mdx does; components not replaced get a stand-in. */
async function mdxHtml(body: string, directives: DirectiveHandlers | undefined = handlers): Promise<{ html: string; messages: string[] }> {
  const plugins = handbookMdxPlugins(
    () => manifest,
    () => directives,
  )
  const file = { value: body, path: '/content/company/management.mdx' }
  const { VFile } = await import('vfile')
  const vfile = new VFile(file)
  const { default: Content } = await evaluate(vfile, {
    ...(runtime as unknown as Parameters<typeof evaluate>[1]),
    remarkPlugins: plugins.remarkPlugins,
    rehypePlugins: plugins.rehypePlugins,
    remarkRehypeOptions: plugins.remarkRehypeOptions,
  })
  const markup = renderToStaticMarkup(createElement(Content, { components: { Callout: Stand, Person: Stand } }))
  return { html: markup, messages: vfile.messages.map((m) => `${m.line}:${m.column} ${m.reason}`) }
}

describe('directives in .mdx', () => {
  it('replaces all three kinds by JSX elements', async () => {
    const { html: out } = await mdxHtml('Ask :person[jane_doe] first.\n\n::person{id="li_wei"}\n\n:::callout[Heads up]\nx\n:::\n')
    expect(out).toBe(
      '<p>Ask <a href="#jane_doe" class="person-link">Jane Doe</a> first.</p>\n<div class="person-card" data-person="li_wei"><a href="#li_wei" class="person-link">Li Wei</a></div>\n\n\n<aside class="callout">Heads up</aside>',
    )
  })

  it('replaces the component forms <Person>, <Team>, <OrgChart> (flow and inline)', async () => {
    const { html: out } = await mdxHtml('<Team slug="platform" />\n\nSee <Person id="jane_doe" /> now.\n\n<OrgChart root="jane_doe" />\n')
    expect(out).toBe('<section class="team-card">Team platform</section>\n<p>See <a href="#jane_doe" class="person-link">Jane Doe</a> now.</p>\n<ul class="org-chart"><li>jane_doe</li></ul>')
  })

  it('leaves components without a handler to MDX', async () => {
    const { html: out } = await mdxHtml('<Callout>Hi</Callout>\n\n<Person id="jane_doe" />\n', new Map())
    expect(out).toBe('<x-component>Hi</x-component>\n<x-component></x-component>')
  })

  it('keeps ordinary colons and expressions as MDX renders them without the directive syntax', async () => {
    const body = 'At 10:30, n:th, TODO:fix, :tada:, std::vector and {1 + 1} and x:y{"z"}.\n\n<Callout>key:value</Callout>\n'
    const plain = await evaluate(body, { ...(runtime as unknown as Parameters<typeof evaluate>[1]) })
    const expected = renderToStaticMarkup(createElement(plain.default, { components: { Callout: Stand } }))
    expect((await mdxHtml(body)).html).toBe(expected)
    expect((await mdxHtml(`${body}\nAnd :person[jane_doe].\n`)).html).toBe(`${expected}\n<p>And <a href="#jane_doe" class="person-link">Jane Doe</a>.</p>`)
  })

  it('reads directive attributes {id="x"} as attributes, not as an MDX expression', async () => {
    const { html: out } = await mdxHtml('::team{slug="platform" extra="yes"}\n')
    expect(out).toBe('<section class="team-card">Team platform</section>')
  })

  it('leaves an MDX expression after a directive to MDX when it is not an attribute list', async () => {
    const { html: out } = await mdxHtml('Hi :person[jane_doe]{1 + 1} and {2 + 2}.\n')
    expect(out).toBe('<p>Hi <a href="#jane_doe" class="person-link">Jane Doe</a>2 and 4.</p>')
  })

  it('reports problems from our own reading of the page (render.ts), where `npm run check` sees them, and as compiler warnings', async () => {
    const body = '# T\n\n<Person id="nobody" />\n\nAnd :person[ghost].\n'
    const page = render(body, { format: 'mdx', directives: handlers })
    expect(page.problems?.map((p) => [p.code, p.line, p.column])).toEqual([
      ['unknown-person', 3, 1],
      ['unknown-person', 5, 5],
    ])
    expect((await mdxHtml(body)).messages).toEqual(['3:1 Unknown person "nobody". Did you mean "jane_doe"?', '5:5 Unknown person "ghost". Did you mean "jane_doe"?'])
  })

  it('reports a component attribute written as an expression', () => {
    const page = render('<Person id={who} />\n', { format: 'mdx', directives: handlers })
    expect(page.problems?.[0]?.code).toBe('directive-attribute')
  })

  it('documents the MDX caveat: a `:::name` line opens a container, so a JSX tag closed inside an unclosed one is an error', () => {
    expect(() => render('<Callout>\n\n:::note\n\n</Callout>\n', { format: 'mdx' })).toThrow(/closing tag `<\/Callout>`/)
    expect(render('<Callout>\n\n:::note\n:::\n\n</Callout>\n', { format: 'mdx' }).html).toBe('')
  })

  it('reads a handler link in .mdx as the compiled page has it', () => {
    const page = render('See :person[jane_doe].\n', { format: 'mdx', directives: handlers })
    expect(page.links.map((l) => l.href)).toEqual(['#jane_doe'])
  })
})
