import { describe, expect, it } from 'vitest'
import { diagramsInBrowser, diagramsOutput } from '../../../../src/content/features/diagrams/build-log'
import type { OutputInput } from '../../../../src/content/features/feature'

const FIGURE = '<figure class="diagram diagram-in-browser" data-diagram="pie"><pre></pre></figure>'

function input(documents: Record<string, string>, sources: Record<string, string>): OutputInput {
  const pages = Object.keys(sources).map((url) => ({ url, source: sources[url]! }))
  return { handbook: { pages } as unknown as OutputInput['handbook'], settings: {} as OutputInput['settings'], production: true, hrefPrefix: '', documentOf: (url) => documents[url] }
}

describe('the build log on diagrams drawn in the browser', () => {
  it('counts them on the pages Gatsby wrote, reading only pages that mention mermaid', () => {
    const found = diagramsInBrowser(input({ '/a': FIGURE + FIGURE, '/b': '<p>none</p>', '/c': FIGURE }, { '/a': '```mermaid\npie\n```', '/b': '```mermaid\ngraph TD\n```', '/c': 'no diagram word' }))
    expect([...found]).toEqual([['/a', 2]])
  })

  it('says it once, with the count and the pages, and nothing when there is none', () => {
    const output = diagramsOutput(input({ '/a': FIGURE + FIGURE, '/b': FIGURE }, { '/a': 'mermaid', '/b': 'mermaid' }))
    expect(output?.files).toEqual([])
    expect(output?.summary('none', 1)).toBe('3 diagrams drawn in the browser (/a, /b): Mermaid is published under _handbook/mermaid/ and loaded on those pages only')
    expect(diagramsOutput(input({ '/b': '<p></p>' }, { '/b': 'mermaid' }))).toBeUndefined()
  })
})
