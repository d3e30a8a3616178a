// Entry of render workers when the library runs as TypeScript (npm run check,
// tests): registers tsx, then loads the library, which serves render jobs.
require('tsx/cjs/api').register()
require('../src/content/index.ts')
