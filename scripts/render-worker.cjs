// Entry of render workers when the library runs as TypeScript (tests; the build
// and `npm run check` start workers on the library bundle): registers tsx, then
// loads the library, which serves render jobs.
require('tsx/cjs/api').register()
require('../src/content/index.ts')
