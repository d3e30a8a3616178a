/**
 * Gatsby's "extract queries from components" step, without our build code.
 *
 * Gatsby looks for GraphQL queries, `Head` and `config` exports in every
 * script under src/ whose text holds one of a few words ("graphql",
 * "config", "Head", "Slice"...), parsing each with Babel on every build: in
 * this project that is 108 files, 81 of them the content library and the
 * Gatsby handlers (src/content, src/node: 447 KB), which run in Node and
 * are never a page component. Those are left out here; the templates,
 * components and pages are read as before.
 *
 * Installed by scripts/gatsby.mjs, like gatsby-compile.cjs.
 */
'use strict'
const path = require('node:path')
const { whenGatsbyLoads } = require('./gatsby-module-hook.cjs')

/** Folders of build-time code (tsconfig.build.json's), relative to the site. */
const BUILD_CODE = [path.join('src', 'content'), path.join('src', 'node')]

/** Gatsby's module with the file parser, as Gatsby requires it (`./file-parser`). */
const GATSBY_MODULE = /(^|[/\\])query[/\\]file-parser(\.js)?$|^\.\/file-parser$/

function isBuildCode(file) {
  const relative = path.relative(process.cwd(), String(file))
  return BUILD_CODE.some((folder) => relative === folder || relative.startsWith(folder + path.sep))
}

whenGatsbyLoads(GATSBY_MODULE, (loaded) => {
  const FileParser = loaded?.default
  if (typeof FileParser?.prototype?.parseFile !== 'function') return false
  const parseFile = FileParser.prototype.parseFile
  FileParser.prototype.parseFile = function parseFileOutsideBuildCode(file, ...rest) {
    return isBuildCode(file) ? Promise.resolve(null) : parseFile.call(this, file, ...rest)
  }
  return true
})
