import { describe, expect, it } from 'vitest'
import { feedbackLink, feedbackView, type FeedbackChrome } from '../../../src/shared/feedback'

const template = 'https://github.com/acme/handbook/issues/new?title=Feedback%20on%20{title}&body=Page%3A%20{url}%0AFile%3A%20{source}'
const urlMode: FeedbackChrome = { kind: 'url', template, contentPath: 'contents' }
const page = { url: '/handbook/time-off', title: 'Time off & leave: "PTO"', sourcePath: 'handbook/time-off.md', feedback: true }

describe('feedback.url', () => {
  it('replaces each placeholder URL-encoded, and nothing else of the template', () => {
    expect(feedbackLink('https://forms.acme.test/f?u={url}&t={title}&s={source}&keep=%20', { url: 'https://h.test/a b?x=1&y=2#z', title: 'Q&A / FAQ', source: 'docs/q&a.md' })).toBe(
      'https://forms.acme.test/f?u=https%3A%2F%2Fh.test%2Fa%20b%3Fx%3D1%26y%3D2%23z&t=Q%26A%20%2F%20FAQ&s=docs%2Fq%26a.md&keep=%20',
    )
  })

  it('gives {url} the full address with the site URL and the path prefix, {source} the file in the repository', () => {
    const view = feedbackView(page, urlMode, { siteUrl: 'https://acme.github.io', pathPrefix: '/handbook' })
    expect(view).toEqual({
      kind: 'url',
      href:
        'https://github.com/acme/handbook/issues/new?title=Feedback%20on%20Time%20off%20%26%20leave%3A%20%22PTO%22' +
        '&body=Page%3A%20https%3A%2F%2Facme.github.io%2Fhandbook%2Fhandbook%2Ftime-off%0AFile%3A%20contents%2Fhandbook%2Ftime-off.md',
    })
  })

  it('gives {source} the file alone when the repository is the content folder, and nothing on a page made from data', () => {
    const atRoot: FeedbackChrome = { kind: 'url', template: 'https://f.test/?s={source}', contentPath: '' }
    expect(feedbackView(page, atRoot, { siteUrl: 'https://h.test', pathPrefix: '' })).toEqual({ kind: 'url', href: 'https://f.test/?s=handbook%2Ftime-off.md' })
    expect(feedbackView({ ...page, sourcePath: '(generated)/people' }, atRoot, { siteUrl: 'https://h.test', pathPrefix: '' })).toEqual({ kind: 'url', href: 'https://f.test/?s=' })
  })
})

describe('feedback.endpoint', () => {
  it('posts the page path with the prefix', () => {
    const endpoint: FeedbackChrome = { kind: 'endpoint', endpoint: 'https://feedback.acme.test/handbook' }
    expect(feedbackView(page, endpoint, { siteUrl: 'https://acme.github.io', pathPrefix: '/handbook' })).toEqual({
      kind: 'endpoint',
      endpoint: 'https://feedback.acme.test/handbook',
      page: '/handbook/handbook/time-off',
    })
    expect(feedbackView(page, endpoint, { siteUrl: 'https://acme.test', pathPrefix: '' })).toMatchObject({ page: '/handbook/time-off' })
  })
})

describe('no feedback', () => {
  it('without the setting, and on a page whose frontmatter says feedback: false', () => {
    expect(feedbackView(page, undefined, { siteUrl: 'https://h.test', pathPrefix: '' })).toBeUndefined()
    expect(feedbackView({ ...page, feedback: false }, urlMode, { siteUrl: 'https://h.test', pathPrefix: '' })).toBeUndefined()
  })
})
