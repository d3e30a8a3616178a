import { contentLibrary, contentLibraryVersion } from './src/node/library'
const lib = contentLibrary()
const settings = lib.resolveSettings({ contentDir: '/tmp/gen1000' } as never, {} as never, '/work/h18')
const store = lib.fileRenderCache('/tmp/rc-dev')
const h = lib.loadHandbook(settings, { includeDrafts: false, hrefPrefix: '', cache: { store, version: contentLibraryVersion() } })
for (let i = 0; i < 3; i++) { const t = Date.now(); lib.buildSearchFiles(h); console.log('search', Date.now() - t) }
