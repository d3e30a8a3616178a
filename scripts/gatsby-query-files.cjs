/**
 * Gatsby's "extract queries from components" step, only where a query can be.
 *
 * Gatsby looks for GraphQL queries, `Head` and `config` exports in every
 * script under src/ whose text holds one of a few words ("graphql",
 * "config", "Head", "Slice"...), parsing each with Babel on every build: in
 * this project that is 108 files, 81 of them the content library and the
 * Gatsby handlers (src/content, src/node: 447 KB), which run in Node and
 * are never a page component. Those are left out here, and so are the code
 * both sides share (src/shared) and the browser's scripts (src/client),
 * plain TypeScript that no page component is made of (14 more files parsed,
 * the interface's messages among them: the step took 0.27-0.36 s of an 18F
 * rebuild against 0.39-0.59 s). A unit test holds those folders to having
 * no query. The templates, components and pages are read as before.
 *
 * Installed by scripts/gatsby.mjs, like gatsby-compile.cjs.
 */
'use strict'
const path = require('node:path')
const { whenGatsbyLoads } = require('./gatsby-module-hook.cjs')

/** Folders of code that holds no query (a page component is never made of it), relative to the site. */
const WITHOUT_QUERIES = [path.join('src', 'content'), path.join('src', 'node'), path.join('src', 'shared'), path.join('src', 'client')]

/** Gatsby's module with the file parser, as Gatsby requires it (`./file-parser`). */
const GATSBY_MODULE = /(^|[/\\])query[/\\]file-parser(\.js)?$|^\.\/file-parser$/

function holdsNoQuery(file) {
  const relative = path.relative(process.cwd(), String(file))
  return WITHOUT_QUERIES.some((folder) => relative === folder || relative.startsWith(folder + path.sep))
}

whenGatsbyLoads(GATSBY_MODULE, (loaded) => {
  const FileParser = loaded?.default
  if (typeof FileParser?.prototype?.parseFile !== 'function') return false
  const parseFile = FileParser.prototype.parseFile
  FileParser.prototype.parseFile = function parseFileWhereQueriesCanBe(file, ...rest) {
    return holdsNoQuery(file) ? Promise.resolve(null) : parseFile.call(this, file, ...rest)
  }
  return true
})

module.exports = { WITHOUT_QUERIES }
