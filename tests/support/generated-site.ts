/**
 * The generated handbook of `pages` pages (scripts/lib/generate-handbook.ts,
 * deterministic), all in one sidebar (the heaviest case for navigation),
 * built through the fixture-site harness: the large-handbook and search-index
 * tests ask for the same one and share its build.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { generateHandbook, type GeneratedHandbook } from '../../scripts/lib/generate-handbook'
import { fixtureSite, type FixtureSite } from './fixture-site'

export async function generatedSite(pages: number): Promise<{ site: FixtureSite; handbook: GeneratedHandbook }> {
  const content = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-generated-'))
  try {
    const handbook = generateHandbook(content, { pages })
    fs.writeFileSync(path.join(content, 'sidebars.yml'), 'Handbook:\n  - autogenerate: .\n')
    return { site: await fixtureSite(content, { label: `generated-${pages}` }), handbook }
  } finally {
    fs.rmSync(content, { recursive: true, force: true })
  }
}
