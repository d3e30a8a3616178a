import { describe, expect, it } from 'vitest'
import { imageAlt } from '../../../src/content/checks/image-alt'
import { checkInput } from '../../../src/content/checks/input'
import type { LinkUse } from '../../../src/content/links/links'
import { handbookOf, linkOf } from '../../support/handbook'

const file = { kind: 'file', sourcePath: 'guide/images/present.svg' } as const

function findingOf(use: LinkUse) {
  const handbook = handbookOf([{ sourcePath: 'guide/images.md', links: [use] }])
  return imageAlt(use, handbook.pages[0]!, checkInput(handbook, { brokenLinks: 'error' }))
}

describe('the image-alt rule', () => {
  it('warns about an image written without alt text, or with blank alt text', () => {
    expect(findingOf(linkOf('images/present.svg', file, { embedded: true, alt: '', line: 7, column: 1 }))).toEqual({
      problem: {
        severity: 'warning',
        code: 'image-alt',
        file: 'guide/images.md',
        line: 7,
        column: 1,
        message: 'image "images/present.svg" has no alt text: describe it for readers who cannot see it, e.g. ![Team structure diagram](images/present.svg)',
      },
    })
    expect(findingOf(linkOf('images/present.svg', file, { embedded: true, alt: '  ' }))?.problem?.code).toBe('image-alt')
  })

  it('says nothing of an image with alt text, a drawn image with no line (a photo in a card), or what is not an image', () => {
    expect(findingOf(linkOf('images/present.svg', file, { embedded: true, alt: 'Team structure' }))).toBeUndefined()
    expect(findingOf({ href: 'images/present.svg', target: file, embedded: true, alt: '' })).toBeUndefined()
    expect(findingOf(linkOf('video.mp4', file, { embedded: true }))).toBeUndefined()
    expect(findingOf(linkOf('images/present.svg', file))).toBeUndefined()
  })
})
