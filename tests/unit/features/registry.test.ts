/** The one list of feature wings (src/content/features.ts): every wing folder is on it once, and what the wings claim is the site's. */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { FEATURES, siteAddresses, wingReservations, wingRootFiles } from '../../../src/content/features'

const FEATURES_FOLDER = path.resolve(__dirname, '..', '..', '..', 'src', 'content', 'features')

describe('the feature wings', () => {
  it('list every folder of features/ that holds a wing.ts, once, under its folder name', () => {
    const folders = fs
      .readdirSync(FEATURES_FOLDER, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(FEATURES_FOLDER, entry.name, 'wing.ts')))
      .map((entry) => entry.name)
    const names = FEATURES.map((feature) => feature.name)
    expect(new Set(names).size).toBe(names.length)
    expect([...names].sort()).toEqual(folders.sort())
  })

  it('run people before /changes, and search before the Markdown copies', () => {
    const at = (name: string) => FEATURES.findIndex((feature) => feature.name === name)
    expect(at('people')).toBeLessThan(at('changes'))
    expect(at('search')).toBeLessThan(at('markdown-copy'))
  })

  it("gather the site's own addresses: the core's URLs, the wings' fixed ones, and every file written at the root", () => {
    const { reserved, rootFiles } = siteAddresses()
    expect(reserved.get('/changes')).toBe('the recent changes page (made from the git history of the content folder)')
    expect(reserved.get('/search')).toBe('the search results page')
    expect([...rootFiles].sort()).toEqual(['404.html', '_redirects', 'changes.xml', 'llms-full.txt', 'llms.txt', 'robots.txt', 'sitemap.xml'])
  })

  it('take a wing out of the addresses when it leaves the list', () => {
    const withoutChanges = FEATURES.filter((feature) => feature.name !== 'changes')
    expect(wingReservations(withoutChanges).has('/changes')).toBe(false)
    expect(wingRootFiles(withoutChanges)).not.toContain('changes.xml')
    expect(siteAddresses(withoutChanges).reserved.get('/search')).toBe('the search results page')
  })
})
