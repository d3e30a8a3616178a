import { contentLibrary, contentLibraryVersion } from './src/node/library'
import fs from 'node:fs'
const lib = contentLibrary()
const settings = lib.resolveSettings({ contentDir: '/tmp/gen1000' } as never, {} as never, '/work/h18')
const store = lib.fileRenderCache('/tmp/rc-dev')
for (let i = 0; i < 6; i++) {
  fs.appendFileSync('/tmp/gen1000/engineering/api-design-standards-1.md', `\nEdit ${i}.\n`)
  let w = Date.now()
  const h = lib.loadHandbook(settings, { includeDrafts: true, hrefPrefix: '', cache: { store, version: contentLibraryVersion() } })
  const load = Date.now() - w; w = Date.now()
  const checks = lib.checkHandbook(h, { brokenLinks: 'error' })
  console.log('load', load, 'checks', Date.now() - w, h.renderedPages)
}
