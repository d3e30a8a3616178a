import { describe, expect, it } from 'vitest'
import { homeHead, pageHead } from '../../../../src/shared/page-view'
import { SITE, fields } from './small-handbook'

describe('pageHead', () => {
  it("gives the page's title, description, URL and language, the site's as fallbacks", () => {
    expect(pageHead(fields('/editing', { lang: 'fr' }), SITE)).toStrictEqual({
      siteTitle: 'Northwind',
      siteUrl: 'https://handbook.example.com',
      lang: 'fr',
      title: 'Editing this handbook',
      description: 'About Editing this handbook.',
      url: '/editing',
    })
    expect(pageHead(fields('/editing'), SITE).lang).toBe('en')
    expect(pageHead(null, SITE)).toStrictEqual({ siteTitle: 'Northwind', siteUrl: 'https://handbook.example.com', lang: 'en', title: 'Page', description: '', url: '/' })
  })
})

describe('homeHead', () => {
  it('has the head of the site, with the root page’s description and language when it has them', () => {
    expect(homeHead(null, SITE)).toStrictEqual({ siteTitle: 'Northwind', siteUrl: 'https://handbook.example.com', lang: 'en', description: 'How we work.', url: '/' })
    expect(homeHead({ description: 'Welcome!', lang: 'ja' }, SITE)).toMatchObject({ lang: 'ja', description: 'Welcome!' })
    expect(homeHead({ description: '', lang: null }, SITE)).toMatchObject({ lang: 'en', description: 'How we work.' })
  })
})
